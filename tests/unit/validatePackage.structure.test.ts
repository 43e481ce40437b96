import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/validate/Issue.ts";
import {
  both,
  validateWith,
  validateEdit,
  locate,
  lineOf,
  editLine,
  replaceOnLine,
  setCell,
  editColumns,
  dropColumn,
  addColumn,
  windows1258Cell,
  lineCount,
  type Edit,
  type TextEdit,
} from "./validatePackageFixture.ts";

/* The validator on a table's shape: its header, its rows and quotes, files that are empty, missing or unreadable. */

describe("header", () => {
  it.each(["sources.csv", "areas.csv", "groups.csv", "observations.csv", "clubs.csv"])(
    "%s rewritten through Papaparse, quoting only where needed, is still valid (so the column edits below change only their column)",
    (file) => {
      expect(
        locate(
          validateEdit(
            file,
            editColumns((cells) => cells),
          ),
        ),
      ).toEqual([]);
    },
  );

  it.each<[string, string, TextEdit, string[]]>([
    ["a missing column (deleted with its cells)", "areas.csv", dropColumn("kind"), ["data/areas.csv:1:13 header-missing"]],
    ["a missing key column other tables refer to", "areas.csv", dropColumn("code"), ["data/areas.csv:1:13 header-missing"]],
    [
      "a missing column that a paired-notes rule reads",
      "observations.csv",
      dropColumn("note_en"),
      ["data/observations.csv:1:9 header-missing"],
    ],
    ["a missing column that the coordinates rule reads", "areas.csv", dropColumn("coord_source"), ["data/areas.csv:1:13 header-missing"]],
    ["a missing reference column", "observations.csv", dropColumn("source"), ["data/observations.csv:1:9 header-missing"]],
    ["an extra column (added with its cells)", "areas.csv", addColumn("remarks"), ["data/areas.csv:1:14 header-extra"]],
    ["a renamed column (name vi)", "areas.csv", replaceOnLine(1, "name_vi", "name vi"), ["data/areas.csv:1:5 header-renamed"]],
    ["a renamed column (Name-VI)", "areas.csv", replaceOnLine(1, "name_vi", "Name-VI"), ["data/areas.csv:1:5 header-renamed"]],
    ["a renamed key column (Code)", "areas.csv", replaceOnLine(1, "code", "Code"), ["data/areas.csv:1:1 header-renamed"]],
    [
      "a duplicate column",
      "groups.csv",
      replaceOnLine(1, "name_en", "name_vi"),
      ["data/groups.csv:1:4 header-duplicate", "data/groups.csv:1:5 header-missing"],
    ],
    [
      "a blank column name",
      "groups.csv",
      replaceOnLine(1, "name_en", ""),
      ["data/groups.csv:1:4 header-blank", "data/groups.csv:1:5 header-missing"],
    ],
    [
      "a blank column name made of spaces",
      "groups.csv",
      replaceOnLine(1, "name_en", "  "),
      ["data/groups.csv:1:4 header-blank", "data/groups.csv:1:5 header-missing"],
    ],
    [
      "a stray space after a column name",
      "groups.csv",
      replaceOnLine(1, "name_en", "name_en "),
      ["data/groups.csv:1:4 header-stray-space"],
    ],
    [
      "a stray space before a column name",
      "observations.csv",
      replaceOnLine(1, ",value,", ", value,"),
      ["data/observations.csv:1:5 header-stray-space"],
    ],
    [
      "a zero-width space (U+200B) inside a column name",
      "groups.csv",
      replaceOnLine(1, "name_en", "name\u200b_en"),
      ["data/groups.csv:1:4 header-invisible-character"],
    ],
    [
      "a byte order mark (U+FEFF) before a column name in mid-line",
      "groups.csv",
      replaceOnLine(1, "name_en", "\ufeffname_en"),
      ["data/groups.csv:1:4 header-invisible-character"],
    ],
    [
      "a no-break space (U+00A0) after a column name",
      "groups.csv",
      replaceOnLine(1, "name_vi", "name_vi\u00a0"),
      ["data/groups.csv:1:3 header-invisible-character"],
    ],
  ])("%s is reported on line 1 at its column, once", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual(expected);
  });

  it("a renamed column says the right name", () => {
    const issue = validateEdit("areas.csv", replaceOnLine(1, "name_vi", "name vi")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/areas.csv:1:5: cột "name vi" phải tên là "name_vi" — đổi lại đúng tên cột / column "name vi" must be named "name_vi" — rename it back"`,
    );
  });

  it("an invisible character in a header is shown by its code point", () => {
    const issue = validateEdit("groups.csv", replaceOnLine(1, "name_en", "\ufeffname_en")).issues[0]!;
    expect(issue.vi).toContain("U+FEFF");
    expect(issue.en).toContain("<U+FEFF>name_en");
    expect(issue.en).not.toContain("space");
  });

  it("a column removed from the header only is reported first, then each row's extra cell", () => {
    const result = validateEdit("groups.csv", replaceOnLine(1, ",name_en", ""));
    const rows = Array.from({ length: lineCount("groups.csv") - 1 }, (_, i) => `data/groups.csv:${i + 2}:4 too-many-cells`);
    expect(locate(result)).toEqual(["data/groups.csv:1:4 header-missing", ...rows]);
  });
});

