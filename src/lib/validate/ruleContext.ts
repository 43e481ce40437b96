import type { Message } from "./Issue.ts";
import type { Table, TableRow } from "./readTable.ts";

/*
 * What every rule that spans rows or tables is given: the tables that were read, a way to report
 * a problem at a row's cell, and the day the check runs.
 */
export type Tables = ReadonlyMap<string, Table>;

/** Reports `m` at `field` of `row`; dropped when the table's header lacks the column (already reported). */
export type Report = (table: Table, row: TableRow, field: string, m: Message) => void;

export interface RuleContext {
  readonly tables: Tables;
  readonly report: Report;
  /** The day the check runs, in Viet Nam (YYYY-MM-DD): a date after it is in the future. */
  readonly today: string;
  /** True when an earlier rule has reported this cell: a later one then keeps quiet, so one mistake is shown once. */
  readonly reported: (row: TableRow, field: string) => boolean;
}

/** A cell's value as text, or null when it is empty. */
export const str = (row: TableRow, field: string): string | null => {
  const v = row.values[field];
  return v === null || v === undefined ? null : String(v);
};

/** Rows of a table by the text of one column (the first row wins: a repeat is reported elsewhere). */
export function rowsBy(table: Table | undefined, field: string): ReadonlyMap<string, TableRow> {
  const map = new Map<string, TableRow>();
  for (const row of table?.rows ?? []) {
    const key = str(row, field);
    if (key !== null && !map.has(key)) map.set(key, row);
  }
  return map;
}

/** Each observation with its indicator's unit (null when the indicator or its unit is unknown). */
export function* observationsWithUnit(
  tables: Tables,
): Generator<{ row: TableRow; value: unknown; indicator: string; unit: string | null }> {
  const indicators = rowsBy(tables.get("indicators"), "id");
  for (const row of tables.get("observations")?.rows ?? []) {
    const indicator = str(row, "indicator") ?? "";
    const definition = indicators.get(indicator);
    yield { row, value: row.values["value"], indicator, unit: definition ? str(definition, "unit") : null };
  }
}
