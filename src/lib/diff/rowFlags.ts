import { message, type Message } from "../validate/Issue.ts";
import type { CellChange } from "./PackageDiff.ts";
import type { PackageSnapshot } from "./readSnapshot.ts";
import { describeChange } from "./formatChange.ts";
import { cellNumber, isLargeChange } from "./relativeChange.ts";
import { trendBreak, type SeriesPoint } from "./trendBreak.ts";

/** Flags for one added (`changes` null) or changed row of a table. */
export type RowFlagger = (table: string, values: Readonly<Record<string, string>>, changes: readonly CellChange[] | null) => Message[];

const seriesKey = (values: Readonly<Record<string, string>>) =>
  JSON.stringify([values["indicator"] ?? "", values["area"] ?? "", values["group"] ?? ""]);

/**
 * The checks an editor's change deserves a second look for, judged against the package as it
 * now is (`after`): a number that moved more than ±50 %, a number cell that no longer reads as a
 * number, a figure's qualifier or an indicator's unit that changed, and a new figure that breaks
 * its series' trend (see `trendBreak`).
 */
export function rowFlagger(after: PackageSnapshot): RowFlagger {
  const series = new Map<string, { period: string; value: number }[]>();
  const perIndicator = new Map<string, number>();
  for (const row of after.tables.get("observations")?.rows.values() ?? []) {
    const indicator = row.values["indicator"] ?? "";
    perIndicator.set(indicator, (perIndicator.get(indicator) ?? 0) + 1);
    const value = cellNumber(row.values["value"] ?? "");
    if (value === null) continue;
    const key = seriesKey(row.values);
    const points = series.get(key) ?? [];
    points.push({ period: row.values["period"] ?? "", value });
    series.set(key, points);
  }

  return (table, values, changes) => {
    const flags: Message[] = [];
    const resource = after.tables.get(table)?.resource;
    const numeric = new Set(resource?.schema.fields.filter((f) => f.type === "number" || f.type === "integer").map((f) => f.name));
    for (const cell of changes ?? []) {
      if (cell.relative && isLargeChange(cell.relative)) {
        const said = describeChange(cell);
        flags.push(
          cell.relative.kind === "from-zero"
            ? message("large-change", `${cell.field} đổi từ 0 thành ${cell.new}`, `${cell.field} changes from 0 to ${cell.new}`)
            : message("large-change", `${cell.field} thay đổi ${said}, quá ±50 %`, `${cell.field} changes by ${said}, more than ±50 %`),
        );
      }
      if (numeric.has(cell.field) && cell.new !== "" && cellNumber(cell.new) === null) {
        flags.push(
          message(
            "not-a-number",
            `${cell.field} mới ${JSON.stringify(cell.new)} không phải là số — xem npm run check:data`,
            `the new ${cell.field} ${JSON.stringify(cell.new)} is not a number — see npm run check:data`,
          ),
        );
      }
    }
    const changed = (field: string) => changes?.find((c) => c.field === field);
    if (table === "observations") {
      const qualifier = changed("qualifier");
      if (qualifier) {
        flags.push(
          message(
            "qualifier",
            `mức độ (qualifier) đổi: ${qualifier.old || "(trống)"} → ${qualifier.new || "(trống)"}`,
            `qualifier changed: ${qualifier.old || "(empty)"} → ${qualifier.new || "(empty)"}`,
          ),
        );
      }
      const value = cellNumber(values["value"] ?? "");
      if (value !== null && (changes === null || changed("value"))) {
        const period = values["period"] ?? "";
        const others = (series.get(seriesKey(values)) ?? []).filter((p) => p.period !== period);
        const point: SeriesPoint = { period, value };
        const broken = trendBreak(point, others);
        if (broken) flags.push(broken);
      }
    }
    if (table === "indicators") {
      const unit = changed("unit");
      if (unit) {
        const n = perIndicator.get(values["id"] ?? "") ?? 0;
        flags.push(
          message(
            "unit",
            `đơn vị tính đổi: ${unit.old || "(trống)"} → ${unit.new || "(trống)"}; ${n} số liệu dùng chỉ tiêu này`,
            `unit changed: ${unit.old || "(empty)"} → ${unit.new || "(empty)"}; ${n} ${n === 1 ? "figure uses" : "figures use"} this indicator`,
          ),
        );
      }
    }
    return flags;
  };
}
