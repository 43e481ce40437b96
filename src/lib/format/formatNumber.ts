import { LOCALES, type Lang } from "../i18n/lang.ts";

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A number as a reader of the language expects it: `190.000` and `11,8` in Vietnamese,
 * `190,000` and `11.8` in English. Never rounds: shows as many decimals as the data has.
 */
export function formatNumber(value: number, lang: Lang): string {
  const decimals = (String(value).split(".")[1] ?? "").length;
  const key = `${lang}:${decimals}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, format);
  }
  return format.format(value);
}

/** A number with a fixed count of decimals, for columns that must line up: `21,0`, `8,5`. */
export function formatFixed(value: number, lang: Lang, decimals: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}
