import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { compareIssues, formatIssue, type Issue } from "../../src/lib/validate/Issue.ts";
import { validatePackage, type PackageFiles, type ValidationResult } from "../../src/lib/validate/validatePackage.ts";

/*
 * Every case validates an in-memory copy of data/ in which one file (sometimes two) is edited the
 * way an editor's spreadsheet or text editor would break it, and checks exactly which problems
 * are reported, where (FILE:LINE:COLUMN, as the editor's text editor counts) and under which code.
 */

const DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));
const ORIGINAL: ReadonlyMap<string, Uint8Array> = new Map(
  readdirSync(DATA_DIR, { recursive: true, encoding: "utf8" })
    .map((name) => name.replaceAll("\\", "/"))
    .filter((name) => statSync(join(DATA_DIR, name)).isFile())
    .sort()
    .map((name) => [name, new Uint8Array(readFileSync(join(DATA_DIR, name)))]),
);

/** Turns a file's text into its new content; a string is saved as UTF-8. */
type Edit = (text: string) => string | Uint8Array;
type TextEdit = (text: string) => string;

/** Several text edits, applied in order. */
const both =
  (...edits: TextEdit[]): TextEdit =>
  (text) =>
    edits.reduce((t, edit) => edit(t), text);

const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const encodeUtf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The real data/ with some files replaced (edit) or deleted (null); an edit of a new file gets "". */
function packageWith(changes: Readonly<Record<string, Edit | null>> = {}): PackageFiles {
  const files = new Map(ORIGINAL);
  for (const [name, edit] of Object.entries(changes)) {
    if (edit === null) {
      files.delete(name);
      continue;
    }
    const before = files.get(name);
    const after = edit(before ? utf8(before) : "");
    files.set(name, typeof after === "string" ? encodeUtf8(after) : after);
  }
  return { label: "data", list: () => [...files.keys()], read: (name) => files.get(name) ?? null };
}

const validateWith = (changes: Readonly<Record<string, Edit | null>>): ValidationResult => validatePackage(packageWith(changes));
const validateEdit = (file: string, edit: Edit): ValidationResult => validateWith({ [file]: edit });

/** `FILE:LINE:COLUMN code`: the location an editor is sent to, and the kind of problem. */
const located = (issue: Issue): string => `${issue.file}:${issue.line}:${issue.column} ${issue.code}`;
const locate = (result: ValidationResult): string[] => result.issues.map(located);

function lineOf(text: string, n: number): string {
  const line = text.split("\n")[n - 1];
  if (line === undefined) throw new Error(`the file has no line ${n}`);
  return line;
}

/** Replaces 1-based line `n` (without its line end). */
const editLine =
  (n: number, change: (line: string) => string): TextEdit =>
  (text) => {
    const lines = text.split("\n");
    lines[n - 1] = change(lineOf(text, n));
    return lines.join("\n");
  };

/** Replaces text on line `n`; fails loudly when the fixture no longer contains it. */
const replaceOnLine = (n: number, from: string, to: string): TextEdit =>
  editLine(n, (line) => {
    if (!line.includes(from)) throw new Error(`line ${n} does not contain ${JSON.stringify(from)}`);
    return line.replace(from, to);
  });

/** Sets 1-based cell `column` of line `n`, on a line that has no quoted cells. */
const setCell = (n: number, column: number, value: string): TextEdit =>
  editLine(n, (line) => {
    if (line.includes('"')) throw new Error(`line ${n} has quoted cells: edit it with replaceOnLine`);
    const cells = line.split(",");
    if (column > cells.length) throw new Error(`line ${n} has no cell ${column}`);
    cells[column - 1] = value;
    return cells.join(",");
  });

/** Applies the same change to every line (for header-and-rows edits such as adding a column). */
const everyLine =
  (change: (line: string, n: number) => string): TextEdit =>
  (text) =>
    text
      .split("\n")
      .map((line, i) => (line === "" ? line : change(line, i + 1)))
      .join("\n");

/*
 * Windows-1258, the code page Excel uses for "CSV" on a Vietnamese Windows: letters with a hat,
 * breve or horn have their own byte, tones are separate combining bytes. Enough of it to encode
 * the Vietnamese in data/ (anything else becomes "?", as Windows does).
 */
const CP1258_LETTERS: Readonly<Record<string, number>> = {
  â: 0xe2,
  ă: 0xe3,
  ê: 0xea,
  ô: 0xf4,
  ơ: 0xf5,
  ư: 0xfd,
  đ: 0xf0,
  Â: 0xc2,
  Ă: 0xc3,
  Ê: 0xca,
  Ô: 0xd4,
  Ơ: 0xd5,
  Ư: 0xdd,
  Đ: 0xd0,
};
const CP1258_TONES: Readonly<Record<string, number>> = { "\u0300": 0xcc, "\u0301": 0xec, "\u0303": 0xde, "\u0309": 0xd2, "\u0323": 0xf2 };

function windows1258(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const parts = [...ch.normalize("NFD")];
    const tone = parts.find((c) => CP1258_TONES[c] !== undefined);
    const base = parts
      .filter((c) => c !== tone)
      .join("")
      .normalize("NFC");
    const code = base.codePointAt(0)!;
    bytes.push(base.length === 1 && code < 0x80 ? code : (CP1258_LETTERS[base] ?? 0x3f));
    if (tone !== undefined) bytes.push(CP1258_TONES[tone]!);
  }
  return Uint8Array.from(bytes);
}

