import { isValidDate } from "./dates.ts";

/**
 * A period as written in `observations.csv`: a year (`2022`), a day (`2019-04-01`) or a range of
 * either joined by a slash (`2021/2025`, ISO 8601 style). Bounds are inclusive ISO days.
 */
export interface Period {
  readonly text: string;
  readonly start: string;
  readonly end: string;
  /** True for a single day, such as a census reference date. */
  readonly isDay: boolean;
  readonly isRange: boolean;
}

function bounds(part: string): { start: string; end: string } | null {
  if (/^\d{4}$/.test(part)) return { start: `${part}-01-01`, end: `${part}-12-31` };
  if (isValidDate(part)) return { start: part, end: part };
  return null;
}

/** Parses a period, or returns null when it is not one (a bad day, or a range that runs backwards). */
export function parsePeriod(text: string): Period | null {
  const parts = text.split("/");
  if (parts.length > 2) return null;
  const first = bounds(parts[0]!);
  const last = parts.length === 2 ? bounds(parts[1]!) : first;
  if (!first || !last || first.start > last.end) return null;
  return { text, start: first.start, end: last.end, isDay: parts.length === 1 && first.start === first.end, isRange: parts.length === 2 };
}

/** The year a period is plotted at: its first year. */
export function periodYear(period: Period): number {
  return Number(period.start.slice(0, 4));
}

/**
 * What a period covers, whatever way it is written: `2022`, `2022/2022` and
 * `2022-01-01/2022-12-31` all give `2022-01-01/2022-12-31`. Keys and lookups compare this, so
 * one period written two ways is still one figure. Text that is not a period is its own key.
 */
export function periodKey(text: string): string {
  const period = parsePeriod(text);
  return period ? `${period.start}/${period.end}` : text;
}

/**
 * The short way to write a period that is written the long way: whole years written as days or
 * repeated (`2022/2022`, `2022-01-01/2022-12-31` → `2022`; `2021-01-01/2025-12-31` → `2021/2025`)
 * and a one-day range (`2019-04-01/2019-04-01` → `2019-04-01`). Null when the text is already
 * the short form, or when a range has a day that is not a year's edge (`2021-07-01/2025` stays).
 */
export function shorterPeriodText(period: Period): string | null {
  if (!period.isRange) return null;
  const [startYear, endYear] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  let short: string | null = null;
  if (period.start === period.end) short = period.start;
  else if (period.start.endsWith("-01-01") && period.end.endsWith("-12-31"))
    short = startYear === endYear ? startYear : `${startYear}/${endYear}`;
  return short !== null && short !== period.text ? short : null;
}
