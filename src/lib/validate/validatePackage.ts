import { calendarDay } from "../dates.ts";
import { readDescriptor, type PackageDescriptor } from "./Descriptor.ts";
import { checkCrossTableRules } from "./crossTableRules.ts";
import { checkForeignKeys, checkUnique } from "./checkKeys.ts";
import { checkVersion, type BasePackage } from "./checkVersion.ts";
import { compareIssues, issueAt, message, type Issue } from "./Issue.ts";
import { checkMarkdown } from "./checkMarkdown.ts";
import { checkGeometryShapes } from "./geometryRules.ts";
import { checkGeometryJoin, readGeometry, type Geometry } from "./checkGeometry.ts";
import { directoryFiles } from "./directoryFiles.ts";
import type { PackageFiles } from "./PackageFiles.ts";
import { refusedFileIssue } from "./refusedFiles.ts";
import { checkDescriptorSafety, checkHiddenCharacters } from "./safetyRules.ts";
import { readTable, type Table } from "./readTable.ts";

export type { PackageFiles } from "./PackageFiles.ts";
export { directoryFiles } from "./directoryFiles.ts";
export type { BasePackage } from "./checkVersion.ts";

export interface ValidateOptions {
  /**
   * When the check runs: dates after that day (in Viet Nam) are in the future. Defaults to the
   * real now; tests pass a fixed moment so they give the same result on any day.
   */
  readonly now?: Date | undefined;
  /**
   * The package as it was at the base of a change (a pull request's target branch). When given
   * and the data differ from it, the version must be the next one and the changelog must have a
   * new entry.
   */
  readonly base?: BasePackage | undefined;
}

export interface ValidationResult {
  readonly descriptor: PackageDescriptor | null;
  readonly tables: ReadonlyMap<string, Table>;
  /** Map geometries that parsed, by resource name. */
  readonly geometries: ReadonlyMap<string, Geometry>;
  /** Every problem found, sorted by file, line and column. Empty means the package may be published. */
  readonly issues: readonly Issue[];
}

/** Offset of a JSON syntax error, read from V8's message; null when the message gives no clue. */
function jsonErrorOffset(text: string, error: unknown): number | null {
  const said = String(error);
  const position = /position (\d+)/.exec(said);
  if (position) return Number(position[1]);
  if (said.includes("Unexpected end of JSON input")) return text.trimEnd().length;
  // For an unexpected token V8 gives no position but quotes up to 10 characters either side of
  // it, with "..." where it cut the text: find that excerpt in the file.
  const context = /Unexpected token '[\s\S]', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON/u.exec(said);
  if (!context) return null;
  const [, cutBefore, excerpt = "", cutAfter] = context;
  const start = text.indexOf(excerpt);
  if (start < 0) return null;
  if (cutBefore) return start + 10;
  if (cutAfter) return excerpt.length - 10;
  return null;
}