const concatBytes = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Rewrites a CSV through Papaparse, so columns can be cut or added around quoted cells. */
const editColumns =
  (change: (cells: string[], row: number) => string[]): TextEdit =>
  (text) => {
    const rows = Papa.parse<string[]>(text.replace(/\n$/, ""), { delimiter: ",", newline: "\n" }).data;
    return `${Papa.unparse(rows.map(change), { delimiter: ",", newline: "\n" })}\n`;
  };
const dropColumn =
  (name: string): TextEdit =>
  (text) => {
    const at = lineOf(text, 1).split(",").indexOf(name);
    if (at < 0) throw new Error(`no column ${name}`);
    return editColumns((cells) => cells.filter((_, i) => i !== at))(text);
  };
const addColumn = (name: string): TextEdit => editColumns((cells, row) => [...cells, row === 0 ? name : ""]);

/** The file saved as UTF-8, except `cell` (text on line `n`), which is saved as `bytes`. */
const rawCell =
  (n: number, cell: string, bytes: Uint8Array) =>
  (text: string): Uint8Array => {
    const lines = text.split("\n");
    const line = lineOf(text, n);
    const at = line.indexOf(cell);
    if (at < 0) throw new Error(`line ${n} does not contain ${JSON.stringify(cell)}`);
    const before = [...lines.slice(0, n - 1), line.slice(0, at)].join("\n");
    const after = [line.slice(at + cell.length), ...lines.slice(n)].join("\n");
    return concatBytes(encodeUtf8(before), bytes, encodeUtf8(after));
  };
const windows1258Cell = (n: number, cell: string) => rawCell(n, cell, windows1258(cell));

const ORIGINAL_TEXT = (name: string): string => utf8(ORIGINAL.get(name)!);
/** The package version, so edits to its line keep working after each release. */
const VERSION = (JSON.parse(ORIGINAL_TEXT("datapackage.json")) as { version: string }).version;
const lineCount = (name: string): number => ORIGINAL_TEXT(name).replace(/\n$/, "").split("\n").length;

describe("the real data package", () => {
  const result = validatePackage(packageWith());

  it("passes with zero issues", () => {
    expect(result.issues.map(formatIssue)).toEqual([]);
  });

  it("reads every table and every row", () => {
    expect([...result.tables.keys()]).toEqual([
      "sources",
      "areas",
      "indicators",
      "groups",
      "observations",
      "clubs",
      "area-events",
      "tile-layout",
    ]);
    expect(result.tables.get("observations")?.rows).toHaveLength(lineCount("observations.csv") - 1);
    expect(result.tables.get("areas")?.rows).toHaveLength(lineCount("areas.csv") - 1);
    for (const table of result.tables.values()) expect(table.complete).toBe(true);
  });

  it("keeps numbers as numbers and codes as text", () => {
    const first = result.tables.get("observations")!.rows[0]!;
    expect(first.line).toBe(2);
    expect(first.values).toMatchObject({ area: "26", value: 190000, qualifier: "over", group: null });
  });
});

