import type { Message } from "../validate/Issue.ts";
import type { PackageDiff, RowEntry, TableDiff } from "./PackageDiff.ts";

/*
 * Words and sums both renderers share, so the text and Markdown reports say the same thing.
 * Vietnamese first, then English, as everywhere an editor reads.
 */

export interface Totals {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly flags: number;
}

export function totals(diff: PackageDiff): Totals {
  const sum = (pick: (t: TableDiff) => number) => diff.tables.reduce((n, t) => n + pick(t), 0);
  const flags = (rows: readonly RowEntry[]) => rows.reduce((n, r) => n + r.flags.length, 0);
  return {
    added: sum((t) => t.added.length),
    removed: sum((t) => t.removed.length),
    changed: sum((t) => t.changed.length),
    flags: sum((t) => flags(t.added) + flags(t.changed)),
  };
}

export function totalsText(t: Totals): string {
  const parts = [`${t.changed} sửa / changed`, `${t.added} thêm / added`, `${t.removed} xóa / removed`];
  return `${parts.join(" · ")} · ${t.flags} cảnh báo / ${t.flags === 1 ? "flag" : "flags"}`;
}

export const bilingual = (m: Pick<Message, "vi" | "en">) => `${m.vi} / ${m.en}`;

/** `area=26, indicator=elderly_60plus, period=2022`: the key's non-empty parts. */
export function keyLabel(key: Readonly<Record<string, string>>): string {
  const parts = Object.entries(key).filter(([, v]) => v !== "");
  return parts.length === 0 ? "(khóa trống / empty key)" : parts.map(([f, v]) => `${f}=${v}`).join(", ");
}

/** The row's other non-empty cells, for added and removed rows. */
export function valuesLabel(row: RowEntry): string {
  return Object.entries(row.values)
    .filter(([field, value]) => value !== "" && !(field in row.key))
    .map(([field, value]) => `${field}=${value}`)
    .join(", ");
}

export const shown = (value: string) => (value === "" ? "(trống / empty)" : value);

export function tableCounts(table: TableDiff): string {
  const counts: string[] = [];
  if (table.addedColumns.length > 0) counts.push(`cột mới / new column ${table.addedColumns.map((c) => `"${c}"`).join(", ")}`);
  if (table.removedColumns.length > 0) counts.push(`cột bị xóa / removed column ${table.removedColumns.map((c) => `"${c}"`).join(", ")}`);
  if (table.changed.length > 0) counts.push(`${table.changed.length} sửa / changed`);
  if (table.added.length > 0) counts.push(`${table.added.length} thêm / added`);
  if (table.removed.length > 0) counts.push(`${table.removed.length} xóa / removed`);
  const status = {
    added: "bảng mới / new table",
    removed: "bảng bị xóa / table removed",
    unreadable: "không so sánh được, xem ghi chú / not compared, see notes",
    changed: "",
    unchanged: "",
  }[table.status];
  return [status, counts.join(", ")].filter((s) => s !== "").join(": ");
}

export function versionText(diff: PackageDiff): string {
  const { old, new: now } = diff.version;
  if (old === now) return `${now ?? "?"} (không đổi / unchanged)`;
  return `${old ?? "?"} → ${now ?? "?"}`;
}

/** What the report's marks and flags mean: printed at its end, so a reader never has to guess. */
export const LEGEND: readonly Pick<Message, "vi" | "en">[] = [
  {
    vi: "Dòng được so theo khóa chính của bảng (datapackage.json); đổi khóa là một dòng xóa và một dòng thêm. + thêm, - xóa, ~ sửa.",
    en: "Rows are matched by the table's primary key (datapackage.json); a changed key is a removal and an addition. + added, - removed, ~ changed.",
  },
  {
    vi: "Giá trị viết đúng như trong tệp CSV. Thay đổi tương đối = (mới − cũ) / cũ; ×N hay ÷N khi lớn gấp hoặc nhỏ đi từ 2 lần; từ 0 thì không có tỷ lệ.",
    en: "Values are shown as written in the CSV. Relative change = (new − old) / old; ×N or ÷N when at least twice as large or small; from 0 there is no ratio.",
  },
  {
    vi: "⚠ thay đổi quá ±50 %: một cột số tăng hơn 50 % hay giảm hơn 50 %, hoặc đổi từ 0.",
    en: "⚠ more than ±50 %: a number column rose or fell by more than 50 %, or changed from 0.",
  },
  {
    vi: "⚠ mức độ / đơn vị: qualifier của số liệu, hoặc unit của chỉ tiêu (indicators.csv) đã đổi — cách đọc con số đổi theo.",
    en: "⚠ qualifier / unit: a figure's qualifier, or an indicator's unit (indicators.csv), changed — and with it how the number reads.",
  },
  {
    vi: "⚠ phá xu hướng: chuỗi số liệu = cùng chỉ tiêu, đơn vị hành chính và nhóm. Khi chuỗi có ít nhất 2 số liệu khác, giá trị mới phá xu hướng nếu (1) các số liệu khác đều tăng (hay đều giảm, hay bằng nhau) theo thời gian mà giá trị mới làm chuỗi đổi chiều, hoặc (2) nó lớn hơn gấp đôi số lớn nhất, hay nhỏ hơn một nửa số nhỏ nhất, trong các số liệu khác.",
    en: "⚠ breaks the trend: a series = the same indicator, area and group. When the series has at least 2 other figures, a new value breaks its trend if (1) the others all rise (or all fall, or are all equal) over time and the new value makes the series change direction, or (2) it is more than twice the largest, or less than half the smallest, of the others.",
  },
  {
    vi: "Cảnh báo không phải là lỗi: hãy đối chiếu con số với nguồn. Lỗi thật do npm run check:data báo.",
    en: "A flag is not an error: check the figure against its source. Errors are reported by npm run check:data.",
  },
];
