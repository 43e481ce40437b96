import type { Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import type { CatalogueEntry } from "./catalogue.ts";

/**
 * Where an embed's link back goes (with the base): the figure on the first page that shows it in
 * the embed's language, else in the other language, else the home page.
 */
export function embedBackPath(entry: CatalogueEntry, lang: Lang, base: string): string {
  const other: Lang = lang === "vi" ? "en" : "vi";
  const own = entry.pages[lang][0];
  if (own !== undefined) return `${pageUrl(base, lang, own)}#chart-${entry.id}`;
  const theirs = entry.pages[other][0];
  if (theirs !== undefined) return `${pageUrl(base, other, theirs)}#chart-${entry.id}`;
  return pageUrl(base, lang);
}