describe("encoding", () => {
  it("a CSV saved as Windows-1258 is reported on every row that has Vietnamese letters, at its first such cell", () => {
    const result = validateEdit("groups.csv", (text) => windows1258(text));
    const groups = ORIGINAL_TEXT("groups.csv").split("\n");
    // Rows 2.. whose Vietnamese name (cell 2) has a non-ASCII letter; the English name has none.
    const expected = groups.flatMap((line, i) =>
      i > 0 && /[^\x00-\x7f]/.test(line) ? [`data/groups.csv:${i + 1}:2 encoding-not-utf8`] : [],
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(locate(result)).toEqual(expected);
  });

  it("a CSV saved as Windows-1258 tells the editor how to save it again, in both languages", () => {
    const issue = validateEdit("groups.csv", (text) => windows1258(text)).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/groups.csv:2:2: name_vi: "Thu��c h�� nghe�o, kh�ng co� ng���i phu�ng d���ng, t�� 60…" có byte không đọc được theo UTF-8 (có thể tệp được lưu bằng Windows-1258 hoặc ANSI) — mở tệp gốc và lưu lại dạng CSV UTF-8 (Excel: Lưu thành → CSV UTF-8) / "Thu��c h�� nghe�o, kh�ng co� ng���i phu�ng d���ng, t�� 60…" has bytes that are not valid UTF-8 (the file may have been saved as Windows-1258 or ANSI) — open the original file and save it again as CSV UTF-8 (Excel: Save As → CSV UTF-8)"`,
    );
  });

  it("raw Latin-1 bytes (0xE0, 0xF2) that are not UTF-8 are reported at their cell", () => {
    // "Kàt quò" in Latin-1: each accented letter is one byte that cannot start a UTF-8 character here.
    const latin1 = Uint8Array.from([0x4b, 0xe0, 0x74, 0x20, 0x71, 0x75, 0xf2]);
    const result = validateEdit("observations.csv", rawCell(5, "Kết quả sơ bộ.", latin1));
    expect(locate(result)).toEqual(["data/observations.csv:5:8 encoding-not-utf8"]);
  });

  it.each([
    [
      "mojibake (UTF-8 read as Windows-1252 and saved)",
      "areas.csv",
      replaceOnLine(3, "Vĩnh Phúc,Vĩnh Phúc", "VÄ©nh PhÃºc,Vĩnh Phúc"),
      "data/areas.csv:3:5 encoding-mojibake",
    ],
    [
      "mojibake made by decoding the real UTF-8 bytes as Windows-1252",
      "observations.csv",
      replaceOnLine(5, "Kết quả sơ bộ.", new TextDecoder("windows-1252").decode(encodeUtf8("Kết quả sơ bộ."))),
      "data/observations.csv:5:8 encoding-mojibake",
    ],
    [
      "a TCVN3 (ABC) remnant",
      "areas.csv",
      replaceOnLine(4, "Vĩnh Yên,Vĩnh Yên", "VÜnh Yªn,Vĩnh Yên"),
      "data/areas.csv:4:5 encoding-legacy-font",
    ],
    [
      "a VNI remnant",
      "areas.csv",
      replaceOnLine(3, "Vĩnh Phúc,Vĩnh Phúc", "Vónh Phuùc,Vĩnh Phúc"),
      "data/areas.csv:3:5 encoding-legacy-font",
    ],
    [
      "a VNI remnant in capitals",
      "areas.csv",
      replaceOnLine(3, "Vĩnh Phúc,Vĩnh Phúc", "VÓNH PHUÙC,Vĩnh Phúc"),
      "data/areas.csv:3:5 encoding-legacy-font",
    ],
    [
      "a VNI remnant with a hat (Tam Ñaûo)",
      "areas.csv",
      replaceOnLine(8, "Tam Đảo,Tam Đảo", "Tam Ñaûo,Tam Đảo"),
      "data/areas.csv:8:5 encoding-legacy-font",
    ],
    ["a zero-width space in a cell", "observations.csv", setCell(2, 7, "ldxh-2022\u200b"), "data/observations.csv:2:7 invisible-character"],
    [
      "a byte order mark in the middle of the file",
      "observations.csv",
      setCell(2, 1, "\ufeff26"),
      "data/observations.csv:2:1 invisible-character",
    ],
    ["a space at the end of a cell", "observations.csv", setCell(2, 6, "over "), "data/observations.csv:2:6 stray-space"],
  ])("%s is reported at its cell", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual([expected]);
  });

  it("mojibake says what happened and what to do", () => {
    const issue = validateEdit("areas.csv", replaceOnLine(3, "Vĩnh Phúc,Vĩnh Phúc", "VÄ©nh PhÃºc,Vĩnh Phúc")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/areas.csv:3:5: name_vi: "VÄ©nh PhÃºc" có chữ bị lỗi mã hóa (UTF-8 bị đọc nhầm thành Windows-1252 rồi lưu lại) — gõ lại hoặc chép lại chữ đúng từ nguồn / "VÄ©nh PhÃºc" has garbled letters (UTF-8 was read as Windows-1252 and saved again) — retype it or copy the right text from the source"`,
    );
  });

  it("a VNI remnant names the old encodings", () => {
    const issue = validateEdit("areas.csv", replaceOnLine(3, "Vĩnh Phúc,Vĩnh Phúc", "Vónh Phuùc,Vĩnh Phúc")).issues[0]!;
    expect(issue.en).toContain("VNI");
    expect(issue.vi).toContain("VNI");
  });
});

describe("accepted and normalised inputs", () => {
  const crlf = (text: string) => text.replace(/\n/g, "\r\n");
  it.each<[string, string, Edit]>([
    ["a UTF-8 byte order mark", "observations.csv", (text) => `\ufeff${text}`],
    ["a UTF-8 byte order mark on the header of a table others refer to", "areas.csv", (text) => `\ufeff${text}`],
    ["Windows line ends (CRLF)", "observations.csv", crlf],
    ["Windows line ends in a file with quoted cells", "sources.csv", crlf],
    [
      "a byte order mark, CRLF line ends and NFD text all at once, as some Windows tools save",
      "areas.csv",
      (text) => `\ufeff${crlf(text.normalize("NFD"))}`,
    ],
    [
      "CRLF line ends inside a multi-line quoted cell",
      "observations.csv",
      (text) => crlf(replaceOnLine(28, "15 phường, 16 thị trấn", "15 phường,\n16 thị trấn")(text)),
    ],
    ["a mix of CRLF and LF line ends", "observations.csv", everyLine((line, n) => (n % 2 ? `${line}\r` : line))],
    ["old Mac line ends (CR only)", "groups.csv", (text) => text.replace(/\n/g, "\r")],
    ["decomposed (NFD) Vietnamese, as macOS writes it", "areas.csv", (text) => text.normalize("NFD")],
    ["decomposed (NFD) Vietnamese in every cell of the biggest table", "observations.csv", (text) => text.normalize("NFD")],
    ["no line end after the last row", "observations.csv", (text) => text.replace(/\n$/, "")],
    ["extra empty lines at the end of the file", "observations.csv", (text) => `${text}\n\n\n`],
  ])("%s gives zero issues", (_name, file, edit) => {
    expect(validateEdit(file, edit).issues.map(formatIssue)).toEqual([]);
  });

  it("composes NFD text to NFC, so names compare equal to the rest of the site's text", () => {
    const result = validateEdit("areas.csv", (text) => text.normalize("NFD"));
    const yen = result.tables.get("areas")!.rows.find((r) => r.values["code"] === "243")!;
    expect(yen.values["name_vi"]).toBe("Vĩnh Yên");
    expect(yen.values["name_vi"]).toBe("Vĩnh Yên".normalize("NFC"));
  });

  it("keeps line numbers right after CRLF line ends", () => {
    const result = validateEdit("observations.csv", both(setCell(40, 5, "120.000"), crlf));
    expect(locate(result)).toEqual(["data/observations.csv:40:5 number-thousands-separator"]);
  });
});

