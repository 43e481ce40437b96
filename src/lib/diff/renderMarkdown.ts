import type { PackageDiff, RowEntry, TableDiff } from "./PackageDiff.ts";
import { LEGEND, bilingual, keyLabel, shown, tableCounts, totals, totalsText, valuesLabel, versionText } from "./diffSummary.ts";
import { describeChange } from "./formatChange.ts";

/** Cell text made safe inside a Markdown table: no pipes, tags or emphasis from the data. */
function md(text: string): string {
  return text
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r?\n/g, "<br>");
}

const flagCell = (row: RowEntry) => row.flags.map((f) => `⚠️ ${md(bilingual(f))}`).join("<br>");

function renderTable(table: TableDiff): string[] {
  const out = [`### \`${table.path}\` — ${md(table.titleVi)} / ${md(table.title)}`, "", md(tableCounts(table))];
  if (table.changed.length > 0) {
    out.push("", `**Sửa / Changed (${table.changed.length})**`, "");
    out.push("| Dòng / Line | Khóa / Key | Thay đổi / Change | Cảnh báo / Flags |", "|---:|---|---|---|");
    for (const row of table.changed) {
      const changes = row.changes.map((cell) => {
        const said = describeChange(cell);
        return `\`${cell.field}\`: ${md(shown(cell.old))} → **${md(shown(cell.new))}**${said ? ` (${md(said)})` : ""}`;
      });
      out.push(`| ${row.line ?? ""} | ${md(keyLabel(row.key))} | ${changes.join("<br>")} | ${flagCell(row)} |`);
    }
  }
  if (table.added.length > 0) {
    out.push("", `**Thêm / Added (${table.added.length})**`, "");
    out.push("| Dòng / Line | Khóa / Key | Giá trị / Values | Cảnh báo / Flags |", "|---:|---|---|---|");
    for (const row of table.added)
      out.push(`| ${row.line ?? ""} | ${md(keyLabel(row.key))} | ${md(valuesLabel(row))} | ${flagCell(row)} |`);
  }
  if (table.removed.length > 0) {
    out.push("", `**Xóa / Removed (${table.removed.length})**`, "");
    out.push("| Dòng cũ / Old line | Khóa / Key | Giá trị / Values |", "|---:|---|---|");
    for (const row of table.removed) out.push(`| ${row.line ?? ""} | ${md(keyLabel(row.key))} | ${md(valuesLabel(row))} |`);
  }
  return out;
}

/** The diff as GitHub-flavoured Markdown, for a pull request's job summary. */
export function renderMarkdown(diff: PackageDiff): string {
  const out = [`## So sánh dữ liệu / Data diff: \`data/\` ↔ \`${diff.ref.replace(/`/g, "")}\``, ""];
  out.push(`- **Phiên bản / Version:** ${md(versionText(diff))}`);
  const entry = diff.changelog.new;
  out.push(
    diff.changelog.changed && entry
      ? `- **Nhật ký thay đổi / Changelog:** ${md(entry.heading)}`
      : "- **Nhật ký thay đổi / Changelog:** không có mục mới / no new entry",
  );
  if (diff.descriptorChanged) {
    out.push("- **datapackage.json:** mô tả bảng đã thay đổi (không chỉ version) / the tables' description changed (not only the version)");
  }
  for (const file of diff.files) {
    const status = { added: "thêm / added", removed: "xóa / removed", changed: "thay đổi / changed" }[file.status];
    out.push(`- \`${file.path}\`: ${status}`);
  }
  out.push(`- **Tổng / Total:** ${totalsText(totals(diff))}`);
  if (diff.changelog.changed && entry && entry.body.length > 0) out.push("", ...entry.body.map((line) => `> ${line}`));
  if (diff.notes.length > 0) out.push("", "> [!WARNING]", ...diff.notes.map((n) => `> - ${md(bilingual(n))}`));

  const changed = diff.tables.filter((t) => t.status !== "unchanged");
  const unchanged = diff.tables.filter((t) => t.status === "unchanged");
  if (changed.length === 0) out.push("", "Không có dòng nào thay đổi / No row changed");
  for (const table of changed) out.push("", ...renderTable(table));
  if (unchanged.length > 0) out.push("", `Không đổi / Unchanged: ${unchanged.map((t) => `\`${t.path}\``).join(", ")}`);
  out.push("", "<details><summary>Chú giải / Legend</summary>", "", ...LEGEND.map((l) => `- ${md(l.vi)}<br>${md(l.en)}`), "", "</details>");
  return `${out.join("\n")}\n`;
}
