import { periodKey } from "../period.ts";
import { message } from "./Issue.ts";
import type { TableRow } from "./readTable.ts";
import { str, type RuleContext } from "./ruleContext.ts";

/*
 * A figure's groups against the figure for everyone (the row with an empty group), for additive
 * indicators only: a share or a coefficient of a group can well exceed the whole's.
 *
 * Qualifiers are read as bounds, and a rule only fires where the bounds make the figures
 * impossible: "over 100", "at least 100" and an exact 100 are each at least 100; "nearly" and
 * "about" say nothing firm, so they count as at least 0 (values are never negative). Only an
 * exact total is an upper bound ("over 190,000" has none; "nearly" and "about" are too loose to
 * call a source wrong by).
 *
 * - Any group: it cannot be larger than the whole.
 * - The groups of one breakdown (groups.csv `breakdown`: groups that do not overlap and together
 *   make up everyone) cannot add up to more than the whole; and when every group of the
 *   breakdown has an exact figure and so has the whole, they add up to it. Groups of different
 *   breakdowns (by age, by sex…) overlap, so they are never added together.
 */

const atLeast = (row: TableRow): number => {
  const q = str(row, "qualifier");
  return q === "exact" || q === "over" || q === "at_least" ? Number(row.values["value"]) : 0;
};

const differ = (a: number, b: number) => Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const CHECK = { vi: "kiểm tra lại từng số theo nguồn", en: "check each figure against the source" };

export function groupBreakdowns({ tables, report, reported }: RuleContext): void {
  const observations = tables.get("observations");
  const groups = tables.get("groups");
  if (!observations || !groups) return;
  const additive = new Set(
    tables
      .get("indicators")
      ?.rows.filter((r) => r.values["additive"] === true)
      .map((r) => str(r, "id")),
  );
  const breakdownOf = new Map(groups.rows.map((g) => [str(g, "id"), str(g, "breakdown")]));
  const members = new Map<string, number>();
  for (const name of breakdownOf.values()) if (name !== null) members.set(name, (members.get(name) ?? 0) + 1);

  // One figure's key without its group; the period compared by what it covers, not how it is written.
  const keyOf = (row: TableRow) => JSON.stringify([str(row, "area"), str(row, "indicator"), periodKey(str(row, "period") ?? "")]);
  const totals = new Map<string, TableRow>();
  const parts = new Map<string, Map<string, TableRow>>();
  for (const row of observations.rows) {
    if (!additive.has(str(row, "indicator"))) continue;
    const key = keyOf(row);
    const group = str(row, "group");
    if (group === null) {
      if (!totals.has(key)) totals.set(key, row);
    } else {
      const byGroup = parts.get(key) ?? new Map<string, TableRow>();
      // A group given twice is a repeated key, reported on its own; it is counted once here.
      if (!byGroup.has(group)) byGroup.set(group, row);
      parts.set(key, byGroup);
    }
  }

  for (const [key, byGroup] of parts) {
    const total = totals.get(key);
    // A total already reported (a fractional count, a sum of districts that does not match) is not compared again.
    if (!total || str(total, "qualifier") !== "exact" || reported(total, "value")) continue;
    const whole = Number(total.values["value"]);
    const sets = new Map<string, TableRow[]>();
    for (const [group, row] of byGroup) {
      const name = breakdownOf.get(group) ?? null;
      if (name !== null) sets.set(name, [...(sets.get(name) ?? []), row]);
      else if (atLeast(row) > whole && differ(atLeast(row), whole)) {
        report(
          observations,
          row,
          "value",
          message(
            "group-over-total",
            `${Number(row.values["value"])} lớn hơn số liệu của toàn bộ (${whole}, dòng ${total.line}): một nhóm không thể lớn hơn toàn bộ`,
            `${Number(row.values["value"])} is more than the figure for everyone (${whole}, line ${total.line}): a group cannot be larger than the whole`,
            CHECK,
          ),
        );
      }
    }
    for (const [name, rows] of sets) {
      if (rows.some((r) => reported(r, "value"))) continue;
      rows.sort((a, b) => a.line - b.line);
      const lines = rows.map((r) => r.line).join(", ");
      const exact = rows.every((r) => str(r, "qualifier") === "exact");
      // With a group row rejected, the breakdown would look complete without it.
      const complete = groups.complete && rows.length === members.get(name);
      const sum = rows.reduce((s, r) => s + Number(r.values["value"]), 0);
      const floor = rows.reduce((s, r) => s + atLeast(r), 0);
      if (complete && exact && differ(sum, whole)) {
        report(
          observations,
          total,
          "value",
          message(
            "breakdown-sum-mismatch",
            `${whole} khác tổng các nhóm của cách chia ${name} (${sum}, các dòng ${lines})`,
            `${whole} differs from the sum of its ${name} groups (${sum}, lines ${lines})`,
            CHECK,
          ),
        );
      } else if (floor > whole && differ(floor, whole)) {
        report(
          observations,
          total,
          "value",
          message(
            "breakdown-over-total",
            `${whole} nhỏ hơn tổng các nhóm của cách chia ${name} (ít nhất ${floor}, các dòng ${lines}): các nhóm không trùng nhau nên cộng lại không thể lớn hơn toàn bộ`,
            `${whole} is less than the sum of its ${name} groups (at least ${floor}, lines ${lines}): groups that do not overlap cannot add up to more than the whole`,
            CHECK,
          ),
        );
      }
    }
  }
}
