import type { ResourceDescriptor } from "../validate/Descriptor.ts";
import { message, type Message } from "../validate/Issue.ts";
import type { CellChange, ChangelogEntry, FileDiff, PackageDiff, RowChange, RowEntry, TableDiff } from "./PackageDiff.ts";
import { keyText, matchFields, type PackageSnapshot, type SnapshotRow, type SnapshotTable } from "./readSnapshot.ts";
import { relativeChange } from "./relativeChange.ts";
import { rowFlagger, type RowFlagger } from "./rowFlags.ts";

/** `datapackage.json` without its version, to tell a version bump from a change to what the tables are. */
function withoutVersion(json: unknown): string {
  if (typeof json !== "object" || json === null) return JSON.stringify(json);
  const { version: _version, ...rest } = json as Record<string, unknown>;
  return JSON.stringify(rest);
}

const sameEntry = (a: ChangelogEntry | null, b: ChangelogEntry | null) => JSON.stringify(a) === JSON.stringify(b);

function sameBytes(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

const names = (resource: ResourceDescriptor | undefined) => (resource?.schema.fields ?? []).map((f) => f.name);

function diffTable(name: string, before: SnapshotTable | undefined, after: SnapshotTable | undefined, flag: RowFlagger): TableDiff {
  const resource = (after ?? before)!.resource;
  const primaryKey = matchFields(resource);
  // Columns are compared only when the table is on both sides; a new table's rows are all added anyway.
  const oldFields = names(before?.resource);
  const newFields = names(after?.resource);
  const both = before && after;
  const addedColumns = both ? newFields.filter((f) => !oldFields.includes(f)) : [];
  const removedColumns = both ? oldFields.filter((f) => !newFields.includes(f)) : [];
  const base = { name, path: resource.path, title: resource.title, titleVi: resource.titleVi, primaryKey, addedColumns, removedColumns };
  if (before?.state === "unreadable" || after?.state === "unreadable") {
    return { ...base, status: "unreadable", added: [], removed: [], changed: [] };
  }
  const numeric = new Set(
    [...(before?.resource.schema.fields ?? []), ...(after?.resource.schema.fields ?? [])]
      .filter((f) => f.type === "number" || f.type === "integer")
      .map((f) => f.name),
  );
  const fields = both ? newFields.filter((f) => oldFields.includes(f)) : [];
  // Both sides keyed by the current primary key: a key that changed is then a removal and an addition.
  const rekey = (table: SnapshotTable | undefined) =>
    new Map<string, SnapshotRow>([...(table?.rows.values() ?? [])].map((row) => [keyText(row.values, primaryKey), row]));
  const oldRows = rekey(before);
  const newRows = rekey(after);
  const entry = (row: SnapshotRow, flags: Message[]): RowEntry => ({
    key: Object.fromEntries(primaryKey.map((f) => [f, row.values[f] ?? ""])),
    line: row.line,
    values: row.values,
    flags,
  });

  const added: RowEntry[] = [];
  const changed: RowChange[] = [];
  for (const [key, row] of newRows) {
    const old = oldRows.get(key);
    if (!old) {
      added.push(entry(row, flag(name, row.values, null)));
      continue;
    }
    const changes: CellChange[] = [];
    for (const field of fields) {
      const was = old.values[field] ?? "";
      const now = row.values[field] ?? "";
      if (was === now) continue;
      const relative = numeric.has(field) ? relativeChange(was, now) : null;
      changes.push(relative ? { field, old: was, new: now, relative } : { field, old: was, new: now });
    }
    if (changes.length > 0) changed.push({ ...entry(row, flag(name, row.values, changes)), changes });
  }
  const removed = [...oldRows].filter(([key]) => !newRows.has(key)).map(([, row]) => entry(row, []));
  const changes = added.length + removed.length + changed.length + addedColumns.length + removedColumns.length;
  const status = !before ? "added" : !after ? "removed" : changes > 0 ? "changed" : "unchanged";
  return { ...base, status, added, removed, changed };
}

function sideNotes(side: PackageSnapshot, where: { vi: string; en: string }): Message[] {
  const notes: Message[] = [];
  if (side.descriptorProblem) {
    const p = side.descriptorProblem;
    notes.push(message(p.code, `${where.vi}: ${p.vi}`, `${where.en}: ${p.en}`));
  }
  for (const [name, table] of side.tables) {
    if (table.state === "missing") {
      notes.push(
        message("file-missing", `${where.vi}: thiếu tệp ${table.resource.path}`, `${where.en}: ${table.resource.path} is missing`),
      );
    } else if (table.state === "unreadable") {
      notes.push(
        message(
          "table-unreadable",
          `${where.vi}: không đọc được ${table.resource.path} thành bảng, nên không so sánh được bảng ${name} — xem npm run check:data`,
          `${where.en}: ${table.resource.path} cannot be read as a table, so table ${name} is not compared — see npm run check:data`,
        ),
      );
    } else if (table.duplicates > 0) {
      notes.push(
        message(
          "duplicate-key",
          `${where.vi}: ${table.duplicates} dòng trong ${table.resource.path} trùng khóa với một dòng trước; chỉ so sánh dòng đầu`,
          `${where.en}: ${table.duplicates} ${table.duplicates === 1 ? "row" : "rows"} of ${table.resource.path} repeat an earlier row's key; only the first is compared`,
        ),
      );
    }
  }
  return notes;
}

/**
 * Compares the package at a git ref (`before`) with the working copy (`after`): every table by
 * primary key, the version, the changelog's newest entry and the map files. The result is data;
 * `renderText` and `renderMarkdown` turn it into a report.
 */
export function diffPackage(before: PackageSnapshot, after: PackageSnapshot, ref: string): PackageDiff {
  const notes = [
    ...sideNotes(before, { vi: `Ở ${ref}`, en: `At ${ref}` }),
    ...sideNotes(after, { vi: "Bản hiện tại", en: "Working copy" }),
  ];
  const flag = rowFlagger(after);
  const names = [...after.tables.keys(), ...[...before.tables.keys()].filter((n) => !after.tables.has(n))];
  const tables = names.map((name) => diffTable(name, before.tables.get(name), after.tables.get(name), flag));

  const paths = [...after.geometry.keys(), ...[...before.geometry.keys()].filter((p) => !after.geometry.has(p))];
  const files: FileDiff[] = [];
  for (const path of paths) {
    const was = before.geometry.get(path) ?? null;
    const now = after.geometry.get(path) ?? null;
    if (sameBytes(was, now)) continue;
    files.push({ path, status: !was ? "added" : !now ? "removed" : "changed" });
  }

  const descriptorChanged =
    before.descriptorJson !== null &&
    after.descriptorJson !== null &&
    withoutVersion(before.descriptorJson) !== withoutVersion(after.descriptorJson);
  const version = { old: before.descriptor?.version ?? null, new: after.descriptor?.version ?? null };
  const changelog = { old: before.changelog, new: after.changelog, changed: !sameEntry(before.changelog, after.changelog) };
  const dataChanged = descriptorChanged || files.length > 0 || tables.some((t) => t.status !== "unchanged");
  if (dataChanged && version.old !== null && version.old === version.new) {
    notes.push(
      message(
        "version-not-bumped",
        `dữ liệu đã thay đổi nhưng version trong datapackage.json vẫn là ${version.new}`,
        `the data changed but the version in datapackage.json is still ${version.new}`,
      ),
    );
  }
  if (version.new !== null && version.old !== version.new && !changelog.changed) {
    notes.push(
      message(
        "changelog-not-updated",
        `version đổi thành ${version.new} nhưng CHANGELOG.md chưa có mục mới`,
        `the version is now ${version.new} but CHANGELOG.md has no new entry`,
      ),
    );
  }
  return { ref, version, changelog, descriptorChanged, tables, files, notes };
}