describe("rows and quotes", () => {
  /** Line 4's Vietnamese note becomes two lines (4 and 5), properly quoted. Close, then split. */
  const closeNote = (after: string) => replaceOnLine(4, "nhà ở 2009.,2009 Population", `nhà ở 2009."${after}2009 Population`);
  const splitNote = replaceOnLine(4, ",Tổng điều tra dân số", ',"Tổng điều tra\ndân số');

  it.each<[string, string, Edit, string[]]>([
    ["a blank row in the middle", "observations.csv", editLine(10, () => ""), ["data/observations.csv:10:1 blank-row"]],
    ["a row of empty cells in the middle", "observations.csv", editLine(10, () => ",,,,,,,,"), ["data/observations.csv:10:1 blank-row"]],
    ["a row with spaces only", "observations.csv", editLine(10, () => "  "), ["data/observations.csv:10:1 blank-row"]],
    ["too few cells", "observations.csv", replaceOnLine(2, "ldxh-2022,,", "ldxh-2022,"), ["data/observations.csv:2:9 too-few-cells"]],
    ["too many cells", "observations.csv", editLine(10, (line) => `${line},x`), ["data/observations.csv:10:10 too-many-cells"]],
    [
      "a cell with an unquoted comma",
      "groups.csv",
      replaceOnLine(9, "Tròn 70 tuổi,Turning 70", "Tròn 70 tuổi,Turning 70, years"),
      ["data/groups.csv:9:5 too-many-cells"],
    ],
    [
      "an unclosed quote in the last row",
      "observations.csv",
      replaceOnLine(95, "Dự báo", '"Dự báo'),
      ["data/observations.csv:95:8 quote-unclosed"],
    ],
    [
      "an unclosed quote with many lines after it",
      "observations.csv",
      replaceOnLine(10, "Tổng điều tra", '"Tổng điều tra'),
      ["data/observations.csv:10:8 quote-unclosed"],
    ],
    ["an unclosed quote in a number cell", "observations.csv", setCell(40, 5, '"120000'), ["data/observations.csv:40:5 quote-unclosed"]],
    [
      "text after a closing quote",
      "groups.csv",
      replaceOnLine(2, '"Thuộc hộ nghèo', '"Thuộc" hộ nghèo'),
      ["data/groups.csv:2:3 quote-unclosed"],
    ],
    ["an unclosed quote in the header", "groups.csv", replaceOnLine(1, "name_vi", '"name_vi'), ["data/groups.csv:1:3 quote-unclosed"]],
    [
      "a stray quote inside an unquoted cell",
      "observations.csv",
      replaceOnLine(10, "Tổng điều", 'Tổng "điều'),
      ["data/observations.csv:10:8 quote-stray"],
    ],
    ["a stray quote at the end of an unquoted cell", "observations.csv", setCell(2, 6, 'over"'), ["data/observations.csv:2:6 quote-stray"]],
  ])("%s is reported at its line and cell", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual(expected);
  });

  it("an unclosed quote is reported where it opens, even after a multi-line cell in the same row", () => {
    // Line 4's note becomes two lines (4 and 5); the English note on line 5 then opens a quote
    // that never closes.
    const result = validateEdit("observations.csv", both(closeNote(',"'), splitNote));
    expect(locate(result)).toEqual(["data/observations.csv:5:9 quote-unclosed"]);
  });

  it("an unclosed quote says the rest of the file cannot be read", () => {
    const issue = validateEdit("observations.csv", replaceOnLine(10, "Tổng điều tra", '"Tổng điều tra')).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/observations.csv:10:8: note_vi: dấu ngoặc kép mở ở đây nhưng không được đóng đúng cách; phần còn lại của tệp không đọc được — đóng ngoặc kép ở cuối ô, hoặc viết hai dấu "" cho một dấu ngoặc kép trong ô / a quote opens here but is not closed properly; the rest of the file cannot be read — close the quote at the end of the cell, or write "" for a quote inside the cell"`,
    );
  });

  it("an unclosed quote in a table others refer to does not make references to its unread rows errors", () => {
    // sources.csv stops being read at line 3; observations cite sources listed after it.
    expect(locate(validateEdit("sources.csv", replaceOnLine(3, "Ban Chỉ đạo", '"Ban Chỉ đạo')))).toEqual([
      "data/sources.csv:3:2 quote-unclosed",
    ]);
  });

  it.each<[string, TextEdit, string[]]>([
    [
      "an error on the cell after a multi-line cell is reported on the cell's own line",
      both(closeNote(", "), splitNote),
      ["data/observations.csv:5:9 stray-space"],
    ],
    [
      "an error on a later row counts the extra line of a multi-line cell",
      both(setCell(6, 5, "94.294"), closeNote(","), splitNote),
      ["data/observations.csv:7:5 number-thousands-separator"],
    ],
    [
      "a cell on the row's first line is reported on that line, even when a later cell spans lines",
      both(replaceOnLine(4, ",exact,", ",Exact,"), closeNote(","), splitNote),
      ["data/observations.csv:4:6 enum"],
    ],
  ])("%s", (_name, edit, expected) => {
    expect(locate(validateEdit("observations.csv", edit))).toEqual(expected);
  });

  it("a multi-line quoted cell with no error gives zero issues", () => {
    const result = validateEdit("observations.csv", replaceOnLine(28, "15 phường, 16 thị trấn", "15 phường,\n16 thị trấn"));
    expect(locate(result)).toEqual([]);
  });
});

