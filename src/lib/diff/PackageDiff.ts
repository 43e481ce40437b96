import type { Message } from "../validate/Issue.ts";

/**
 * What changed in the data package between a git ref ("old") and the working copy ("new"), table
 * by table and row by row, compared by primary key. Values are the cells' text as written in the
 * CSV, so an editor can search the file for them; numbers are only parsed to measure a change.
 */
export interface PackageDiff {
  /** The ref the working copy is compared with, as the user typed it (e.g. `origin/main`). */
  readonly ref: string;
  /** `datapackage.json` version at the ref and now; null where it could not be read. */
  readonly version: { readonly old: string | null; readonly new: string | null };
  readonly changelog: ChangelogDiff;
  /** True when `datapackage.json` changed in more than its version (a table or column described differently). */
  readonly descriptorChanged: boolean;
  readonly tables: readonly TableDiff[];
  /** Files other than tables (map geometry) that were added, removed or changed. */
  readonly files: readonly FileDiff[];
  /** Remarks about the whole package: a version not bumped, a table that could not be read. */
  readonly notes: readonly Message[];
}

/** The newest entry of `CHANGELOG.md`: its `###` heading and the lines under it. */
export interface ChangelogEntry {
  readonly heading: string;
  readonly body: readonly string[];
}

export interface ChangelogDiff {
  readonly old: ChangelogEntry | null;
  readonly new: ChangelogEntry | null;
  /** True when the newest entry differs from the ref's (a new entry, or the top one edited). */
  readonly changed: boolean;
}

export type TableStatus = "added" | "removed" | "changed" | "unchanged" | "unreadable";

export interface TableDiff {
  /** Resource name in `datapackage.json`, e.g. `observations`. */
  readonly name: string;
  /** File inside `data/`, e.g. `observations.csv`. */
  readonly path: string;
  readonly titleVi: string;
  readonly title: string;
  readonly primaryKey: readonly string[];
  readonly status: TableStatus;
  /**
   * Columns only the new (or only the old) schema has. Their cells are not listed row by row:
   * a new column would otherwise show every row of the table as changed.
   */
  readonly addedColumns: readonly string[];
  readonly removedColumns: readonly string[];
  readonly added: readonly RowEntry[];
  readonly removed: readonly RowEntry[];
  readonly changed: readonly RowChange[];
}

export interface RowEntry {
  /** Primary key values by field. */
  readonly key: Readonly<Record<string, string>>;
  /** 1-based line in the file (the new file for added and changed rows, the old one for removed rows); null when the row has a problem the check reports. */
  readonly line: number | null;
  /** Every cell of the row, as text. */
  readonly values: Readonly<Record<string, string>>;
  readonly flags: readonly Message[];
}

export interface RowChange extends RowEntry {
  readonly changes: readonly CellChange[];
}

export interface CellChange {
  readonly field: string;
  readonly old: string;
  readonly new: string;
  /** Only for number columns where both cells are numbers. */
  readonly relative?: RelativeChange;
}

/** (new − old) / |old|, or "from 0" when the old value was 0 and the new one is not. */
export type RelativeChange = { readonly kind: "ratio"; readonly value: number } | { readonly kind: "from-zero" };

export interface FileDiff {
  readonly path: string;
  readonly status: "added" | "removed" | "changed";
}
