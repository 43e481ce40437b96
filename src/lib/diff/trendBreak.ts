import { parsePeriod } from "../period.ts";
import { message, type Message } from "../validate/Issue.ts";

/** One figure of a series (same indicator, area and group), at its period. */
export interface SeriesPoint {
  readonly period: string;
  readonly value: number;
}

type Direction = "up" | "down" | "flat" | "mixed";

/** How a series runs in time order: every step rising or level ("up"), falling or level ("down"), all level, or both. */
function direction(values: readonly number[]): Direction {
  let up = false;
  let down = false;
  for (let i = 1; i < values.length; i++) {
    if (values[i]! > values[i - 1]!) up = true;
    if (values[i]! < values[i - 1]!) down = true;
  }
  return up && down ? "mixed" : up ? "up" : down ? "down" : "flat";
}

/** Time order of periods: by first day, then last day (2025/2030 before 2025/2035); text order if unparsable. */
function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa && pb) return pa.start.localeCompare(pb.start) || pa.end.localeCompare(pb.end);
  return a.localeCompare(b);
}

const DIRECTION_TEXT: Readonly<Record<Exclude<Direction, "mixed">, { vi: string; en: string }>> = {
  up: { vi: "đều tăng theo thời gian", en: "all rise over time" },
  down: { vi: "đều giảm theo thời gian", en: "all fall over time" },
  flat: { vi: "đều bằng nhau", en: "are all equal" },
};

/** The other figures, for the reader to judge: `2009: 999786, 2019: 1151154`. */
function listPoints(points: readonly SeriesPoint[]): string {
  const shown = points.length > 8 ? [...points.slice(0, 4), null, ...points.slice(-3)] : points;
  return shown.map((p) => (p === null ? "…" : `${p.period}: ${p.value}`)).join(", ");
}

/**
 * Whether a new value breaks its series' trend, by two rules simple enough to state in the report:
 *   1. the series' other figures (at least 2) all go one way in time order, and placing the new
 *      value at its period makes the series go both ways (a rise then a fall, or the reverse);
 *   2. the new value is more than twice the largest, or less than half the smallest, of the others.
 * A series whose other figures already go both ways is only tested by rule 2. Null when neither
 * rule fires or the series has fewer than 2 other figures.
 */
export function trendBreak(point: SeriesPoint, others: readonly SeriesPoint[]): Message | null {
  if (others.length < 2) return null;
  const sorted = [...others].sort((a, b) => comparePeriods(a.period, b.period));
  const listed = listPoints(sorted);
  const before = direction(sorted.map((p) => p.value));
  if (before !== "mixed") {
    const withPoint = [...sorted, point].sort((a, b) => comparePeriods(a.period, b.period));
    if (direction(withPoint.map((p) => p.value)) === "mixed") {
      const said = DIRECTION_TEXT[before];
      return message(
        "trend",
        `phá xu hướng: các số liệu khác của chuỗi ${said.vi} (${listed}), giá trị mới làm chuỗi đổi chiều`,
        `breaks the trend: the series' other figures ${said.en} (${listed}); the new value reverses it`,
      );
    }
  }
  const values = sorted.map((p) => p.value);
  const max = Math.max(...values);
  const min = Math.min(...values);
  if (max > 0 && point.value > 2 * max) {
    return message(
      "trend",
      `phá xu hướng: giá trị mới lớn hơn gấp đôi số lớn nhất của chuỗi (${listed})`,
      `breaks the trend: the new value is more than twice the series' largest other figure (${listed})`,
    );
  }
  if (min > 0 && point.value < min / 2) {
    return message(
      "trend",
      `phá xu hướng: giá trị mới nhỏ hơn một nửa số nhỏ nhất của chuỗi (${listed})`,
      `breaks the trend: the new value is less than half the series' smallest other figure (${listed})`,
    );
  }
  return null;
}
