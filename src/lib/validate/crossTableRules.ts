import { parsePeriod, periodKey, shorterPeriodText } from "../period.ts";
import { groupBreakdowns } from "./breakdownRule.ts";
import { wholeCounts } from "./countRule.ts";
import { withinClubMaximum, withinUnitMaximum } from "./unitMaximum.ts";
import { linkColumns } from "./safetyRules.ts";
import { futureDates, measuredPeriods } from "./dateRules.ts";
import { issueAt, message, showValue, type Issue } from "./Issue.ts";
import type { Table, TableRow } from "./readTable.ts";
import { str, type Report, type RuleContext, type Tables } from "./ruleContext.ts";
import { checkSiteRequirements } from "./siteRequirements.ts";

/*
 * Rules that span tables or columns, which Table Schema cannot express. Each rule reads only
 * rows that passed their own checks, so its messages never repeat a type error.
 */

function areaRules(areas: Table, report: Report): void {
  const byCode = new Map(areas.rows.map((r) => [str(r, "code"), r]));
  const parentLevel: Record<string, string | null> = { country: null, province: "country", district: "province" };
  for (const row of areas.rows) {
    const level = str(row, "level") ?? "";
    const parent = str(row, "parent");
    const wanted = parentLevel[level];
    if (wanted === null && parent !== null) {
      report(
        areas,
        row,
        "parent",
        message("area-parent", "cả nước không có đơn vị cấp trên", "the country has no parent unit", {
          vi: "để trống ô này",
          en: "leave the cell empty",
        }),
      );
    } else if (wanted && parent === null) {
      report(areas, row, "parent", message("area-parent", `đơn vị cấp ${level} cần có đơn vị cấp trên`, `a ${level} needs a parent unit`));
    } else if (wanted && parent !== null) {
      const actual = byCode.get(parent);
      if (actual && str(actual, "level") !== wanted) {
        report(
          areas,
          row,
          "parent",
          message(
            "area-parent",
            `đơn vị cấp trên của một ${level} phải là ${wanted}, nhưng ${parent} là ${str(actual, "level")}`,
            `the parent of a ${level} must be a ${wanted}, but ${parent} is a ${str(actual, "level")}`,
          ),
        );
      }
    }
    const coords = ["lat", "lon"].filter((f) => row.values[f] !== null);
    if (coords.length === 1) {
      report(
        areas,
        row,
        coords[0] === "lat" ? "lon" : "lat",
        message("area-coordinates", "có vĩ độ thì phải có kinh độ và ngược lại", "latitude and longitude go together"),
      );
    }
    if (coords.length === 2) {
      for (const f of ["seat", "coord_source"]) {
        if (row.values[f] === null)
          report(
            areas,
            row,
            f,
            message(
              "area-coordinates",
              "khi có tọa độ thì phải ghi nơi đặt trụ sở và nguồn tọa độ",
              "when coordinates are given, the seat and the source of the coordinates are required",
            ),
          );
      }
    }
    const created = str(row, "created");
    const ended = str(row, "ended");
    if (created && ended && created >= ended) {
      report(
        areas,
        row,
        "ended",
        message(
          "area-dates",
          `ngày chấm dứt (${ended}) phải sau ngày thành lập (${created})`,
          `the end date (${ended}) must come after the creation date (${created})`,
        ),
      );
    }
  }
}

function observationRules(observations: Table, tables: Tables, report: Report): void {
  const areas = new Map(tables.get("areas")?.rows.map((r) => [str(r, "code"), r]));
  const units = new Map(tables.get("indicators")?.rows.map((r) => [str(r, "id"), str(r, "unit")]));
  for (const row of observations.rows) {
    const text = str(row, "period") ?? "";
    const period = parsePeriod(text);
    if (!period) {
      report(
        observations,
        row,
        "period",
        message(
          "period-invalid",
          `${showValue(text)} không phải là thời kỳ hợp lệ (ngày không có thật hoặc khoảng bị ngược)`,
          `${showValue(text)} is not a valid period (a day that does not exist, or a range that runs backwards)`,
          { vi: "ví dụ: 2022, 2019-04-01 hoặc 2021/2025", en: "for example: 2022, 2019-04-01 or 2021/2025" },
        ),
      );
      continue;
    }
    const short = shorterPeriodText(period);
    if (short !== null) {
      report(
        observations,
        row,
        "period",
        message(
          "period-long-form",
          `${showValue(text)} là cách viết dài của thời kỳ ${short}; mỗi thời kỳ chỉ viết một cách`,
          `${showValue(text)} is a long way of writing the period ${short}; each period is written one way only`,
          { vi: `viết ${short}`, en: `write ${short}` },
        ),
      );
    }
    const area = areas.get(str(row, "area"));
    if (area) {
      const created = str(area, "created");
      const ended = str(area, "ended");
      const name = str(area, "name_vi");
      if (ended && period.start >= ended) {
        report(
          observations,
          row,
          "period",
          message(
            "period-outside-area",
            `${name} đã chấm dứt từ ${ended}, trước thời kỳ ${text}`,
            `${name} ceased to exist on ${ended}, before the period ${text}`,
            { vi: "kiểm tra lại mã đơn vị hoặc thời kỳ", en: "check the unit code or the period" },
          ),
        );
      } else if (created && period.end < created) {
        report(
          observations,
          row,
          "period",
          message(
            "period-outside-area",
            `${name} được thành lập ngày ${created}, sau thời kỳ ${text}`,
            `${name} was created on ${created}, after the period ${text}`,
            { vi: "kiểm tra lại mã đơn vị hoặc thời kỳ", en: "check the unit code or the period" },
          ),
        );
      }
    }
    const value = row.values["value"];
    if (units.get(str(row, "indicator")) === "percent" && typeof value === "number" && value > 100) {
      report(
        observations,
        row,
        "value",
        message(
          "percent-over-100",
          `${value} lớn hơn 100 trong khi chỉ tiêu tính bằng %`,
          `${value} is over 100 for an indicator measured in percent`,
        ),
      );
    }
  }
}

