import type { Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { SEARCH_TEXT } from "./searchText.ts";

export interface SectionLink {
  href: string;
  label: string;
}

/**
 * The site's sections, linked from the search page for readers without JavaScript (and after
 * the results for everyone): home, data, and the story and club lists when this build has them.
 */
export function searchSections(lang: Lang, base: string, has: { stories: boolean; clubs: boolean }): SectionLink[] {
  const t = SEARCH_TEXT[lang];
  return [
    { href: pageUrl(base, lang), label: t.sectionHome },
    ...(has.stories ? [{ href: pageUrl(base, lang, "stories/"), label: t.sectionStories }] : []),
    ...(has.clubs ? [{ href: pageUrl(base, lang, "clubs/"), label: t.sectionClubs }] : []),
    { href: pageUrl(base, lang, "data/"), label: t.sectionData },
  ];
}