function jsonErrorLine(text: string, error: unknown): { line: number; column: number } {
  const offset = jsonErrorOffset(text, error);
  if (offset === null) return { line: 1, column: 1 };
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

export function validatePackage(files: PackageFiles, options: ValidateOptions = {}): ValidationResult {
  const today = calendarDay(options.now ?? new Date());
  const issues: Issue[] = [];
  const tables = new Map<string, Table>();
  const geometries = new Map<string, Geometry>();
  const path = (name: string) => (files.label ? `${files.label}/${name}` : name);
  const descriptorFile = path("datapackage.json");
  // Links, devices and oversized files are named and never read; being refused, they are not
  // reported missing as well.
  const refused = new Set<string>();
  for (const entry of files.refused?.() ?? []) {
    refused.add(entry.name);
    issues.push(refusedFileIssue(path(entry.name), entry));
  }
  const bytes = files.read("datapackage.json");
  const done = (descriptor: PackageDescriptor | null): ValidationResult => ({
    descriptor,
    tables,
    geometries,
    issues: issues.sort(compareIssues),
  });
  if (!bytes) {
    if (refused.has("datapackage.json") || refused.has("")) return done(null);
    issues.push(
      issueAt(descriptorFile, 1, 1, null, message("descriptor-missing", "không tìm thấy datapackage.json", "datapackage.json not found")),
    );
    return done(null);
  }
  const text = new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonErrorLine(text, error);
    issues.push(
      issueAt(
        descriptorFile,
        line,
        column,
        null,
        message("descriptor-json", "datapackage.json không phải JSON hợp lệ", "datapackage.json is not valid JSON", {
          vi: "kiểm tra dấu phẩy và ngoặc quanh vị trí này",
          en: "check the commas and brackets around this point",
        }),
      ),
    );
    return done(null);
  }
  const read = readDescriptor(json);
  if (!read.ok) {
    for (const problem of read.problems) issues.push(issueAt(descriptorFile, 1, 1, null, problem));
    return done(null);
  }
  const descriptor = read.descriptor;
  checkDescriptorSafety(descriptor, descriptorFile, text, issues);
  // The changelog is published as Markdown on /data/: raw HTML and unsafe links are named here.
  const changelog = files.read("CHANGELOG.md");
  if (changelog) {
    checkMarkdown(path("CHANGELOG.md"), changelog, issues);
    checkHiddenCharacters(path("CHANGELOG.md"), new TextDecoder().decode(changelog), issues);
  }
  checkHiddenCharacters(descriptorFile, text, issues);
  checkVersion({ files, path, descriptorText: text, version: descriptor.version, today, base: options.base }, issues);
  const described = new Set(descriptor.resources.map((r) => r.path));
  for (const name of files.list()) {
    if (name.toLowerCase().endsWith(".csv") && !described.has(name)) {
      issues.push(
        issueAt(
          path(name),
          1,
          1,
          null,
          message(
            "file-undescribed",
            "tệp CSV này chưa được mô tả trong datapackage.json",
            "this CSV file is not described in datapackage.json",
            { vi: "thêm mô tả bảng vào datapackage.json, hoặc xóa tệp", en: "describe the table in datapackage.json, or remove the file" },
          ),
        ),
      );
    }
  }
  for (const resource of descriptor.resources) {
    const file = path(resource.path);
    const data = files.read(resource.path);
    if (!data) {
      if (refused.has(resource.path)) continue;
      issues.push(
        issueAt(
          file,
          1,
          1,
          null,
          message("file-missing", "không tìm thấy tệp này", "this file is missing", {
            vi: "tệp được nêu trong datapackage.json",
            en: "datapackage.json lists it",
          }),
        ),
      );
      continue;
    }
    tables.set(resource.name, readTable(file, data, resource, issues));
  }
  for (const resource of descriptor.geometries) {
    const data = files.read(resource.path);
    if (!data) {
      if (refused.has(resource.path)) continue;
      issues.push(
        issueAt(
          path(resource.path),
          1,
          1,
          null,
          message("file-missing", "không tìm thấy tệp này", "this file is missing", {
            vi: "tệp được nêu trong datapackage.json",
            en: "datapackage.json lists it",
          }),
        ),
      );
      continue;
    }
    const geometry = readGeometry(path(resource.path), data, resource, issues);
    if (geometry) geometries.set(resource.name, geometry);
  }
  for (const geometry of geometries.values()) {
    checkGeometryJoin(geometry, tables.get("areas"), issues);
    checkGeometryShapes(geometry, tables.get("areas"), tables.get("observations"), issues);
  }
  for (const table of tables.values()) checkUnique(table, issues);
  for (const table of tables.values()) checkForeignKeys(table, tables, issues);
  checkCrossTableRules(tables, issues, today);
  return done(descriptor);
}

/** Validates a data package folder on disk, labelling files relative to the working directory. */
export function validateDirectory(dir: string, label?: string, options: ValidateOptions = {}): ValidationResult {
  return validatePackage(directoryFiles(dir, label), options);
}