/**
 * For additive indicators, the parts of a unit must add up to the unit's own figure whenever
 * every part has an exact figure for the same period and group. This catches a typo in one
 * district that type and range checks cannot see.
 */
function additiveRule(observations: Table, { tables, report, reported }: RuleContext): void {
  // With an area row rejected, a unit would seem to have fewer parts than it has.
  const areas = tables.get("areas");
  if (!areas?.complete) return;
  // Likewise with a code used twice, or a unit below the country whose parent is empty or
  // unknown: each is reported on its own, and the sums would only repeat it on every total.
  const codes = new Set(areas.rows.map((r) => str(r, "code")));
  if (codes.size !== areas.rows.length) return;
  if (areas.rows.some((r) => str(r, "level") !== "country" && !codes.has(str(r, "parent")))) return;
  const additive = new Set(
    tables
      .get("indicators")
      ?.rows.filter((r) => r.values["additive"] === true)
      .map((r) => str(r, "id")),
  );
  const children = new Map<string, string[]>();
  for (const area of areas.rows) {
    const parent = str(area, "parent");
    if (parent) children.set(parent, [...(children.get(parent) ?? []), str(area, "code")!]);
  }
  const figure = new Map<string, TableRow>();
  // The period by what it covers: a district's `2022/2022` is the province's `2022`.
  const key = (area: string, row: TableRow) =>
    JSON.stringify([area, str(row, "indicator"), periodKey(str(row, "period") ?? ""), str(row, "group")]);
  for (const row of observations.rows) figure.set(key(str(row, "area")!, row), row);
  for (const row of observations.rows) {
    if (!additive.has(str(row, "indicator")) || row.values["qualifier"] !== "exact" || reported(row, "value")) continue;
    const parts = (children.get(str(row, "area")!) ?? []).map((code) => figure.get(key(code, row)));
    // A part already reported (a fractional count) is the mistake to show; the sum would only repeat it.
    if (parts.length === 0 || parts.some((p) => !p || p.values["qualifier"] !== "exact" || reported(p, "value"))) continue;
    const sum = parts.reduce((s, p) => s + Number(p!.values["value"]), 0);
    const total = Number(row.values["value"]);
    if (Math.abs(sum - total) > 1e-9 * Math.max(1, Math.abs(total))) {
      const lines = parts.map((p) => p!.line).join(", ");
      report(
        observations,
        row,
        "value",
        message(
          "sum-mismatch",
          `${total} khác tổng của các đơn vị trực thuộc (${sum}, các dòng ${lines})`,
          `${total} differs from the sum of its parts (${sum}, lines ${lines})`,
          { vi: "kiểm tra lại từng số theo nguồn", en: "check each figure against the source" },
        ),
      );
    }
  }
}

function pairedNotes(table: Table, pairs: readonly [string, string][], report: Report): void {
  for (const row of table.rows) {
    for (const [vi, en] of pairs) {
      if ((row.values[vi] === null) !== (row.values[en] === null)) {
        const missing = row.values[vi] === null ? vi : en;
        report(
          table,
          row,
          missing,
          message("note-unpaired", "ghi chú phải có cả tiếng Việt và tiếng Anh", "a note needs both its Vietnamese and its English text"),
        );
      }
    }
  }
}

function clubRules(clubs: Table, tables: Tables, report: Report): void {
  const levels = new Map(tables.get("areas")?.rows.map((r) => [str(r, "code"), str(r, "level")]));
  for (const row of clubs.rows) {
    const level = levels.get(str(row, "district"));
    if (level && level !== "district") {
      report(
        clubs,
        row,
        "district",
        message(
          "club-district",
          `${str(row, "district")} không phải đơn vị cấp huyện`,
          `${str(row, "district")} is not a district-level unit`,
        ),
      );
    }
  }
}

/** Runs every rule; `today` (YYYY-MM-DD, in Viet Nam) is the day dates are compared with. */
export function checkCrossTableRules(tables: Tables, issues: Issue[], today: string): void {
  const cells = new WeakMap<TableRow, Set<string>>();
  const report: Report = (table, row, field, m) => {
    // A rule about a column the header lacks would repeat header-missing on every row.
    const column = table.columns[field];
    if (column !== undefined) issues.push(issueAt(table.file, row.lines[field] ?? row.line, column, field, m));
    cells.set(row, (cells.get(row) ?? new Set()).add(field));
  };
  const reported = (row: TableRow, field: string) => cells.get(row)?.has(field) ?? false;
  const context: RuleContext = { tables, report, today, reported };
  const areas = tables.get("areas");
  const observations = tables.get("observations");
  const clubs = tables.get("clubs");
  if (areas) areaRules(areas, report);
  linkColumns(tables, report);
  checkSiteRequirements(tables, issues);
  if (observations) {
    observationRules(observations, tables, report);
    // Counts first: a fractional count is the mistake to show, not the sums it then breaks.
    wholeCounts(context);
    withinUnitMaximum(context);
    additiveRule(observations, context);
    groupBreakdowns(context);
    measuredPeriods(context);
    pairedNotes(observations, [["note_vi", "note_en"]], report);
  }
  if (clubs) {
    clubRules(clubs, tables, report);
    withinClubMaximum(context);
    pairedNotes(clubs, [["notes_vi", "notes_en"]], report);
  }
  futureDates(context);
}
