import type { Lang } from "./lang.ts";

/**
 * Picks the Vietnamese (`titleVi`) or English (`title`) property of a datapackage.json entry: the
 * Frictionless descriptor keeps English under the standard names, so it cannot use `pick`'s
 * `_vi`/`_en` columns. Like `pick`, it reads data, not interface text.
 */
export function pickDescribed<K extends string>(entry: { readonly [P in K | `${K}Vi`]: string }, key: K, lang: Lang): string {
  return lang === "vi" ? entry[`${key}Vi`] : entry[key];
}
