import type { Lang } from "./lang.ts";

/**
 * Site-internal URL for a page in a language. `path` is language-neutral and relative to the
 * site root ("" for home, "data/" for the data page); `base` is Astro's BASE_URL, so links keep
 * working when the site is served from a sub-path.
 */
export function pageUrl(base: string, lang: Lang, path = ""): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return `${root}${lang === "en" ? "en/" : ""}${path.replace(/^\//, "")}`;
}

/** URL of a file that is the same in both languages, such as a CSV download. */
export function fileUrl(base: string, path: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return `${root}${path.replace(/^\//, "")}`;
}

export function sourceUrl(base: string, lang: Lang, sourceId: string): string {
  return `${pageUrl(base, lang, "data/")}#source-${sourceId}`;
}
