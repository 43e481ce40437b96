import type { Club, SiteData } from "../data/SiteData.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { unitName } from "../format/unitName.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import type { HeadlineSource } from "./headlines.ts";

/** A club a source names, with only what clubs.csv says about it. */
export interface KnownClub {
  readonly id: string;
  /** Name, place and what is known of the club, as one sentence. */
  readonly text: string;
  readonly source: HeadlineSource;
}

const M = defineMessages(
  {
    heading: "Câu lạc bộ được nguồn nêu tên",
    programme: (name: string) => `thuộc ${name}`,
    noProgramme: "nguồn không nêu câu lạc bộ thuộc chương trình nào",
    founded: (year: string) => `thành lập năm ${year}`,
    members: (n: string) => `${n} hội viên`,
    club: (p: { name: string; place: string; facts: readonly string[] }) => `${p.name} (${p.place}): ${p.facts.join("; ")}.`,
  },
  {
    heading: "Clubs named by a source",
    programme: (name) => `part of ${name}`,
    noProgramme: "the source does not say which programme it belongs to",
    founded: (year) => `founded in ${year}`,
    members: (n) => `${n} members`,
    club: (p) => `${p.name} (${p.place}): ${p.facts.join("; ")}.`,
  },
);

export const KNOWN_CLUBS_HEADING = { vi: M.vi.heading, en: M.en.heading } as const;

/**
 * Where a club is, smallest place first, leaving out any place its name already says: the
 * thôn Đông club is "xã Lũng Hòa, huyện Vĩnh Tường", not "thôn Đông, xã Lũng Hòa, …" after a
 * name that ends in "thôn Đông".
 */
export function clubPlace(data: SiteData, club: Club, lang: Lang): string {
  const name = pick(club, "name", lang).toLocaleLowerCase();
  const places = [club.village, club.commune, unitName(data.area(club.district), lang)];
  return places.filter((p): p is string => p !== null && p !== "" && !name.includes(p.toLocaleLowerCase())).join(", ");
}

function programmeOf(data: SiteData, id: string) {
  const programme = data.programmes.find((p) => p.id === id);
  // The check refuses a club whose programme is not in programmes.csv (a foreign key).
  if (!programme) throw new Error(`unknown programme: ${id}`);
  return programme;
}

/**
 * The clubs in clubs.csv, each saying only what the row says: a club whose programme is empty is
 * not counted as a VIE070 club, and the page says its programme is not stated.
 */
export function knownClubs(data: SiteData, lang: Lang): readonly KnownClub[] {
  const m = M[lang];
  return data.clubs.map((club) => {
    const facts = [
      club.programme === null ? m.noProgramme : m.programme(pick(programmeOf(data, club.programme), "name", lang)),
      ...(club.founded === null ? [] : [m.founded(String(club.founded))]),
      ...(club.members === null ? [] : [m.members(formatNumber(club.members, lang))]),
    ];
    const s = data.source(club.source);
    return {
      id: club.id,
      text: m.club({ name: pick(club, "name", lang), place: clubPlace(data, club, lang), facts }),
      source: { id: s.id, title: s.title, publisher: s.publisher, reliability: s.reliability },
    };
  });
}
