import type { ChartView } from "../charts/chartView.ts";
import { clubPlace } from "../content/knownClubs.ts";
import { standaloneLocator } from "../content/districtMapsView.ts";
import type { Club, SiteData, Source } from "../data/SiteData.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { unitName } from "../format/unitName.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { pick, type Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { storyCards, type StoryCard } from "../stories/storyCards.ts";
import { clubPath, clubsInDistrictPath, programmePath, storiesAbout, type Link } from "../stories/storyLinks.ts";
import type { Story } from "../stories/Story.ts";

const M = defineMessages(
  {
    programmeKind: { project: "Dự án", national: "Đề án, chương trình quốc gia", provincial: "Đề án, kế hoạch của tỉnh" },
    notStated: "nguồn chưa nêu",
    founded: "Năm thành lập",
    members: "Số hội viên",
    programme: "Chương trình",
    place: "Nơi hoạt động",
    district: "Huyện, thành phố",
  },
  {
    programmeKind: { project: "Project", national: "National scheme", provincial: "Provincial scheme or plan" },
    notStated: "not stated by the source",
    founded: "Founded",
    members: "Members",
    programme: "Programme",
    place: "Place",
    district: "District",
  },
);

/** A club as the lists show it: only what clubs.csv says. */
export interface ClubCard {
  readonly id: string;
  readonly name: string;
  readonly href: string;
  readonly place: string;
  readonly district: Link;
  readonly programme: Link | null;
  readonly source: Source;
}

export interface ProgrammeCard {
  readonly id: string;
  readonly name: string;
  readonly href: string;
  readonly kind: string;
  readonly organiser: string;
  readonly notes: string | null;
  readonly source: Source;
}

export function clubCard(data: SiteData, club: Club, lang: Lang, base: string): ClubCard {
  const district = data.area(club.district);
  const programme = club.programme === null ? null : data.programmes.find((p) => p.id === club.programme)!;
  return {
    id: club.id,
    name: pick(club, "name", lang),
    href: pageUrl(base, lang, clubPath(club.id)),
    place: clubPlace(data, club, lang),
    district: { label: unitName(district, lang), href: pageUrl(base, lang, `districts/${district.slug}/`) },
    programme: programme ? { label: pick(programme, "name", lang), href: pageUrl(base, lang, programmePath(programme.id)) } : null,
    source: data.source(club.source),
  };
}

export function programmeCards(data: SiteData, lang: Lang, base: string): readonly ProgrammeCard[] {
  return data.programmes.map((p) => ({
    id: p.id,
    name: pick(p, "name", lang),
    href: pageUrl(base, lang, programmePath(p.id)),
    kind: M[lang].programmeKind[p.kind],
    organiser: pick(p, "organiser", lang),
    notes: pick(p, "notes", lang),
    source: data.source(p.source),
  }));
}

/** The filter links of the clubs pages: every district and every programme, each a page of its own. */
export function clubFilters(data: SiteData, lang: Lang, base: string): { districts: readonly Link[]; programmes: readonly Link[] } {
  return {
    districts: data.districts.map((d) => ({ label: unitName(d, lang), href: pageUrl(base, lang, clubsInDistrictPath(d.slug)) })),
    programmes: data.programmes.map((p) => ({ label: pick(p, "name", lang), href: pageUrl(base, lang, programmePath(p.id)) })),
  };
}

/** One fact of a club's page: a value, or the plain statement that the source does not give it. */
export interface ClubFact {
  readonly label: string;
  readonly value: string | Link;
}

export interface ClubPageProps {
  readonly lang: Lang;
  readonly club: ClubCard;
  readonly facts: readonly ClubFact[];
  readonly notes: string | null;
  readonly map: ChartView;
  readonly stories: readonly StoryCard[];
}

export function clubPage(data: SiteData, stories: readonly Story[], club: Club, lang: Lang, base: string): ClubPageProps {
  const m = M[lang];
  const card = clubCard(data, club, lang, base);
  return {
    lang,
    club: card,
    facts: [
      { label: m.place, value: card.place },
      { label: m.district, value: card.district },
      { label: m.programme, value: card.programme ?? m.notStated },
      { label: m.founded, value: club.founded === null ? m.notStated : String(club.founded) },
      { label: m.members, value: club.members === null ? m.notStated : formatNumber(club.members, lang) },
    ],
    notes: pick(club, "notes", lang),
    map: standaloneLocator(data, lang, club.district),
    stories: storyCards(
      storiesAbout(stories, lang, (s) => s.clubs.includes(club.id)),
      data,
      lang,
      base,
    ),
  };
}
