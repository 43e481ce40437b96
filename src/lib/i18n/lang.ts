/** The site's languages: Vietnamese first, served at `/`; English at `/en/`. */
export const LANGS = ["vi", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/** Picks the `_vi` or `_en` column of a row, the way every bilingual table in data/ is laid out. */
export function pick<K extends string>(row: { readonly [P in `${K}_vi` | `${K}_en`]: string }, key: K, lang: Lang): string;
export function pick<K extends string>(row: { readonly [P in `${K}_vi` | `${K}_en`]: string | null }, key: K, lang: Lang): string | null;
export function pick<K extends string>(row: { readonly [P in `${K}_vi` | `${K}_en`]: string | null }, key: K, lang: Lang): string | null {
  return row[`${key}_${lang}`];
}
