import { parseNumber } from "../validate/parseCell.ts";
import type { RelativeChange } from "./PackageDiff.ts";

/** A cell read as a number the way the check reads it; null when it is empty or not a plain number. */
export function cellNumber(text: string): number | null {
  if (text === "") return null;
  const parsed = parseNumber(text, false);
  return parsed.ok && typeof parsed.value === "number" ? parsed.value : null;
}

/**
 * (new − old) / |old|: +9 is "+900 %", i.e. ten times the old value. From 0 there is no ratio,
 * only the fact that it is no longer 0. Null when either side is not a number.
 */
export function relativeChange(oldText: string, newText: string): RelativeChange | null {
  const before = cellNumber(oldText);
  const after = cellNumber(newText);
  if (before === null || after === null) return null;
  if (before === 0) return after === 0 ? { kind: "ratio", value: 0 } : { kind: "from-zero" };
  return { kind: "ratio", value: (after - before) / Math.abs(before) };
}

/** Over ±50 %, or any change from 0: worth a second look before publishing. */
export function isLargeChange(change: RelativeChange): boolean {
  return change.kind === "from-zero" || Math.abs(change.value) > 0.5;
}
