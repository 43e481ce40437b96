import { periodKey } from "../period.ts";
import type { Table, TableRow } from "./readTable.ts";
import { issueAt, message, showValue, type Issue } from "./Issue.ts";
import { SuggestionIndex } from "./SuggestionIndex.ts";

/** A key column compared by what it means rather than how it is written. */
interface KeyForm {
  readonly normalise: (text: string) => string;
  /** What one value is called, for "X and Y are the same …". */
  readonly vi: string;
  readonly en: string;
}

/**
 * Key columns, by table, whose values can be written several ways: `2022`, `2022/2022` and
 * `2022-01-01/2022-12-31` are one period, so a figure given under two of them is given twice.
 */
const KEY_FORMS: Readonly<Record<string, Readonly<Record<string, KeyForm>>>> = {
  observations: {
    period: {
      normalise: periodKey,
      vi: "thời kỳ",
      en: "period",
    },
  },
};

type Forms = Readonly<Record<string, KeyForm>>;

/** A key as text; null when every part is empty (a null key is skipped, as Table Schema does). */
const keyOf = (values: Readonly<Record<string, unknown>>, fields: readonly string[], forms: Forms = {}): string | null => {
  const parts = fields.map((f) => values[f]);
  if (parts.every((v) => v === null || v === undefined || v === "")) return null;
  return JSON.stringify(
    parts.map((v, i) => {
      const text = v === null || v === undefined ? "" : String(v);
      const form = forms[fields[i]!];
      return form && text !== "" ? form.normalise(text) : text;
    }),
  );
};

/** `: "2022/2022" và "2022" là cùng một thời kỳ` when the two rows write a key column differently. */
function sameMeaning(row: TableRow, first: TableRow, fields: readonly string[], forms: Forms): { vi: string; en: string } {
  const differ = fields.filter((f) => forms[f] && String(row.values[f] ?? "") !== String(first.values[f] ?? ""));
  const show = (r: TableRow, f: string) => showValue(String(r.values[f]));
  const vi = differ.map((f) => `${show(row, f)} và ${show(first, f)} là cùng một ${forms[f]!.vi}`);
  const en = differ.map((f) => `${show(row, f)} and ${show(first, f)} are the same ${forms[f]!.en}`);
  return differ.length === 0 ? { vi: "", en: "" } : { vi: `: ${vi.join("; ")}`, en: `: ${en.join("; ")}` };
}

const describe = (row: TableRow, fields: readonly string[]) => fields.map((f) => `${f}=${String(row.values[f] ?? "")}`).join(", ");

/** Primary keys and `unique` fields: a repeated key is reported on the later line, naming the earlier. */
export function checkUnique(table: Table, issues: Issue[]): void {
  const keys: (readonly string[])[] = [];
  if (table.resource.schema.primaryKey) keys.push(table.resource.schema.primaryKey);
  for (const field of table.resource.schema.fields) {
    const single = table.resource.schema.primaryKey;
    if (field.constraints?.unique && !(single?.length === 1 && single[0] === field.name)) keys.push([field.name]);
  }
  const forms = KEY_FORMS[table.resource.name] ?? {};
  for (const fields of keys) {
    const seen = new Map<string, TableRow>();
    for (const row of table.rows) {
      const key = keyOf(row.values, fields, forms);
      if (key === null) continue;
      const earlier = seen.get(key);
      const first = earlier?.line;
      const name = fields[0]!;
      if (earlier !== undefined) {
        const isPrimary = fields === table.resource.schema.primaryKey;
        const same = sameMeaning(row, earlier, fields, forms);
        issues.push(
          issueAt(
            table.file,
            row.lines[name] ?? row.line,
            table.columns[name] ?? 1,
            name,
            isPrimary && fields.length > 1
              ? message(
                  "primary-key-duplicate",
                  `dòng này trùng khóa (${describe(row, fields)}) với dòng ${first}${same.vi}`,
                  `this line repeats the key (${describe(row, fields)}) of line ${first}${same.en}`,
                  {
                    vi: "mỗi số liệu chỉ được có một dòng; xóa dòng trùng hoặc sửa lại",
                    en: "each figure may have one line only; delete the repeat or correct it",
                  },
                )
              : message(
                  "unique-duplicate",
                  `${showValue(String(row.values[name]))} đã có ở dòng ${first}; giá trị cột này không được trùng`,
                  `${showValue(String(row.values[name]))} is already used on line ${first}; values in this column must be unique`,
                ),
          ),
        );
      } else seen.set(key, row);
    }
  }
}

/** Every foreign key must find its row; a near miss ("0243", "Over") is pointed out. */
export function checkForeignKeys(table: Table, tables: ReadonlyMap<string, Table>, issues: Issue[]): void {
  for (const fk of table.resource.schema.foreignKeys ?? []) {
    const target = fk.reference.resource === "" ? table : tables.get(fk.reference.resource);
    if (!target) continue;
    // A key column missing from the target's header is reported there once (header-missing);
    // looking references up in it would report every row of this table as well.
    if (fk.reference.fields.some((f) => target.columns[f] === undefined)) continue;
    // When some target rows were rejected, look the key up among the target's raw cells too, so
    // that one bad row there does not turn every reference to it into a second error here.
    const candidates: readonly Readonly<Record<string, unknown>>[] = target.complete ? target.rows.map((r) => r.values) : target.rawRows;
    if (candidates.length === 0 && !target.complete) continue;
    const known = new Map<string, string>();
    for (const values of candidates) {
      const key = keyOf(values, fk.reference.fields);
      if (key !== null) known.set(key, fk.reference.fields.map((f) => String(values[f] ?? "")).join(", "));
    }
    // Built on the first miss only: a table whose references all resolve never pays for it.
    let hints: SuggestionIndex | undefined;
    for (const row of table.rows) {
      const key = keyOf(row.values, fk.fields);
      if (key === null || known.has(key)) continue;
      const name = fk.fields[0]!;
      const value = fk.fields.map((f) => String(row.values[f] ?? "")).join(", ");
      const close = (hints ??= new SuggestionIndex(known.values())).suggest(value);
      issues.push(
        issueAt(
          table.file,
          row.lines[name] ?? row.line,
          table.columns[name] ?? 1,
          name,
          message(
            "foreign-key",
            `${showValue(value)} không có trong ${target.file} (cột ${fk.reference.fields.join(", ")})`,
            `${showValue(value)} is not found in ${target.file} (column ${fk.reference.fields.join(", ")})`,
            close
              ? { vi: `có phải ý bạn là ${showValue(close)}?`, en: `did you mean ${showValue(close)}?` }
              : { vi: `thêm dòng đó vào ${target.file} trước`, en: `add that row to ${target.file} first` },
          ),
        ),
      );
    }
  }
}
