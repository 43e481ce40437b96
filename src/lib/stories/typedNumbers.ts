import type { Lang } from "../i18n/lang.ts";

/** A number written in a story's text, with where it starts in that text. */
export interface TypedNumber {
  readonly text: string;
  readonly value: number;
  readonly index: number;
}

// Digits not glued to letters (VIE070, UBTVQH14, 2.0.0 are names, not figures).
const NUMBER = /(?<![\p{L}\d.,])\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d+)?(?![\p{L}\d])|(?<![\p{L}\d.,])\d+(?:[.,]\d+)?(?![\p{L}\d])/gu;
/** Dates and legal document numbers: 19/11/2020, 11/2020, 1336/QĐ-TTg, 20/2021/NĐ-CP. */
const EXEMPT =
  /(?<![\p{L}\d])\d{1,2}\/\d{1,2}\/\d{4}(?!\d)|(?<![\p{L}\d])\d{1,2}\/\d{4}(?!\d)|(?<![\p{L}\d])\d+\/(?:\d{4}\/)?[\p{Lu}Đ][\p{L}\d-]*/gu;

function valueOf(text: string, lang: Lang): number {
  // A group of three digits after a separator is a thousands group when the other separator is
  // the decimal one: "190.000" in Vietnamese, "190,000" in English.
  const thousands = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  return Number(text.split(thousands).join("").replace(decimal, "."));
}

/**
 * The numbers a person typed in `text`, read the way the story's language writes them. Years
 * (1900–2100 written without separators), dates and document numbers are not figures.
 */
export function typedNumbers(text: string, lang: Lang): TypedNumber[] {
  const exempt: [number, number][] = [...text.matchAll(EXEMPT)].map((m) => [m.index, m.index + m[0].length]);
  const found: TypedNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    if (exempt.some(([from, to]) => m.index >= from && m.index < to)) continue;
    const value = valueOf(m[0], lang);
    if (!Number.isFinite(value)) continue;
    if (/^\d{4}$/.test(m[0]) && value >= 1900 && value <= 2100) continue;
    found.push({ text: m[0], value, index: m.index });
  }
  return found;
}
