/*
 * Calendar days as ISO text (YYYY-MM-DD). A bottom module: the period parser, the cell parser and
 * the validator's date rules all read days through it, and it imports nothing of theirs.
 */

/** True for an ISO day that exists: `2024-02-29` is one, `2023-02-29` and `2022-13-01` are not. */
export function isValidDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The day a date known to a year (`2020`), a month (`2020-11`) or a day (`2020-11-05`) can be at
 * the earliest and at the latest: `2020-11` is `2020-11-01` to `2020-11-30`. Null for other text.
 */
export function dayRange(partial: string): { readonly first: string; readonly last: string } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(partial);
  if (!match) return null;
  const [, year, month, day] = match;
  if (day !== undefined) return isValidDate(partial) ? { first: partial, last: partial } : null;
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(days).padStart(2, "0")}` };
}

/**
 * The calendar day `now` falls on in Viet Nam, where the data's dates are written. Computed in
 * that time zone rather than the machine's, so the check run in CI (UTC) at 06:00 in Hà Nội does
 * not call a source published that morning a source from the future.
 */
export function calendarDay(now: Date, timeZone = "Asia/Ho_Chi_Minh"): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
