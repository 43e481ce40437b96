import type { Lang } from "../i18n/lang.ts";
import { parsePeriod } from "../period.ts";

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function day(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return lang === "vi" ? `${d}/${m}/${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

function part(text: string, lang: Lang): string {
  return /^\d{4}$/.test(text) ? text : day(text, lang);
}

/** `2022` → `2022`; `2019-04-01` → `1/4/2019` or `1 April 2019`; `2021/2025` → `2021–2025`. */
export function formatPeriod(text: string, lang: Lang): string {
  if (!parsePeriod(text)) throw new Error(`invalid period: ${text}`);
  return text
    .split("/")
    .map((p) => part(p, lang))
    .join("–");
}

/** A publication date that may be a year, a month or a day: `2020-11` → `11/2020` or `November 2020`. */
export function formatPublished(text: string, lang: Lang): string {
  const [y, m, d] = text.split("-");
  if (d) return day(text, lang);
  if (m) return lang === "vi" ? `${Number(m)}/${y}` : `${MONTHS_EN[Number(m) - 1]} ${y}`;
  return y ?? text;
}
