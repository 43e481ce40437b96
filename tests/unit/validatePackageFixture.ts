import { FIXTURE_DIR, NOW, readPackage } from "../support/packageFiles.ts";
import Papa from "papaparse";
import type { Issue } from "../../src/lib/validate/Issue.ts";
import { validatePackage, type PackageFiles, type ValidateOptions, type ValidationResult } from "../../src/lib/validate/validatePackage.ts";

/*
 * Shared by the validator's test files (validatePackage.*.test.ts). Every case validates an
 * in-memory copy of the frozen fixture package tests/fixtures/data/ in which one file (sometimes
 * two) is edited the way an editor's spreadsheet or text editor would break it, and checks exactly
 * which problems are reported, where (FILE:LINE:COLUMN, as the editor's text editor counts) and
 * under which code. The fixture never follows editorial changes to data/, so its line numbers
 * hold; files are labelled `data/…`, as an editor sees them.
 */

export { FIXTURE_DIR, NOW };

export const ORIGINAL = readPackage(FIXTURE_DIR);

/** Turns a file's text into its new content; a string is saved as UTF-8. */
export type Edit = (text: string) => string | Uint8Array;
export type TextEdit = (text: string) => string;
export type Changes = Readonly<Record<string, Edit | null>>;

/** Several text edits, applied in order. */
export const both =
  (...edits: TextEdit[]): TextEdit =>
  (text) =>
    edits.reduce((t, edit) => edit(t), text);

export const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
export const encodeUtf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The fixture with some files replaced (edit) or deleted (null); an edit of a new file gets "". */
export function packageWith(changes: Changes = {}, from: ReadonlyMap<string, Uint8Array> = ORIGINAL, label = "data"): PackageFiles {
  const files = new Map(from);
  for (const [name, edit] of Object.entries(changes)) {
    if (edit === null) {
      files.delete(name);
      continue;
    }
    const before = files.get(name);
    const after = edit(before ? utf8(before) : "");
    files.set(name, typeof after === "string" ? encodeUtf8(after) : after);
  }
  return { label, list: () => [...files.keys()], read: (name) => files.get(name) ?? null };
}

/** validatePackage at NOW, unless the options say otherwise. */
export const validate = (files: PackageFiles, options: ValidateOptions = {}): ValidationResult =>
  validatePackage(files, { now: NOW, ...options });
export const validateWith = (changes: Changes, options: ValidateOptions = {}): ValidationResult => validate(packageWith(changes), options);
export const validateEdit = (file: string, edit: Edit, options: ValidateOptions = {}): ValidationResult =>
  validateWith({ [file]: edit }, options);

/** `FILE:LINE:COLUMN code`: the location an editor is sent to, and the kind of problem. */
export const located = (issue: Issue): string => `${issue.file}:${issue.line}:${issue.column} ${issue.code}`;
export const locate = (result: ValidationResult): string[] => result.issues.map(located);

export function lineOf(text: string, n: number): string {
  const line = text.split("\n")[n - 1];
  if (line === undefined) throw new Error(`the file has no line ${n}`);
  return line;
}

/** Replaces 1-based line `n` (without its line end). */
export const editLine =
  (n: number, change: (line: string) => string): TextEdit =>
  (text) => {
    const lines = text.split("\n");
    lines[n - 1] = change(lineOf(text, n));
    return lines.join("\n");
  };

/** Replaces text on line `n`; fails loudly when the fixture no longer contains it. */
export const replaceOnLine = (n: number, from: string, to: string): TextEdit =>
  editLine(n, (line) => {
    if (!line.includes(from)) throw new Error(`line ${n} does not contain ${JSON.stringify(from)}`);
    return line.replace(from, to);
  });

/** Sets 1-based cell `column` of line `n`, on a line that has no quoted cells. */
export const setCell = (n: number, column: number, value: string): TextEdit =>
  editLine(n, (line) => {
    if (line.includes('"')) throw new Error(`line ${n} has quoted cells: edit it with replaceOnLine`);
    const cells = line.split(",");
    if (column > cells.length) throw new Error(`line ${n} has no cell ${column}`);
    cells[column - 1] = value;
    return cells.join(",");
  });

/** Adds lines after the last line of a file. */
export const appendLines =
  (...lines: string[]): TextEdit =>
  (text) =>
    `${text.replace(/\n$/, "")}\n${lines.join("\n")}\n`;

/** Applies the same change to every line (for header-and-rows edits such as adding a column). */
export const everyLine =
  (change: (line: string, n: number) => string): TextEdit =>
  (text) =>
    text
      .split("\n")
      .map((line, i) => (line === "" ? line : change(line, i + 1)))
      .join("\n");

/*
 * Windows-1258, the code page Excel uses for "CSV" on a Vietnamese Windows: letters with a hat,
 * breve or horn have their own byte, tones are separate combining bytes. Enough of it to encode
 * the Vietnamese in the fixture (anything else becomes "?", as Windows does).
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

export function windows1258(text: string): Uint8Array {
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

export const concatBytes = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Rewrites a CSV through Papaparse, so columns can be cut or added around quoted cells. */
export const editColumns =
  (change: (cells: string[], row: number) => string[]): TextEdit =>
  (text) => {
    const rows = Papa.parse<string[]>(text.replace(/\n$/, ""), { delimiter: ",", newline: "\n" }).data;
    return `${Papa.unparse(rows.map(change), { delimiter: ",", newline: "\n" })}\n`;
  };
export const dropColumn =
  (name: string): TextEdit =>
  (text) => {
    const at = lineOf(text, 1).split(",").indexOf(name);
    if (at < 0) throw new Error(`no column ${name}`);
    return editColumns((cells) => cells.filter((_, i) => i !== at))(text);
  };
export const addColumn = (name: string): TextEdit => editColumns((cells, row) => [...cells, row === 0 ? name : ""]);

/** The file saved as UTF-8, except `cell` (text on line `n`), which is saved as `bytes`. */
export const rawCell =
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
export const windows1258Cell = (n: number, cell: string) => rawCell(n, cell, windows1258(cell));

export const ORIGINAL_TEXT = (name: string): string => utf8(ORIGINAL.get(name)!);
/** The fixture's version, for edits to its line. */
export const VERSION = (JSON.parse(ORIGINAL_TEXT("datapackage.json")) as { version: string }).version;
export const lineCount = (name: string): number => ORIGINAL_TEXT(name).replace(/\n$/, "").split("\n").length;
