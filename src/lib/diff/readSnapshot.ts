import { readDescriptor, type PackageDescriptor, type ResourceDescriptor } from "../validate/Descriptor.ts";
import { message, type Issue, type Message } from "../validate/Issue.ts";
import { readTable } from "../validate/readTable.ts";
import type { ChangelogEntry } from "./PackageDiff.ts";
import { readChangelogTop } from "./readChangelogTop.ts";

/** Reads one file of a package by its path inside `data/`; null when it does not exist. */
export type ReadFile = (path: string) => Uint8Array | null;

export interface SnapshotRow {
  readonly key: Readonly<Record<string, string>>;
  /** Cells as text, trimmed, as the validator reads them. */
  readonly values: Readonly<Record<string, string>>;
  /** 1-based line; null when the row failed a check (the validator then keeps no line for it). */
  readonly line: number | null;
}

export interface SnapshotTable {
  readonly resource: ResourceDescriptor;
  /** `missing`: described but no file; `unreadable`: the file cannot be read as a table (quotes, delimiter, empty). */
  readonly state: "ok" | "missing" | "unreadable";
  /** Rows by primary key (see `keyText`); the first row wins when a key repeats. */
  readonly rows: ReadonlyMap<string, SnapshotRow>;
  /** How many rows repeated a key already seen (the check reports them). */
  readonly duplicates: number;
}

/** One side of a comparison: the package as it is at a git ref, or in the working copy. */
export interface PackageSnapshot {
  readonly descriptor: PackageDescriptor | null;
  /** Why `datapackage.json` could not be read; null when it was. */
  readonly descriptorProblem: Message | null;
  /** The parsed JSON, to tell a version bump from a change to the tables' description. */
  readonly descriptorJson: unknown;
  /** Tables by resource name. */
  readonly tables: ReadonlyMap<string, SnapshotTable>;
  readonly changelog: ChangelogEntry | null;
  /** Bytes of each map geometry file by path (null when missing). */
  readonly geometry: ReadonlyMap<string, Uint8Array | null>;
}

/** A primary key as one string: the key's cells in key order. */
export function keyText(values: Readonly<Record<string, string>>, primaryKey: readonly string[]): string {
  return JSON.stringify(primaryKey.map((f) => values[f] ?? ""));
}

/** The fields a table's rows are matched by: its primary key, or the whole row when it has none. */
export function matchFields(resource: ResourceDescriptor): readonly string[] {
  return resource.schema.primaryKey ?? resource.schema.fields.map((f) => f.name);
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * Reads a package with the validator's own readers (`readDescriptor`, `readTable`), so the diff
 * sees the same cells the check does. Rows are kept as text even when a cell fails its check:
 * the diff must still show that `190000` became `190.000`. Problems themselves are the check's job.
 */
export function readSnapshot(read: ReadFile): PackageSnapshot {
  const tables = new Map<string, SnapshotTable>();
  const geometry = new Map<string, Uint8Array | null>();
  const changelogBytes = read("CHANGELOG.md");
  const changelog = changelogBytes ? readChangelogTop(text(changelogBytes)) : null;
  const empty = (descriptorProblem: Message, descriptorJson: unknown = null): PackageSnapshot => ({
    descriptor: null,
    descriptorProblem,
    descriptorJson,
    tables,
    changelog,
    geometry,
  });

  const bytes = read("datapackage.json");
  if (!bytes) return empty(message("descriptor-missing", "không có datapackage.json", "no datapackage.json"));
  let json: unknown;
  try {
    json = JSON.parse(text(bytes));
  } catch {
    return empty(message("descriptor-json", "datapackage.json không phải JSON hợp lệ", "datapackage.json is not valid JSON"));
  }
  const described = readDescriptor(json);
  if (!described.ok) {
    const first = described.problems[0]!;
    return empty(message("descriptor-shape", `datapackage.json: ${first.vi}`, `datapackage.json: ${first.en}`), json);
  }
  const descriptor = described.descriptor;

  for (const resource of descriptor.resources) {
    const data = read(resource.path);
    const rows = new Map<string, SnapshotRow>();
    if (!data) {
      tables.set(resource.name, { resource, state: "missing", rows, duplicates: 0 });
      continue;
    }
    const issues: Issue[] = [];
    const table = readTable(resource.path, data, resource, issues);
    // No rows and not complete: the file could not be read to its end, so any row list would be partial.
    if (!table.complete && table.rawRows.length === 0) {
      tables.set(resource.name, { resource, state: "unreadable", rows, duplicates: 0 });
      continue;
    }
    const fields = matchFields(resource);
    const lines = new Map<string, number>();
    for (const row of table.rows) {
      const values = Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, v === null ? "" : String(v)]));
      const key = keyText(values, fields);
      if (!lines.has(key)) lines.set(key, row.line);
    }
    let duplicates = 0;
    for (const raw of table.rawRows) {
      const values = Object.fromEntries(resource.schema.fields.map((f) => [f.name, raw[f.name] ?? ""]));
      const key = keyText(values, fields);
      if (rows.has(key)) {
        duplicates++;
        continue;
      }
      rows.set(key, { key: Object.fromEntries(fields.map((f) => [f, values[f] ?? ""])), values, line: lines.get(key) ?? null });
    }
    tables.set(resource.name, { resource, state: "ok", rows, duplicates });
  }
  for (const resource of descriptor.geometries) geometry.set(resource.path, read(resource.path));
  return { descriptor, descriptorProblem: null, descriptorJson: json, tables, changelog, geometry };
}
