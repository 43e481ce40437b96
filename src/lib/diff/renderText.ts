import type { PackageDiff, RowEntry, TableDiff } from "./PackageDiff.ts";
import { LEGEND, bilingual, keyLabel, shown, tableCounts, totals, totalsText, valuesLabel, versionText } from "./diffSummary.ts";
import { describeChange } from "./formatChange.ts";

/** One line per cell even when a text cell spans lines in the CSV. */
const oneLine = (text: string) => text.replace(/\r?\n/g, "\\n");

function lineLabel(row: RowEntry, old = false): string {
  if (row.line === null) return "";
  return old ? ` (dòng cũ / old line ${row.line})` : ` (dòng / line ${row.line})`;
}

function renderTable(table: TableDiff): string[] {
  const out = [`${table.path} — ${table.titleVi} / ${table.title}: ${tableCounts(table)}`];
  const flags = (row: RowEntry) => row.flags.map((f) => `      ⚠ ${oneLine(bilingual(f))}`);
  for (const row of table.changed) {
    out.push(`  ~ ${oneLine(keyLabel(row.key))}${lineLabel(row)}`);
    for (const cell of row.changes) {
      const said = describeChange(cell);
      out.push(`      ${cell.field}: ${oneLine(shown(cell.old))} → ${oneLine(shown(cell.new))}${said ? ` (${said})` : ""}`);
    }
    out.push(...flags(row));
  }
  for (const row of table.added) {
    out.push(`  + ${oneLine(keyLabel(row.key))}${lineLabel(row)}: ${oneLine(valuesLabel(row))}`);
    out.push(...flags(row));
  }
  for (const row of table.removed) {
    out.push(`  - ${oneLine(keyLabel(row.key))}${lineLabel(row, true)}: ${oneLine(valuesLabel(row))}`);
  }
  return out;
}

/** The diff as plain text for a terminal: a summary, then each table that changed, then the legend. */
export function renderText(diff: PackageDiff): string {
  const out = [`So sánh dữ liệu / Data diff: data/ (bản hiện tại / working copy) ↔ ${diff.ref}`, ""];
  out.push(`Phiên bản / Version: ${versionText(diff)}`);
  const entry = diff.changelog.new;
  if (diff.changelog.changed && entry) {
    out.push(`Nhật ký thay đổi / Changelog, mục mới nhất / newest entry: ${entry.heading}`);
    for (const line of entry.body) out.push(`    ${line}`);
  } else {
    out.push(`Nhật ký thay đổi / Changelog: không có mục mới / no new entry`);
  }
  if (diff.descriptorChanged) {
    out.push("datapackage.json: mô tả bảng đã thay đổi (không chỉ version) / the tables' description changed (not only the version)");
  }
  for (const file of diff.files) {
    const status = { added: "thêm / added", removed: "xóa / removed", changed: "thay đổi / changed" }[file.status];
    out.push(`${file.path}: ${status}`);
  }
  out.push(`Tổng / Total: ${totalsText(totals(diff))}`);
  for (const note of diff.notes) out.push(`! ${bilingual(note)}`);

  const changed = diff.tables.filter((t) => t.status !== "unchanged");
  const unchanged = diff.tables.filter((t) => t.status === "unchanged");
  if (changed.length === 0) out.push("", "Không có dòng nào thay đổi / No row changed");
  for (const table of changed) out.push("", ...renderTable(table));
  if (unchanged.length > 0) out.push("", `Không đổi / Unchanged: ${unchanged.map((t) => t.path).join(", ")}`);
  out.push("", "Chú giải / Legend:", ...LEGEND.map((l) => `  ${l.vi}\n  ${l.en}`));
  return `${out.join("\n")}\n`;
}
