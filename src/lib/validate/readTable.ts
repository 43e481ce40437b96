import Papa from "papaparse";
import type { FieldDescriptor, ResourceDescriptor } from "./Descriptor.ts";
import { checkConstraints, suggest } from "./checkConstraints.ts";
import { issueAt, message, showValue, type Issue } from "./Issue.ts";
import { parseCell, type CellValue } from "./parseCell.ts";
import { formulaProblem, spaceProblem, textProblem } from "./textProblems.ts";

/** A row that passed its own checks, with where each value came from. */
export interface TableRow {
  readonly line: number;
  readonly values: Readonly<Record<string, CellValue>>;
  /** 1-based line of each field's cell: differs from `line` after a multi-line quoted cell. */
  readonly lines: Readonly<Record<string, number>>;
}

export interface Table {
  readonly resource: ResourceDescriptor;
  readonly file: string;
  /** 1-based position of each field in the file's header. */
  readonly columns: Readonly<Record<string, number>>;
  readonly rows: readonly TableRow[];
  /**
   * Every row with the right number of cells, as text, including rows rejected for a bad cell.
   * Empty when the file could not be read to its end: a partial list would make every
   * reference to an unread row look broken.
   */
  readonly rawRows: readonly Readonly<Record<string, string>>[];
  /** False when the file could not be read as a table at all (encoding, delimiter, quotes). */
  readonly complete: boolean;
}

/** Offsets where each line starts, for turning a character offset into a 1-based line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function decode(bytes: Uint8Array): string {
  let text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
  // Decomposed (NFD) Vietnamese, as macOS and some web forms produce, is accepted and composed.
  text = text.normalize("NFC");
  return text;
}

function headerIssues(
  file: string,
  header: readonly string[],
  fields: readonly FieldDescriptor[],
  issues: Issue[],
): Record<string, number> {
  const columns: Record<string, number> = {};
  const expected = new Set(fields.map((f) => f.name));
  const unknown: { name: string; column: number }[] = [];
  header.forEach((cell, i) => {
    const column = i + 1;
    const at = (m: ReturnType<typeof message>) => issues.push(issueAt(file, 1, column, null, m));
    const clean = cell.replace(/[\s\u00a0\u200b-\u200f\u2060\ufeff]/gu, "");
    if (clean === "") {
      at(
        message("header-blank", `cột thứ ${column} không có tên`, `column ${column} has no name`, {
          vi: "điền tên cột hoặc xóa cột trống",
          en: "name the column or delete the empty column",
        }),
      );
      return;
    }
    // The untrimmed cell: trim() also removes U+FEFF, which would then be reported as a space.
    const text = textProblem(cell) ?? spaceProblem(cell);
    if (text) at(message(`header-${text.code}`, `tên cột ${text.vi}`, `column name ${text.en}`));
    const name = expected.has(clean) ? clean : cell;
    if (columns[name] !== undefined) {
      at(
        message(
          "header-duplicate",
          `tên cột ${showValue(name)} bị lặp (đã có ở cột ${columns[name]})`,
          `column name ${showValue(name)} is repeated (already column ${columns[name]})`,
        ),
      );
      return;
    }
    if (expected.has(name)) columns[name] = column;
    else unknown.push({ name: cell, column });
  });
  const missing = fields.filter((f) => columns[f.name] === undefined).map((f) => f.name);
  for (const { name, column } of unknown) {
    const close = suggest(name, missing);
    if (close) {
      issues.push(
        issueAt(
          file,
          1,
          column,
          null,
          message("header-renamed", `cột ${showValue(name)} phải tên là "${close}"`, `column ${showValue(name)} must be named "${close}"`, {
            vi: "đổi lại đúng tên cột",
            en: "rename it back",
          }),
        ),
      );
      missing.splice(missing.indexOf(close), 1);
    } else {
      const list = fields.map((f) => f.name).join(", ");
      issues.push(
        issueAt(
          file,
          1,
          column,
          null,
          message(
            "header-extra",
            `cột ${showValue(name)} không có trong mô tả dữ liệu (các cột: ${list})`,
            `column ${showValue(name)} is not in the data description (columns: ${list})`,
            { vi: "xóa cột này, hoặc thêm nó vào datapackage.json", en: "delete it, or add it to datapackage.json" },
          ),
        ),
      );
    }
  }
  for (const name of missing) {
    issues.push(
      issueAt(
        file,
        1,
        header.length + 1,
        name,
        message("header-missing", `thiếu cột "${name}"`, `column "${name}" is missing`, {
          vi: "thêm lại cột này vào dòng tiêu đề",
          en: "add the column back to the header line",
        }),
      ),
    );
  }
  return columns;
}

/**
 * Reads one CSV resource: checks encoding, delimiter, quotes, header, cell counts, then every
 * cell's text, type and constraints. Returns the rows whose cells all passed, so later checks
 * (keys, cross-table rules) run on clean values; every problem is pushed to `issues`.
 */
