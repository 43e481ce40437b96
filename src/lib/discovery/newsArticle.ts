import type { Lang } from "../i18n/lang.ts";
import type { ArticleMeta } from "./openGraph.ts";

export interface NewsArticleInput {
  readonly lang: Lang;
  readonly headline: string;
  readonly description: string;
  /** The page's absolute URL. */
  readonly url: string;
  readonly siteName: string;
  /** The site's absolute home URL, for the publisher. */
  readonly siteHome: string;
  readonly article: ArticleMeta;
}

/**
 * schema.org NewsArticle for a story page, as search engines read it from JSON-LD. The author
 * is an Organization: stories are signed by a desk, never by a private individual.
 */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  const a = input.article;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: input.headline,
    description: input.description,
    inLanguage: input.lang,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: a.published,
    dateModified: a.modified ?? a.published,
    author: { "@type": "Organization", name: a.author },
    publisher: { "@type": "Organization", name: input.siteName, url: input.siteHome },
    ...(a.section !== undefined ? { articleSection: a.section } : {}),
  };
}

/**
 * JSON for the inside of a `<script type="application/ld+json">`. The text comes from
 * editor-controlled files, and an HTML parser ends the script at the first "</script" whatever
 * the JSON says, so `<`, `>` and `&` are written as \u escapes (same value to a JSON parser); so
 * are U+2028 and U+2029, which old JavaScript parsers take for line ends.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
