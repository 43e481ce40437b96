import type { SiteData } from "../data/SiteData.ts";
import { unitName } from "../format/unitName.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { pick, type Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { storyCards, type StoryCard } from "../stories/storyCards.ts";
import { storiesAbout, type Link } from "../stories/storyLinks.ts";
import type { Story } from "../stories/Story.ts";
import { clubCard, clubFilters, programmeCards, type ClubCard, type ProgrammeCard } from "./clubsView.ts";

/** What the clubs list shows: all of it, one district's, or one programme's. */
export type ClubsFilter = { readonly district: string } | { readonly programme: string } | null;

export interface ClubsIndexProps {
  readonly lang: Lang;
  readonly title: string;
  readonly intro: string;
  /** Language-neutral path of this page. */
  readonly path: string;
  readonly all: Link;
  readonly filters: {
    readonly districts: readonly (Link & { current: boolean })[];
    readonly programmes: readonly (Link & { current: boolean })[];
  };
  readonly clubs: readonly ClubCard[];
  /** Said when no club known by name matches: unknown, not zero. */
  readonly noClubs: string | null;
  readonly programmes: readonly ProgrammeCard[];
  readonly stories: readonly StoryCard[];
}

const M = defineMessages(
  {
    title: "Câu lạc bộ và chương trình",
    intro:
      "Các Câu lạc bộ Liên thế hệ tự giúp nhau ở Vĩnh Phúc mà một nguồn nêu tên, và các dự án, đề án, kế hoạch lập hoặc hỗ trợ câu lạc bộ. Nhiều câu lạc bộ khác có hoạt động nhưng chưa nguồn nào nêu tên: danh sách này không phải là tất cả.",
    inDistrict: (name: string) => `Câu lạc bộ ở ${name}`,
    inDistrictIntro: (name: string) => `Các câu lạc bộ ở ${name} mà một nguồn nêu tên, và các bài viết về ${name}.`,
    noneInDistrict: (name: string) =>
      `Chưa nguồn nào nêu tên một câu lạc bộ ở ${name}. Điều đó không có nghĩa là ở đây không có câu lạc bộ: số câu lạc bộ theo từng huyện chưa được công bố.`,
    inProgramme: (name: string) => name,
    programmeIntro: (organiser: string) => `Đơn vị thực hiện: ${organiser}.`,
    noneInProgramme: "Chưa câu lạc bộ nào trong danh sách được nguồn ghi là thuộc chương trình này.",
    none: "Chưa nguồn nào nêu tên một câu lạc bộ.",
    all: "Tất cả",
  },
  {
    title: "Clubs and programmes",
    intro:
      "The Intergenerational Self-Help Clubs in Vĩnh Phúc that a source names, and the projects, schemes and plans that set up or support clubs. Many other clubs are active but no source names them: this list is not all of them.",
    inDistrict: (name) => `Clubs in ${name}`,
    inDistrictIntro: (name) => `The clubs in ${name} that a source names, and stories about ${name}.`,
    noneInDistrict: (name) =>
      `No source names a club in ${name}. That does not mean there is none: the number of clubs by district has not been published.`,
    inProgramme: (name) => name,
    programmeIntro: (organiser) => `Run by: ${organiser}.`,
    noneInProgramme: "No club on the list is recorded by its source as part of this programme.",
    none: "No source names a club yet.",
    all: "All",
  },
);

export function clubsIndex(data: SiteData, stories: readonly Story[], lang: Lang, base: string, filter: ClubsFilter): ClubsIndexProps {
  const m = M[lang];
  const filters = clubFilters(data, lang, base);
  const all = { label: m.all, href: pageUrl(base, lang, "clubs/") };
  const mark = (links: readonly Link[], current: string | null) => links.map((l) => ({ ...l, current: l.href === current }));
  const base_ = { lang, all };
  if (filter && "district" in filter) {
    const area = data.districts.find((d) => d.slug === filter.district)!;
    const name = unitName(area, lang);
    const clubs = data.clubs.filter((c) => c.district === area.code).map((c) => clubCard(data, c, lang, base));
    const path = `clubs/district/${area.slug}/`;
    return {
      ...base_,
      title: m.inDistrict(name),
      intro: m.inDistrictIntro(name),
      path,
      filters: { districts: mark(filters.districts, pageUrl(base, lang, path)), programmes: mark(filters.programmes, null) },
      clubs,
      noClubs: clubs.length === 0 ? m.noneInDistrict(name) : null,
      programmes: [],
      stories: storyCards(
        storiesAbout(stories, lang, (s) => s.districts.includes(area.slug)),
        data,
        lang,
        base,
      ),
    };
  }
  if (filter && "programme" in filter) {
    const programme = data.programmes.find((p) => p.id === filter.programme)!;
    const clubs = data.clubs.filter((c) => c.programme === programme.id).map((c) => clubCard(data, c, lang, base));
    const path = `clubs/programme/${programme.id}/`;
    return {
      ...base_,
      title: m.inProgramme(pick(programme, "name", lang)),
      intro: m.programmeIntro(pick(programme, "organiser", lang)),
      path,
      filters: { districts: mark(filters.districts, null), programmes: mark(filters.programmes, pageUrl(base, lang, path)) },
      clubs,
      noClubs: clubs.length === 0 ? m.noneInProgramme : null,
      programmes: programmeCards(data, lang, base).filter((p) => p.id === programme.id),
      stories: storyCards(
        storiesAbout(stories, lang, (s) => s.programmes.includes(programme.id)),
        data,
        lang,
        base,
      ),
    };
  }
  const clubs = data.clubs.map((c) => clubCard(data, c, lang, base));
  return {
    ...base_,
    title: m.title,
    intro: m.intro,
    path: "clubs/",
    filters: { districts: mark(filters.districts, null), programmes: mark(filters.programmes, null) },
    clubs,
    noClubs: clubs.length === 0 ? m.none : null,
    programmes: programmeCards(data, lang, base),
    stories: storyCards(
      storiesAbout(stories, lang, (s) => s.clubs.length > 0 || s.programmes.length > 0),
      data,
      lang,
      base,
    ),
  };
}
