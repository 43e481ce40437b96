import { defineMessages } from "../i18n/defineMessages.ts";
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

/** How each language writes a day and a month (month numbers from 1). */
const M = defineMessages(
  {
    day: (d: number, m: number, y: number) => `${d}/${m}/${y}`,
    month: (m: number, y: string) => `${m}/${y}`,
  },
  {
    day: (d, m, y) => `${d} ${MONTHS_EN[m - 1]} ${y}`,
    month: (m, y) => `${MONTHS_EN[m - 1]} ${y}`,
  },
);

function day(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return M[lang].day(d, m, y);
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
  if (m && y) return M[lang].month(Number(m), y);
  return y ?? text;
}