export function readTable(file: string, bytes: Uint8Array, resource: ResourceDescriptor, issues: Issue[]): Table {
  const fields = resource.schema.fields;
  // One line-end convention before parsing: Papaparse guesses the newline from the first line,
  // and a file whose lines end in a mix of CRLF and LF would otherwise read as one long row.
  const text = decode(bytes)
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n");
  const starts = lineStarts(text);
  const empty: Table = { resource, file, columns: {}, rows: [], rawRows: [], complete: false };
  const delimiter = resource.dialect?.delimiter ?? ",";

  if (text.trim() === "") {
    issues.push(
      issueAt(
        file,
        1,
        1,
        null,
        message("file-empty", "tệp rỗng", "the file is empty", {
          vi: "tệp cần ít nhất dòng tiêu đề",
          en: "the file needs at least its header line",
        }),
      ),
    );
    return empty;
  }
  const firstLine = text.slice(0, (starts[1] ?? text.length + 1) - 1);
  for (const other of [";", "\t"]) {
    if (other !== delimiter && !firstLine.includes(delimiter) && firstLine.split(other).length >= 2) {
      const name = other === ";" ? "dấu chấm phẩy (;)" : "dấu tab";
      const nameEn = other === ";" ? "semicolons (;)" : "tabs";
      issues.push(
        issueAt(
          file,
          1,
          1,
          null,
          message(
            "wrong-delimiter",
            `các cột được ngăn bằng ${name}, không phải dấu phẩy`,
            `columns are separated by ${nameEn}, not commas`,
            {
              vi: "trong Excel chọn Lưu thành → CSV UTF-8 (phân tách bằng dấu phẩy)",
              en: "in Excel choose Save As → CSV UTF-8 (comma delimited)",
            },
          ),
        ),
      );
      return empty;
    }
  }

  const raw: { cells: string[]; start: number; end: number; quoteError: boolean }[] = [];
  let previous = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    step(result) {
      const end = result.meta.cursor;
      raw.push({ cells: result.data, start: previous, end, quoteError: result.errors.some((e) => e.type === "Quotes") });
      previous = end;
    },
  });

  const header = raw.shift();
  if (!header) return empty;
  if (header.quoteError) {
    const quote = unclosedQuote(text.slice(header.start, header.end), delimiter);
    issues.push(
      issueAt(
        file,
        lineAt(starts, header.start + quote.offset),
        quote.column,
        null,
        message("quote-unclosed", "dòng tiêu đề có dấu ngoặc kép chưa đóng", "the header line has an unclosed quote"),
      ),
    );
    return empty;
  }
  const columns = headerIssues(file, header.cells, fields, issues);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const rows: TableRow[] = [];
  const rawRows: Record<string, string>[] = [];
  let complete = true;
  // Line ends after the last row are not rows; a blank line before more data is. Found once:
  // testing the rest of the text at every row would take time growing with the square of the size.
  const contentEnd = text.replace(/\n+$/, "").length;

  for (const row of raw) {
    const line = lineAt(starts, row.start);
    if (row.start >= contentEnd) break;
    if (row.quoteError) {
      // Where the quote opens, not where the row starts: a row can span lines before it.
      const quote = unclosedQuote(text.slice(row.start, row.end), delimiter);
      const column = quote.column;
      issues.push(
        issueAt(
          file,
          lineAt(starts, row.start + quote.offset),
          column,
          header.cells[column - 1] ?? null,
          message(
            "quote-unclosed",
            "dấu ngoặc kép mở ở đây nhưng không được đóng đúng cách; phần còn lại của tệp không đọc được",
            "a quote opens here but is not closed properly; the rest of the file cannot be read",
            {
              vi: 'đóng ngoặc kép ở cuối ô, hoặc viết hai dấu "" cho một dấu ngoặc kép trong ô',
              en: 'close the quote at the end of the cell, or write "" for a quote inside the cell',
            },
          ),
        ),
      );
      complete = false;
      rawRows.length = 0;
      break;
    }
    if (row.cells.every((c) => c.trim() === "")) {
      issues.push(
        issueAt(file, line, 1, null, message("blank-row", "dòng trống", "blank line", { vi: "xóa dòng này", en: "delete this line" })),
      );
      continue;
    }
    // Kept even when the cell count is wrong: the key columns usually still read right, and
    // foreign-key checks against this table then do not report a second error for this row.
    rawRows.push(Object.fromEntries(row.cells.map((cell, i) => [header.cells[i]?.trim() ?? "", cell.trim()])));
    if (row.cells.length !== header.cells.length) {
      complete = false;
      const few = row.cells.length < header.cells.length;
      const column = few ? row.cells.length + 1 : header.cells.length + 1;
      issues.push(
        issueAt(
          file,
          line,
          column,
          null,
          few
            ? message(
                "too-few-cells",
                `dòng có ${row.cells.length} ô, cần ${header.cells.length}`,
                `the line has ${row.cells.length} cells, ${header.cells.length} are needed`,
                { vi: "kiểm tra dấu phẩy bị thiếu", en: "look for a missing comma" },
              )
            : message(
                "too-many-cells",
                `dòng có ${row.cells.length} ô, chỉ cần ${header.cells.length}`,
                `the line has ${row.cells.length} cells, only ${header.cells.length} are needed`,
                {
                  vi: 'ô có dấu phẩy phải được đặt trong ngoặc kép "..."',
                  en: 'a cell containing a comma must be wrapped in double quotes "..."',
                },
              ),
        ),
      );
      continue;
    }
    const rawText = text.slice(row.start, row.end);
    const values: Record<string, CellValue> = {};
    const lines: Record<string, number> = {};
    let rowOk = true;
    let cellLine = line;
    row.cells.forEach((cell, i) => {
      const column = i + 1;
      const name = header.cells[i] ?? "";
      const field = byName.get(name) ?? byName.get(name.trim());
      const thisLine = cellLine;
      cellLine += (cell.match(/\n/g) ?? []).length;
      const value = cell;
      const report = (m: ReturnType<typeof message>) => {
        issues.push(issueAt(file, thisLine, column, field?.name ?? name, m));
        rowOk = false;
      };
      if (value.includes('"') && !rawText.includes(`"${value.replace(/"/g, '""')}"`)) {
        report(
          message("quote-stray", `${showValue(value)} có dấu ngoặc kép lạc`, `${showValue(value)} has a stray double quote`, {
            vi: 'đặt cả ô trong ngoặc kép và viết "" cho mỗi dấu ngoặc kép bên trong',
            en: 'wrap the whole cell in double quotes and write "" for each quote inside',
          }),
        );
        return;
      }
      if (!field) return;
      // "190 000" with a no-break space is a number typed with a separator: say that, not "invisible character".
      const separated = (field.type === "number" || field.type === "integer") && /^-?\d{1,3}([\u00a0\u202f]\d{3})+$/u.test(value);
      const problem = separated
        ? null
        : (textProblem(value) ?? spaceProblem(value) ?? (field.type === "string" ? formulaProblem(value) : null));
      if (problem) return report(problem);
      lines[field.name] = thisLine;
      if (value === "" || (resource.schema.missingValues ?? [""]).includes(value)) {
        if (field.constraints?.required) {
          report(
            message(
              "required",
              "ô bắt buộc nhưng đang để trống",
              "this cell is required but empty",
              field.example ? { vi: `ví dụ: ${field.example}`, en: `for example: ${field.example}` } : undefined,
            ),
          );
        }
        values[field.name] = null;
        return;
      }
      const parsed = parseCell(value, field);
      if (!parsed.ok) return report(parsed.problem);
      const violated = checkConstraints(value, parsed.value, field);
      if (violated) return report(violated);
      values[field.name] = parsed.value;
    });
    // A column missing from the header reads as empty: header-missing already reports it, and
    // rules downstream then see null, as for any empty cell, rather than a value that is absent.
    for (const field of fields) values[field.name] ??= null;
    if (rowOk) rows.push({ line, values, lines });
    else complete = false;
  }
  return { resource, file, columns, rows, rawRows, complete };
}

/**
 * Where the quote that broke a row opens: its offset in the row's text and its 1-based cell.
 * That is the quote that is never closed, or whose closing quote is followed by more text
 * (`"abc"d`), which Papaparse reads as the same cell running on through the following lines.
 */
function unclosedQuote(rowText: string, delimiter: string): { offset: number; column: number } {
  let column = 1;
  let open: { offset: number; column: number } | null = null;
  for (let i = 0; i < rowText.length; i++) {
    const ch = rowText[i];
    if (open === null) {
      if (ch === delimiter) column++;
      else if (ch === "\n") break;
      // A quote inside an unquoted cell is text to the parser (the stray-quote check reports it).
      else if (ch === '"' && (i === 0 || rowText[i - 1] === delimiter)) open = { offset: i, column };
    } else if (ch === '"') {
      if (rowText[i + 1] === '"') i++;
      else if (i + 1 === rowText.length || rowText[i + 1] === delimiter || rowText[i + 1] === "\n") open = null;
      else return open;
    }
  }
  return open ?? { offset: 0, column: 1 };
}
