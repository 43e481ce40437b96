import type { CellChange, RelativeChange } from "./PackageDiff.ts";
import { cellNumber } from "./relativeChange.ts";

/*
 * Numbers in the report are written as in the CSV (digits, a dot for decimals, no thousands
 * separator), so an editor can search the file for them and no reader mistakes 1.500 for 1,5.
 */

const trim = (fixed: string) => (fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed);

/** A relative change as a signed percentage: `+900 %`, `-5.3 %`, `+0.51 %`, `+0.0087 %` (2 significant digits below 1 %). */
export function formatPercent(ratio: number): string {
  const pct = ratio * 100;
  const abs = Math.abs(pct);
  const sign = pct > 0 ? "+" : pct < 0 ? "-" : "";
  if (abs === 0) return "0 %";
  if (abs < 0.0001) return `${sign}<0.0001 %`;
  const digits = abs >= 10 ? abs.toFixed(0) : abs >= 1 ? abs.toFixed(1) : abs.toPrecision(2);
  return `${sign}${trim(digits)} %`;
}

/** How many times larger or smaller, when that says more than a percentage: `×10`, `÷4`; "" below ×2. */
export function formatFactor(oldText: string, newText: string): string {
  const before = cellNumber(oldText);
  const after = cellNumber(newText);
  if (before === null || after === null || before <= 0 || after <= 0) return "";
  const times = (n: number) => trim(n >= 10 ? n.toFixed(0) : n.toFixed(1));
  if (after / before >= 2) return `×${times(after / before)}`;
  if (before / after >= 2) return `÷${times(before / after)}`;
  return "";
}

export function formatRelative(change: RelativeChange): string {
  return change.kind === "from-zero" ? "từ 0 / from 0" : formatPercent(change.value);
}

/** What a number cell's change amounts to: `+900 %, ×10`; "" for a text cell. */
export function describeChange(cell: CellChange): string {
  if (!cell.relative) return "";
  const factor = cell.relative.kind === "ratio" ? formatFactor(cell.old, cell.new) : "";
  return [formatRelative(cell.relative), factor].filter((s) => s !== "").join(", ");
}
