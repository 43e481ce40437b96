import { isValidDate } from "./validate/parseCell.ts";

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
