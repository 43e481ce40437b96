import type { SiteData } from "../data/SiteData.ts";
import { formatPublished } from "../format/formatPeriod.ts";
import type { Lang } from "../i18n/lang.ts";
import type { Story } from "./Story.ts";
import { storyHref, storyTopics, type Link } from "./storyLinks.ts";

/** A story in a list: what a reader needs to choose it. */
export interface StoryCard {
  readonly title: string;
  readonly summary: string;
  readonly href: string;
  /** The story's language, when it is not the page's (the list says so beside the title). */
  readonly otherLang: Lang | null;
  readonly published: string;
  readonly day: string;
  readonly topics: readonly Link[];
}

export function storyCards(stories: readonly Story[], data: SiteData, lang: Lang, base: string): readonly StoryCard[] {
  return stories.map((s) => ({
    title: s.title,
    summary: s.summary,
    href: storyHref(s, base),
    otherLang: s.lang === lang ? null : s.lang,
    published: formatPublished(s.published, lang),
    day: s.published,
    topics: storyTopics(s, data, lang, base),
  }));
}