describe("delimiter", () => {
  it.each([
    ["semicolons (Excel with a Vietnamese or European list separator)", ";"],
    ["tabs (copied from a spreadsheet)", "\t"],
  ])("a file separated by %s is reported once, on line 1", (_name, separator) => {
    // The quoted cells keep their commas, as Excel writes them.
    const result = validateEdit(
      "groups.csv",
      everyLine((line) => line.replace(/("[^"]*"|[^,]*),/g, `$1${separator}`)),
    );
    expect(locate(result)).toEqual(["data/groups.csv:1:1 wrong-delimiter"]);
  });

  it("a semicolon file says what to choose in Excel", () => {
    const issue = validateEdit("areas.csv", (text) => text.replaceAll(",", ";")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/areas.csv:1:1: các cột được ngăn bằng dấu chấm phẩy (;), không phải dấu phẩy — trong Excel chọn Lưu thành → CSV UTF-8 (phân tách bằng dấu phẩy) / columns are separated by semicolons (;), not commas — in Excel choose Save As → CSV UTF-8 (comma delimited)"`,
    );
  });

  it("a table others refer to that cannot be read does not make every reference to it an error", () => {
    expect(locate(validateEdit("areas.csv", (text) => text.replaceAll(",", ";")))).toEqual(["data/areas.csv:1:1 wrong-delimiter"]);
  });
});

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
      ["data/groups.csv:1:3 header-duplicate", "data/groups.csv:1:4 header-missing"],
    ],
    [
      "a blank column name",
      "groups.csv",
      replaceOnLine(1, "name_en", ""),
      ["data/groups.csv:1:3 header-blank", "data/groups.csv:1:4 header-missing"],
    ],
    [
      "a blank column name made of spaces",
      "groups.csv",
      replaceOnLine(1, "name_en", "  "),
      ["data/groups.csv:1:3 header-blank", "data/groups.csv:1:4 header-missing"],
    ],
    [
      "a stray space after a column name",
      "groups.csv",
      replaceOnLine(1, "name_en", "name_en "),
      ["data/groups.csv:1:3 header-stray-space"],
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
      ["data/groups.csv:1:3 header-invisible-character"],
    ],
    [
      "a byte order mark (U+FEFF) before a column name in mid-line",
      "groups.csv",
      replaceOnLine(1, "name_en", "\ufeffname_en"),
      ["data/groups.csv:1:3 header-invisible-character"],
    ],
    [
      "a no-break space (U+00A0) after a column name",
      "groups.csv",
      replaceOnLine(1, "name_vi", "name_vi\u00a0"),
      ["data/groups.csv:1:2 header-invisible-character"],
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
    const rows = Array.from({ length: lineCount("groups.csv") - 1 }, (_, i) => `data/groups.csv:${i + 2}:3 too-many-cells`);
    expect(locate(result)).toEqual(["data/groups.csv:1:3 header-missing", ...rows]);
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
      ["data/groups.csv:9:4 too-many-cells"],
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
      ["data/groups.csv:2:2 quote-unclosed"],
    ],
    ["an unclosed quote in the header", "groups.csv", replaceOnLine(1, "name_vi", '"name_vi'), ["data/groups.csv:1:2 quote-unclosed"]],
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

describe("cell types", () => {
  // Observation line 2 is `26,elderly_60plus,2022,,190000,over,ldxh-2022,,`: value is cell 5.
  it.each([
    ["190.000", "number-thousands-separator"],
    ['"190,000"', "number-thousands-separator"],
    ['"1,5"', "number-decimal-comma"],
    ["12e3", "number-scientific"],
    ["1.9E+05", "number-scientific"],
    ["#N/A", "number-placeholder"],
    ["-", "number-placeholder"],
    ["TRUE", "number-boolean"],
    ["70%", "number-percent-sign"],
    ["190000đ", "number-with-unit"],
    ["~190000", "number-with-qualifier"],
    ["0190000", "number-leading-zero"],
    ["một trăm", "number-invalid"],
  ])("value %s is reported as %s at line 2, cell 5", (cell, code) => {
    expect(locate(validateEdit("observations.csv", setCell(2, 5, cell)))).toEqual([`data/observations.csv:2:5 ${code}`]);
  });

  it("a thousands separator is explained with the number to write", () => {
    const issue = validateEdit("observations.csv", setCell(2, 5, "190.000")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/observations.csv:2:5: value: "190.000" không phải là số hợp lệ — viết 190000, không dùng dấu chấm phân cách hàng nghìn / "190.000" is not a valid number — write 190000 without a thousands separator"`,
    );
  });

  it.each<[string, string, Edit, string]>([
    [
      "a decimal in a whole-number column",
      "clubs.csv",
      replaceOnLine(2, "thôn Đông,,,,", "thôn Đông,2018.5,,,"),
      "data/clubs.csv:2:7 integer-decimal",
    ],
    [
      "a boolean the schema does not list",
      "indicators.csv",
      replaceOnLine(2, "population,persons,true,", "population,persons,TRUE,"),
      "data/indicators.csv:2:3 boolean-invalid",
    ],
    [
      "a boolean written as yes",
      "indicators.csv",
      replaceOnLine(2, "population,persons,true,", "population,persons,có,"),
      "data/indicators.csv:2:3 boolean-invalid",
    ],
    ["a date written day first", "areas.csv", setCell(12, 8, "23/12/2008"), "data/areas.csv:12:8 date-format"],
    ["a date that does not exist", "areas.csv", setCell(12, 8, "2008-02-30"), "data/areas.csv:12:8 date-invalid"],
    ["a date shown as Excel's serial number", "areas.csv", setCell(12, 8, "39805"), "data/areas.csv:12:8 date-excel-serial"],
  ])("%s is reported at its cell", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual([expected]);
  });
});

