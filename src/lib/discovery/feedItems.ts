import type { Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { absoluteUrl } from "./siteUrl.ts";

/** The parts of a story a feed item shows (a structural subset of the stories' `Story`). */
export interface FeedStory {
  readonly slug: string;
  readonly lang: Lang;
  readonly title: string;
  readonly summary: string;
  /** YYYY-MM-DD. */
  readonly published: string;
  readonly author: string;
}

/** One item as @astrojs/rss takes it. */
export interface FeedItem {
  readonly title: string;
  readonly description: string;
  readonly link: string;
  readonly pubDate: Date;
  /** Extra XML inside <item>: the author or desk as dc:creator (RSS's own <author> wants an e-mail address). */
  readonly customData: string;
}

const XML_ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" };

/**
 * Text for an XML element's content or attribute value. Named entities, not numeric ones:
 * @astrojs/rss re-parses customData and decodes only these before writing it out again.
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => XML_ENTITY[c] ?? c);
}

/**
 * The feed of one language: its stories, newest first (ties by slug, so the order is stable),
 * each linking to its absolute page URL.
 */
export function feedItems(stories: readonly FeedStory[], lang: Lang, origin: string, base: string): FeedItem[] {
  return stories
    .filter((s) => s.lang === lang)
    .toSorted((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug))
    .map((s) => ({
      title: s.title,
      description: s.summary,
      link: absoluteUrl(origin, pageUrl(base, lang, `stories/${s.slug}/`)),
      // Midnight UTC of the publication day: the day is all the stories' files say.
      pubDate: new Date(`${s.published}T00:00:00Z`),
      customData: `<dc:creator>${escapeXml(s.author)}</dc:creator>`,
    }));
}
