import Papa from "papaparse";
import type { Issue } from "../../src/lib/validate/Issue.ts";
import { text, withFiles, type PackageFiles } from "./packageFiles.ts";

/*
 * Puts text where an editor's pull request can: a cell of a CSV file, a bullet of CHANGELOG.md,
 * a text of datapackage.json, a property of a map file. Each edit changes that one place and
 * leaves every other byte of the package as it was, and says at which line the text landed, so
 * a test can ask whether the check refused it at that FILE:LINE:COLUMN.
 */

interface DescriptorField {
  name: string;
  type: string;
  title?: string;
  titleVi?: string;
  description?: string;
  descriptionVi?: string;
  constraints?: { pattern?: string; enum?: string[] };
}
interface DescriptorResource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  descriptionVi?: string;
  schema?: { fields: DescriptorField[]; primaryKey?: string[]; foreignKeys?: { fields: string[] }[] };
}
export interface DescriptorJson {
  title: string;
  titleVi: string;
  description: string;
  descriptionVi: string;
  resources: DescriptorResource[];
}

export const descriptorOf = (files: PackageFiles): DescriptorJson => JSON.parse(text(files, "datapackage.json")) as DescriptorJson;

/** One column of one CSV table of the package, as the editor sees it. */
export interface CsvColumn {
  readonly path: string;
  readonly resource: string;
  readonly field: string;
  readonly type: string;
  /** 1-based position in the header line. */
  readonly column: number;
  /**
   * `url`: the column becomes a link. `free`: text a page shows as written, with no pattern, list
   * or reference to another table. `constrained`: ids, codes, lists, patterns, references, and
   * every column that is not text: a payload there is refused for not being one of them anyway.
   */
  readonly role: "url" | "free" | "constrained";
  /** Whether the column refers to rows of a table (its own or another), checked once the row is read. */
  readonly reference: boolean;
}

/** Every column of every CSV table the descriptor lists. */
export function csvColumns(files: PackageFiles): CsvColumn[] {
  const out: CsvColumn[] = [];
  for (const resource of descriptorOf(files).resources) {
    if (!resource.schema || !resource.path.endsWith(".csv")) continue;
    const header = Papa.parse<string[]>(text(files, resource.path).split("\n")[0]!).data[0]!;
    const references = new Set((resource.schema.foreignKeys ?? []).flatMap((k) => k.fields));
    for (const field of resource.schema.fields) {
      const constrained =
        field.type !== "string" ||
        field.constraints?.pattern !== undefined ||
        field.constraints?.enum !== undefined ||
        references.has(field.name);
      out.push({
        path: resource.path,
        resource: resource.name,
        field: field.name,
        type: field.type,
        column: header.indexOf(field.name) + 1,
        role: resource.name === "sources" && field.name === "url" ? "url" : constrained ? "constrained" : "free",
        reference: references.has(field.name),
      });
    }
  }
  return out;
}

/** Line breaks as the check counts them (CRLF and a lone CR are one line end each). */
export const lineBreaks = (s: string): number => (s.match(/\r\n?|\n/g) ?? []).length;

/**
 * Replaces cells of one record of a CSV text (records of the fixture are one line each), quoting
 * what needs quoting as a spreadsheet would. Returns the new text and the 1-based line each
 * changed cell starts on (a multi-line cell pushes the next cells down).
 */
export function setCells(csv: string, line: number, values: ReadonlyMap<number, string>): { text: string; lineOf: Map<number, number> } {
  const lines = csv.split("\n");
  const parsed = Papa.parse<string[]>(lines[line - 1]!, { delimiter: ",", newline: "\n" });
  if (parsed.errors.length > 0 || parsed.data.length !== 1) throw new Error(`line ${line} is not one whole record`);
  const cells = [...parsed.data[0]!];
  for (const [column, value] of values) {
    if (column < 1 || column > cells.length) throw new Error(`line ${line} has no column ${column}`);
    cells[column - 1] = value;
  }
  lines[line - 1] = Papa.unparse([cells], { newline: "\n", escapeFormulae: false });
  const lineOf = new Map<number, number>();
  let at = line;
  cells.forEach((cell, i) => {
    if (values.has(i + 1)) lineOf.set(i + 1, at);
    at += lineBreaks(cell);
  });
  return { text: lines.join("\n"), lineOf };
}

/** Renames the header cell at `column` (1-based). */
export const setHeader = (csv: string, column: number, name: string): string => setCells(csv, 1, new Map([[column, name]])).text;

/**
 * Adds a bullet at the top of the newest CHANGELOG.md entry, where an editor notes a change.
 * Returns the text and the bullet's 1-based line.
 */
export function addChangelogBullet(changelog: string, markdown: string): { text: string; line: number } {
  const lines = changelog.split("\n");
  const heading = lines.findIndex((l) => l.startsWith("### "));
  const first = lines.findIndex((l, i) => i > heading && l.startsWith("- "));
  if (heading < 0 || first < 0) throw new Error("CHANGELOG.md has no entry with a bullet");
  lines.splice(first, 0, `- ${markdown}`);
  return { text: lines.join("\n"), line: first + 1 };
}

/** The package with datapackage.json changed by `edit` (written back with two-space indents). */
export function withDescriptor(files: PackageFiles, edit: (d: DescriptorJson) => void): PackageFiles {
  const descriptor = descriptorOf(files);
  edit(descriptor);
  return withFiles(files, { "datapackage.json": `${JSON.stringify(descriptor, null, 2)}\n` });
}

export function fieldOf(d: DescriptorJson, resource: string, field: string): DescriptorField {
  const found = d.resources.find((r) => r.name === resource)?.schema?.fields.find((f) => f.name === field);
  if (!found) throw new Error(`datapackage.json has no field ${resource}.${field}`);
  return found;
}

interface TopoJson {
  objects: Record<string, { geometries: { id?: string; properties?: Record<string, unknown> }[] }>;
  [key: string]: unknown;
}

/** The package with a map file changed by `edit` (written back with one-space indents, as build:geo writes). */
export function withGeometry(files: PackageFiles, path: string, edit: (topology: TopoJson) => void): PackageFiles {
  const topology = JSON.parse(text(files, path)) as TopoJson;
  edit(topology);
  return withFiles(files, { [path]: `${JSON.stringify(topology, null, 1)}\n` });
}

/**
 * Characters that must never reach an editor's terminal or the CI log raw from a message: line
 * breaks would start a new (forged) line, other controls and bidi marks rewrite what is shown.
 */
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** Each issue whose file, field or message holds a raw control or bidi character, described. */
export function unprintable(issues: readonly Issue[]): string[] {
  return issues
    .filter((i) => [i.file, i.field ?? "", i.vi, i.en].some((s) => UNPRINTABLE.test(s)))
    .map((i) => `${JSON.stringify(`${i.file}:${i.line}:${i.column}`)} ${i.code}: ${JSON.stringify(i.en).slice(0, 160)}`);
}