describe("constraints and keys", () => {
  it.each<[string, string, Edit, string[]]>([
    ["a required cell left empty", "observations.csv", setCell(2, 7, ""), ["data/observations.csv:2:7 required"]],
    ["a required cell in a table others refer to", "areas.csv", setCell(4, 5, ""), ["data/areas.csv:4:5 required"]],
    ["a value not in the list (Over)", "observations.csv", setCell(2, 6, "Over"), ["data/observations.csv:2:6 enum"]],
    ["a value not in the list and not close to any", "sources.csv", setCell(8, 6, "D"), ["data/sources.csv:8:6 enum"]],
    ["a negative value", "observations.csv", setCell(2, 5, "-5"), ["data/observations.csv:2:5 minimum"]],
    ["a latitude out of range", "areas.csv", setCell(4, 11, "121.30891"), ["data/areas.csv:4:11 maximum"]],
    ["a longitude out of range", "areas.csv", setCell(4, 12, "21.30891"), ["data/areas.csv:4:12 minimum"]],
    ["a slug with capitals and a space", "areas.csv", setCell(4, 4, "Vinh Yen"), ["data/areas.csv:4:4 pattern"]],
    ["a slug with Vietnamese letters", "areas.csv", setCell(4, 4, "vĩnh-yên"), ["data/areas.csv:4:4 pattern"]],
    ["a period written day first (01/04/2009)", "observations.csv", setCell(6, 3, "01/04/2009"), ["data/observations.csv:6:3 pattern"]],
    [
      "a period with a day that does not exist",
      "observations.csv",
      setCell(2, 3, "2022-02-30"),
      ["data/observations.csv:2:3 period-invalid"],
    ],
    [
      "a period range that runs backwards",
      "observations.csv",
      replaceOnLine(76, "2021/2025", "2025/2021"),
      ["data/observations.csv:76:3 period-invalid"],
    ],
    [
      "a repeated primary key",
      "observations.csv",
      editLine(16, () => lineOf(ORIGINAL_TEXT("observations.csv"), 15)),
      ["data/observations.csv:16:1 primary-key-duplicate"],
    ],
    ["a repeated unique slug", "areas.csv", setCell(5, 4, "vinh-yen"), ["data/areas.csv:5:4 unique-duplicate"]],
    // The renamed row's old id is gone, so the figure citing it is reported too.
    [
      "a repeated single-column primary key",
      "indicators.csv",
      replaceOnLine(3, "population_average,", "population,"),
      ["data/indicators.csv:3:1 unique-duplicate", "data/observations.csv:24:2 foreign-key"],
    ],
    ["a source id that does not exist", "observations.csv", setCell(2, 7, "ldxh-2099"), ["data/observations.csv:2:7 foreign-key"]],
    ["an area code with a leading zero (0243)", "observations.csv", setCell(6, 1, "0243"), ["data/observations.csv:6:1 foreign-key"]],
    ["an indicator id in capitals", "observations.csv", setCell(2, 2, "Elderly_60plus"), ["data/observations.csv:2:2 foreign-key"]],
    ["a group that does not exist", "observations.csv", setCell(56, 4, "age-71"), ["data/observations.csv:56:4 foreign-key"]],
    ["a parent that does not exist", "areas.csv", setCell(4, 3, "27"), ["data/areas.csv:4:3 foreign-key"]],
    ["a club in an unknown district", "clubs.csv", replaceOnLine(2, ",252,", ",250,"), ["data/clubs.csv:2:4 foreign-key"]],
  ])("%s is reported at its cell", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual(expected);
  });

  it("a repeated key is reported on the later line and names the earlier line", () => {
    const issue = validateEdit(
      "observations.csv",
      editLine(16, () => lineOf(ORIGINAL_TEXT("observations.csv"), 15)),
    ).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/observations.csv:16:1: area: dòng này trùng khóa (area=243, indicator=population, period=2019-04-01, group=) với dòng 15 — mỗi số liệu chỉ được có một dòng; xóa dòng trùng hoặc sửa lại / this line repeats the key (area=243, indicator=population, period=2019-04-01, group=) of line 15 — each figure may have one line only; delete the repeat or correct it"`,
    );
  });

  it("a repeated unique value names the earlier line in both languages", () => {
    const issue = validateEdit("areas.csv", setCell(5, 4, "vinh-yen")).issues[0]!;
    expect(issue.vi).toContain("dòng 4");
    expect(issue.en).toContain("line 4");
  });

  it("a leading-zero area code suggests the code without the zero", () => {
    const issue = validateEdit("observations.csv", setCell(6, 1, "0243")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/observations.csv:6:1: area: "0243" không có trong data/areas.csv (cột code) — có phải ý bạn là "243"? / "0243" is not found in data/areas.csv (column code) — did you mean "243"?"`,
    );
  });

  it.each([
    ["Over", "over"],
    ["OVER", "over"],
    ["at least", "at_least"],
    ["At-Least", "at_least"],
  ])("qualifier %j suggests %j", (typed, meant) => {
    const issue = validateEdit("observations.csv", setCell(2, 6, typed)).issues[0]!;
    expect(issue.code).toBe("enum");
    expect(issue.vi).toContain(`có phải ý bạn là "${meant}"?`);
    expect(issue.en).toContain(`did you mean "${meant}"?`);
  });

  it("a source id that does not exist says to add it to sources.csv first", () => {
    const issue = validateEdit("observations.csv", setCell(2, 7, "ldxh-2099")).issues[0]!;
    expect(issue.en).toBe('"ldxh-2099" is not found in data/sources.csv (column id) — add that row to data/sources.csv first');
  });

  it("a source that is removed is reported on every row that cites it", () => {
    const result = validateEdit("sources.csv", (text) =>
      text
        .split("\n")
        .filter((line) => !line.startsWith("worldbank-2024,"))
        .join("\n"),
    );
    expect(locate(result)).toEqual(["data/observations.csv:83:7 foreign-key", "data/observations.csv:84:7 foreign-key"]);
  });
});

