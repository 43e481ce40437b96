import type { Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { SEARCH_TEXT } from "./searchText.ts";

export interface SectionLink {
  href: string;
  label: string;
}

/**
 * The site's sections, linked from the search page for readers without JavaScript (and after
 * the results for everyone): home, the stories, the clubs and the data.
 */
export function searchSections(lang: Lang, base: string): SectionLink[] {
  const t = SEARCH_TEXT[lang];
  return [
    { href: pageUrl(base, lang), label: t.sectionHome },
    { href: pageUrl(base, lang, "stories/"), label: t.sectionStories },
    { href: pageUrl(base, lang, "clubs/"), label: t.sectionClubs },
    { href: pageUrl(base, lang, "data/"), label: t.sectionData },
  ];
}