describe("unreadable rows and files", () => {
  it("one cell saved as Windows-1258 in a UTF-8 file is reported on its row, and the rest is checked", () => {
    // A second, ordinary error after the unreadable row is still found.
    const result = validateEdit("observations.csv", (text) =>
      windows1258Cell(4, "Tổng điều tra dân số và nhà ở 2009.")(setCell(10, 5, "69.084")(text)),
    );
    expect(locate(result)).toEqual([
      "data/observations.csv:4:8 encoding-not-utf8",
      "data/observations.csv:10:5 number-thousands-separator",
    ]);
  });

  it.each<[string, Readonly<Record<string, Edit | null>>, string[]]>([
    ["an empty CSV file", { "groups.csv": () => "" }, ["data/groups.csv:1:1 file-empty"]],
    ["a CSV file with only line ends", { "groups.csv": () => "\n\r\n" }, ["data/groups.csv:1:1 file-empty"]],
    ["a header with no rows", { "clubs.csv": (text) => `${lineOf(text, 1)}\n` }, []],
    [
      "a CSV file that is binary garbage",
      { "groups.csv": () => Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 128) % 256) },
      // Two garbage header cells, each unreadable and unknown; the four real columns are missing.
      [
        "data/groups.csv:1:1 header-encoding-not-utf8",
        "data/groups.csv:1:1 header-extra",
        "data/groups.csv:1:2 header-encoding-not-utf8",
        "data/groups.csv:1:2 header-extra",
        "data/groups.csv:1:3 header-missing",
        "data/groups.csv:1:3 header-missing",
        "data/groups.csv:1:3 header-missing",
        "data/groups.csv:1:3 header-missing",
      ],
    ],
    ["a described CSV file that is missing", { "clubs.csv": null }, ["data/clubs.csv:1:1 file-missing"]],
    ["a CSV file that is not described", { "notes.csv": () => "a,b\n1,2\n" }, ["data/notes.csv:1:1 file-undescribed"]],
    ["a missing datapackage.json", { "datapackage.json": null }, ["data/datapackage.json:1:1 descriptor-missing"]],
  ])("%s does not crash and is reported", (_name, changes, expected) => {
    expect(locate(validateWith(changes))).toEqual(expected);
  });
});