describe("cross-table rules", () => {
  it.each<[string, string, Edit, string[]]>([
    [
      "a period after the unit ceased to exist (Vĩnh Yên in 2026)",
      "observations.csv",
      setCell(6, 3, "2026"),
      ["data/observations.csv:6:3 period-outside-area"],
    ],
    [
      "a period starting on the day the unit ceased to exist",
      "observations.csv",
      setCell(6, 3, "2025-07-01"),
      ["data/observations.csv:6:3 period-outside-area"],
    ],
    [
      "a period before the unit was created (Sông Lô in 2005)",
      "observations.csv",
      setCell(14, 3, "2005"),
      ["data/observations.csv:14:3 period-outside-area"],
    ],
    ["a percentage over 100", "observations.csv", setCell(92, 5, "120"), ["data/observations.csv:92:5 percent-over-100"]],
    [
      "a province total that is not the sum of its districts",
      "observations.csv",
      setCell(5, 5, "1151155"),
      ["data/observations.csv:5:5 sum-mismatch"],
    ],
    [
      "a district figure that breaks its province's sum",
      "observations.csv",
      setCell(31, 5, "21"),
      ["data/observations.csv:28:5 sum-mismatch"],
    ],
    [
      "a Vietnamese note without its English note",
      "observations.csv",
      replaceOnLine(5, ",Preliminary result.", ","),
      ["data/observations.csv:5:9 note-unpaired"],
    ],
    [
      "an English note without its Vietnamese note",
      "observations.csv",
      replaceOnLine(5, "Kết quả sơ bộ.", ""),
      ["data/observations.csv:5:8 note-unpaired"],
    ],
    ["a latitude without a longitude", "areas.csv", setCell(4, 12, ""), ["data/areas.csv:4:12 area-coordinates"]],
    ["a longitude without a latitude", "areas.csv", setCell(4, 11, ""), ["data/areas.csv:4:11 area-coordinates"]],
    ["coordinates without the seat", "areas.csv", setCell(4, 10, ""), ["data/areas.csv:4:10 area-coordinates"]],
    ["coordinates without their source", "areas.csv", setCell(4, 13, ""), ["data/areas.csv:4:13 area-coordinates"]],
    ["a country with a parent", "areas.csv", setCell(2, 3, "26"), ["data/areas.csv:2:3 area-parent"]],
    ["a district without a parent", "areas.csv", setCell(12, 3, ""), ["data/areas.csv:12:3 area-parent"]],
    ["a club's district that is a province", "clubs.csv", replaceOnLine(2, ",252,", ",26,"), ["data/clubs.csv:2:4 club-district"]],
    [
      "a club's Vietnamese notes without English notes",
      "clubs.csv",
      editLine(2, (line) => line.slice(0, line.lastIndexOf(',"Visited')) + ","),
      ["data/clubs.csv:2:12 note-unpaired"],
    ],
  ])("%s is reported at its cell", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual(expected);
  });

  it("an end date before the creation date is reported, with the figures it puts outside the unit's life", () => {
    const result = validateEdit("areas.csv", setCell(12, 8, "2025-07-01"));
    expect(locate(result)).toEqual([
      "data/areas.csv:12:9 area-dates",
      "data/observations.csv:14:3 period-outside-area",
      "data/observations.csv:23:3 period-outside-area",
      "data/observations.csv:37:3 period-outside-area",
    ]);
  });

  it("a sum mismatch names the total, the sum and the lines of the parts", () => {
    const issue = validateEdit("observations.csv", setCell(5, 5, "1151155")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/observations.csv:5:5: value: 1151155 khác tổng của các đơn vị trực thuộc (1151154, các dòng 15, 16, 17, 18, 19, 20, 21, 22, 23) — kiểm tra lại từng số theo nguồn / 1151155 differs from the sum of its parts (1151154, lines 15, 16, 17, 18, 19, 20, 21, 22, 23) — check each figure against the source"`,
    );
  });

  it("a period outside the unit's life names the unit and the date", () => {
    const issue = validateEdit("observations.csv", setCell(6, 3, "2026")).issues[0]!;
    expect(issue.vi).toBe("Vĩnh Yên đã chấm dứt từ 2025-07-01, trước thời kỳ 2026 — kiểm tra lại mã đơn vị hoặc thời kỳ");
    expect(issue.en).toBe("Vĩnh Yên ceased to exist on 2025-07-01, before the period 2026 — check the unit code or the period");
  });

  it("a figure that fails its own checks is not also counted in a sum", () => {
    // The district's figure is rejected as a thousands separator; the province sum then has a
    // part without a figure and is not checked, so only one problem is shown.
    expect(locate(validateEdit("observations.csv", setCell(15, 5, "119.128")))).toEqual([
      "data/observations.csv:15:5 number-thousands-separator",
    ]);
  });

  it("a figure qualified as approximate is not added up", () => {
    expect(locate(validateEdit("observations.csv", setCell(5, 6, "about")))).toEqual([]);
  });

  it("a repeated area code does not also report the sums that depend on it", () => {
    const result = validateEdit("areas.csv", setCell(5, 1, "243"));
    expect(result.issues.filter((i) => i.code === "sum-mismatch")).toEqual([]);
    expect(locate(result)).toContain("data/areas.csv:5:1 unique-duplicate");
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
      // Two garbage header cells, each unreadable and unknown; the three real columns are missing.
      [
        "data/groups.csv:1:1 header-encoding-not-utf8",
        "data/groups.csv:1:1 header-extra",
        "data/groups.csv:1:2 header-encoding-not-utf8",
        "data/groups.csv:1:2 header-extra",
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

describe("datapackage.json", () => {
  const descriptor = "datapackage.json";
  it.each<[string, Edit, string[]]>([
    ["a missing comma", replaceOnLine(8, `"version": "${VERSION}",`, '"version": "1.0.0"'), ["data/datapackage.json:9:3 descriptor-json"]],
    [
      "a trailing comma",
      replaceOnLine(9, '"created": "2026-11-28",', '"created": "2026-11-28",,'),
      ["data/datapackage.json:9:27 descriptor-json"],
    ],
    [
      "an unquoted word, which V8 reports without a position",
      replaceOnLine(8, `"version": "${VERSION}",`, '"version": v1,'),
      ["data/datapackage.json:8:14 descriptor-json"],
    ],
    ["a file cut short", (text) => text.slice(0, text.indexOf('"resources"')), ["data/datapackage.json:17:3 descriptor-json"]],
    [
      "a misspelt constraint (requried)",
      (text) => text.replace('"required": true', '"requried": true'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    ["an unsupported field type", (text) => text.replace('"type": "date"', '"type": "datetime"'), ["data/datapackage.json:1:1 descriptor"]],
    ["a version that is not x.y.z", replaceOnLine(8, `"${VERSION}"`, '"1.0"'), ["data/datapackage.json:1:1 descriptor"]],
    [
      "a constraint with a value of the wrong type",
      (text) => text.replace('"minimum": 0', '"minimum": "0"'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    [
      "an enum that is not a list",
      (text) => text.replace('"enum": ["A", "B", "C"]', '"enum": "A, B, C"'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    [
      "missing values that are not a list",
      (text) => text.replace('"missingValues": [""]', '"missingValues": ""'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    [
      "true values that are not a list",
      (text) => text.replace('"trueValues": ["true"]', '"trueValues": "true"'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    [
      "a foreign key to a column the table does not have",
      (text) =>
        text.replace(
          '"reference": { "resource": "sources", "fields": ["id"] } }\n        ],\n        "fields": [\n          {\n            "name": "area"',
          '"reference": { "resource": "sources", "fields": ["code"] } }\n        ],\n        "fields": [\n          {\n            "name": "area"',
        ),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    [
      "a foreign key without its reference",
      (text) => text.replace('{ "fields": ["group"], "reference": { "resource": "groups", "fields": ["id"] } }', '{ "fields": ["group"] }'),
      ["data/datapackage.json:1:1 descriptor", "data/datapackage.json:1:1 descriptor"],
    ],
    [
      "a delimiter of two characters",
      (text) => text.replace('"delimiter": ","', '"delimiter": ",,"'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
  ])("%s is reported", (_name, edit, expected) => {
    expect(locate(validateEdit(descriptor, edit))).toEqual(expected);
  });

  it("a misspelt constraint is named by its path in the descriptor", () => {
    const issue = validateEdit(descriptor, (text) => text.replace('"required": true', '"requried": true')).issues[0]!;
    expect(formatIssue(issue)).toBe(
      "data/datapackage.json:1:1: resources[0].schema.fields[0].constraints.requried: ràng buộc không được hỗ trợ / resources[0].schema.fields[0].constraints.requried: unsupported constraint",
    );
  });

  it("a constraint of the wrong type says which type it needs", () => {
    const issue = validateEdit(descriptor, (text) => text.replace('"minimum": 0', '"minimum": "0"')).issues[0]!;
    expect(issue.en).toMatch(/constraints\.minimum: must be a number$/);
    expect(issue.vi).toMatch(/constraints\.minimum: phải là một số$/);
  });
});

describe("issues", () => {
  it("are sorted by file, line and column, whatever order the checks found them in", () => {
    const result = validateWith({
      "observations.csv": both(setCell(92, 5, "120"), setCell(6, 1, "0243"), setCell(2, 6, "Over"), setCell(2, 5, "190.000")),
      "areas.csv": setCell(4, 4, "Vinh Yen"),
    });
    expect(locate(result)).toEqual([
      "data/areas.csv:4:4 pattern",
      "data/observations.csv:2:5 number-thousands-separator",
      "data/observations.csv:2:6 enum",
      "data/observations.csv:6:1 foreign-key",
      "data/observations.csv:92:5 percent-over-100",
    ]);
    expect([...result.issues].sort(compareIssues)).toEqual(result.issues);
  });

  it("name the field and have both languages", () => {
    for (const issue of validateEdit("observations.csv", setCell(2, 5, "190.000")).issues) {
      expect(issue.field).toBe("value");
      expect(issue.vi).not.toBe(issue.en);
      expect(issue.vi.length).toBeGreaterThan(10);
      expect(issue.en.length).toBeGreaterThan(10);
    }
  });

  it("use the label given for the folder", () => {
    const files = packageWith({ "observations.csv": setCell(2, 5, "190.000") });
    expect(validatePackage({ ...files, label: "" }).issues[0]!.file).toBe("observations.csv");
    expect(validatePackage({ ...files, label: "/tmp/x/data" }).issues[0]!.file).toBe("/tmp/x/data/observations.csv");
  });
});

describe("random damage", () => {
  /** mulberry32: a small seeded PRNG, so every run damages the file the same way. */
  function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  // Bytes that break CSV and UTF-8 in interesting ways, plus any byte at all.
  const NASTY = [0x2c, 0x22, 0x0a, 0x0d, 0x3b, 0x09, 0x00, 0x20, 0xc3, 0xe0, 0xef, 0xbb, 0xbf, 0xff, 0x80, 0x30, 0x2e];
  const original = ORIGINAL.get("observations.csv")!;
  const random = prng(20_260_101);
  const mutants = Array.from({ length: 60 }, (_, k) => {
    const bytes = Uint8Array.from(original);
    const edits = 1 + Math.floor(random() * 6);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * bytes.length);
      bytes[at] = random() < 0.7 ? NASTY[Math.floor(random() * NASTY.length)]! : Math.floor(random() * 256);
    }
    return [k, bytes] as const;
  });

  it.each(mutants)("mutant %i of observations.csv never throws and locates every issue inside the file", (_k, bytes) => {
    const result = validatePackage(packageWith({ "observations.csv": () => bytes }));
    const lines = utf8(bytes).split(/\r\n?|\n/).length;
    for (const issue of result.issues) {
      expect(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lines, formatIssue(issue)).toBe(true);
      expect(Number.isInteger(issue.column) && issue.column >= 1, formatIssue(issue)).toBe(true);
      expect(issue.vi.length * issue.en.length, formatIssue(issue)).toBeGreaterThan(0);
    }
  });

  it("damaged areas.csv files, which every other table refers to, never throw", () => {
    const areas = ORIGINAL.get("areas.csv")!;
    const random = prng(243);
    for (let k = 0; k < 30; k++) {
      const bytes = Uint8Array.from(areas);
      for (let e = 0; e < 1 + Math.floor(random() * 4); e++)
        bytes[Math.floor(random() * bytes.length)] = NASTY[Math.floor(random() * NASTY.length)]!;
      const result = validatePackage(packageWith({ "areas.csv": () => bytes }));
      for (const issue of result.issues) expect(issue.line >= 1 && issue.column >= 1, formatIssue(issue)).toBe(true);
    }
  });

  it("a descriptor with any one property replaced by a value of another type is reported, never throws", () => {
    // Every node of datapackage.json in turn (a fixed sample), replaced by a value of a wrong type.
    const descriptor: unknown = JSON.parse(ORIGINAL_TEXT("datapackage.json"));
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(descriptor, []);
    const WRONG: unknown[] = [null, -1, "x", [], {}, true, [null], { resource: "nope" }];
    const random = prng(26);
    let reported = 0;
    for (let k = 0; k < 150; k++) {
      const copy = structuredClone(descriptor) as Record<string | number, unknown>;
      const path = paths[Math.floor(random() * paths.length)]!;
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      parent[path.at(-1)!] = WRONG[k % WRONG.length];
      const result = validatePackage(packageWith({ "datapackage.json": () => JSON.stringify(copy) }));
      if (result.issues.length > 0) reported++;
    }
    expect(reported).toBeGreaterThan(100);
  });

  it("damaged files are mostly reported as damaged", () => {
    const withIssues = mutants.filter(([, bytes]) => validatePackage(packageWith({ "observations.csv": () => bytes })).issues.length > 0);
    expect(withIssues.length).toBeGreaterThan(mutants.length / 2);
  });
});

describe("numbers that look like thousands", () => {
  it("a latitude of 21.236 is accepted: its column's range rules out 21,236", () => {
    const result = validateEdit("areas.csv", replaceOnLine(4, "21.30891", "21.236"));
    expect(locate(result)).toEqual([]);
  });

  it("190 000 written with a no-break space gets the thousands-separator hint", () => {
    const result = validateEdit("observations.csv", replaceOnLine(2, "190000", "190\u00a0000"));
    expect(locate(result)).toEqual(["data/observations.csv:2:5 number-thousands-separator"]);
  });
});

describe("map geometry joins areas.csv", () => {
  const topo = "geo/districts.topo.json";
  it("the real geometry has exactly one shape for each district, and no other", () => {
    expect(locate(validateWith({})).filter((l) => l.includes("geometry"))).toEqual([]);
  });

  it("a district with no shape is reported on its line in areas.csv", () => {
    const result = validateEdit(topo, (text) => text.replaceAll('"253"', '"999"'));
    expect(locate(result)).toEqual([
      "data/areas.csv:12:1 geometry-join",
      expect.stringMatching(/^data\/geo\/districts\.topo\.json:\d+:1 geometry-join$/),
    ]);
  });

  it("a shape whose code is no district is reported on its line in the TopoJSON", () => {
    const text = ORIGINAL_TEXT(topo);
    const line = text.split("\n").findIndex((l) => l.includes('"id": "253"')) + 1;
    const result = validateEdit(topo, (t) => t.replaceAll('"253"', '"26"'));
    expect(locate(result)).toContain(`data/geo/districts.topo.json:${line}:1 geometry-join`);
  });

  it("a file that is not TopoJSON is reported once, without a crash", () => {
    expect(locate(validateEdit(topo, () => '{"type": "FeatureCollection", "features": []}'))).toEqual([
      "data/geo/districts.topo.json:1:1 geometry-invalid",
    ]);
    expect(locate(validateEdit(topo, () => "{not json"))).toEqual(["data/geo/districts.topo.json:1:1 geometry-invalid"]);
  });
});
