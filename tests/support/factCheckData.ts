import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { parse as parseYaml } from "yaml";

/*
 * The data package as the fact-check knows it, read straight from the files (papaparse and
 * JSON.parse), never through the site's loader: the rows, every text an editor wrote (a number
 * quoted inside one is data too: CSV cells, the changelog, the stories in data/stories/), every
 * date, and each file's size and row count as the data page lists them.
 */

export type Lang = "vi" | "en";

export type Record_ = Readonly<Record<string, string>>;

/** One row of a CSV, with how the test names it in its output. */
export interface Row {
  readonly file: string;
  /** Line in the file (header = 1), as an editor's text editor shows it for one-line rows. */
  readonly line: number;
  readonly cells: Record_;
}

export interface Observation extends Row {
  readonly area: string;
  readonly indicator: string;
  readonly period: string;
  readonly group: string;
  readonly value: number;
  readonly raw: string;
  readonly qualifier: string;
}

/** A text an editor wrote in data/: a CSV cell, a string in datapackage.json, the changelog, a story. */
export interface DataText {
  readonly origin: string;
  readonly text: string;
}

export interface PackageFile {
  readonly path: string;
  readonly bytes: number;
  /** Rows of a CSV (header excluded); null for other files. */
  readonly rows: number | null;
}

export interface Facts {
  readonly dir: string;
  readonly tables: ReadonlyMap<string, readonly Row[]>;
  readonly observations: readonly Observation[];
  readonly indicators: ReadonlyMap<string, Row>;
  readonly areas: readonly Row[];
  readonly province: Row;
  readonly districts: readonly Row[];
  readonly version: string;
  readonly changelogVersions: ReadonlySet<string>;
  /** Every text written in data/, for the rule that a number quoted from one is data. */
  readonly texts: readonly DataText[];
  /** Every date and period bound in data/, as written there (2019-04-01, 2020-11, 2022), with where. */
  readonly dates: ReadonlyMap<string, string>;
  /** Numbers in the descriptor's constraints (minimum, maximum…), shown in the data dictionary. */
  readonly constraints: ReadonlyMap<number, string>;
  /** The licences datapackage.json names ("CC-BY-4.0"). */
  readonly licences: readonly string[];
  /** The descriptor's example values ("shaped like 243"), shown in the data dictionary. */
  readonly examples: ReadonlyMap<string, string>;
  readonly files: readonly PackageFile[];
}

function readCsv(dir: string, file: string): Row[] {
  const text = readFileSync(join(dir, file), "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.data.map((cells, i) => ({ file, line: i + 2, cells }));
}

/** "observations.csv:23 (26 population 2019-04-01 = 1151154)": how the output names a row. */
export function rowRef(row: Row): string {
  if ("indicator" in row) {
    const o = row as Observation;
    return `${o.file}:${o.line} (${o.area} ${o.indicator}${o.group ? ` [${o.group}]` : ""} ${o.period} = ${o.raw}${o.qualifier !== "exact" ? ` ${o.qualifier}` : ""})`;
  }
  const key = row.cells["id"] ?? row.cells["code"] ?? Object.values(row.cells)[0] ?? "";
  return `${row.file}:${row.line} (${key})`;
}

/** Strings and numbers anywhere in a JSON value, with their JSON path. */
function jsonLeaves(value: unknown, path: string, out: { path: string; value: string | number }[]): void {
  if (typeof value === "string" || typeof value === "number") out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => jsonLeaves(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) jsonLeaves(v, path ? `${path}.${k}` : k, out);
}

const NUMERIC_CONSTRAINTS = new Set(["minimum", "maximum", "minLength", "maxLength", "exclusiveMinimum", "exclusiveMaximum"]);

/** Reads the package in `dir` (data/, or the DATA_DIR a site was built from). */
export function readFacts(dir: string): Facts {
  const descriptor = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as {
    version: string;
    licenses?: { name?: string }[];
    resources: { name: string; path: string; format?: string }[];
    geometries?: { name: string; path: string }[];
  };
  const csvPaths = descriptor.resources.filter((r) => r.path.endsWith(".csv")).map((r) => r.path);
  const tables = new Map(csvPaths.map((path) => [path, readCsv(dir, path)]));
  const table = (path: string) => tables.get(path) ?? [];

  const observations: Observation[] = table("observations.csv").map((row) => ({
    ...row,
    area: row.cells["area"] ?? "",
    indicator: row.cells["indicator"] ?? "",
    period: row.cells["period"] ?? "",
    group: row.cells["group"] ?? "",
    raw: row.cells["value"] ?? "",
    value: Number(row.cells["value"]),
    qualifier: row.cells["qualifier"] || "exact",
  }));
  const areas = table("areas.csv");
  const provinces = areas.filter((a) => a.cells["level"] === "province");
  if (provinces.length !== 1) throw new Error(`areas.csv: ${provinces.length} provinces; the site is about exactly one`);
  const province = provinces[0]!;
  const districts = areas.filter((a) => a.cells["level"] === "district" && a.cells["parent"] === province.cells["code"]);

  const texts: DataText[] = [];
  const dates = new Map<string, string>();
  const addDate = (text: string, origin: string) => {
    for (const part of text.split("/")) {
      if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(part) && !dates.has(part)) dates.set(part, origin);
    }
  };
  for (const [path, rows] of tables) {
    for (const row of rows) {
      for (const [column, value] of Object.entries(row.cells)) {
        if (!value) continue;
        texts.push({ origin: `${path}:${row.line} ${column}`, text: value });
        if (/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/.test(value)) addDate(value, `${path}:${row.line} ${column}`);
      }
    }
  }
  const leaves: { path: string; value: string | number }[] = [];
  jsonLeaves(descriptor, "", leaves);
  const constraints = new Map<number, string>();
  const examples = new Map<string, string>();
  for (const leaf of leaves) {
    if (typeof leaf.value === "string") {
      texts.push({ origin: `datapackage.json ${leaf.path}`, text: leaf.value });
      if (leaf.path.endsWith(".example")) examples.set(leaf.value, `datapackage.json ${leaf.path}`);
      if (/^\d{4}-\d{2}-\d{2}$/.test(leaf.value)) addDate(leaf.value, `datapackage.json ${leaf.path}`);
    } else if (NUMERIC_CONSTRAINTS.has(leaf.path.split(".").at(-1) ?? "")) {
      constraints.set(leaf.value, `datapackage.json ${leaf.path}`);
    }
  }

  const changelogVersions = new Set<string>();
  let changelog = "";
  try {
    changelog = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
  } catch {
    // A package without a changelog has no changelog text to quote.
  }
  // The page renders the changelog without its HTML comments and Markdown marks.
  const changelogText = changelog.replace(/<!--[\s\S]*?-->/g, "").replace(/[`*_#>]|\]\([^)]*\)|\[/g, "");
  changelogText.split(/\n\s*\n|\n(?=\s*- )/).forEach((paragraph, i) => {
    if (paragraph.trim()) texts.push({ origin: `CHANGELOG.md paragraph ${i + 1}`, text: paragraph.replace(/^\s*-\s*/, "") });
  });
  for (const m of changelog.matchAll(/^#+\s*(\d+\.\d+\.\d+)\s*(?:—|-|–)?\s*(\d{4}-\d{2}-\d{2})?/gm)) {
    changelogVersions.add(m[1]!);
    if (m[2]) addDate(m[2], "CHANGELOG.md heading");
  }

  for (const story of readStoryTexts(dir)) {
    texts.push(...story.texts);
    for (const [date, origin] of story.dates) addDate(date, origin);
  }

  const files: PackageFile[] = [...descriptor.resources, ...(descriptor.geometries ?? [])]
    .map((r) => r.path)
    .concat("datapackage.json")
    .map((path) => ({ path, bytes: statSync(join(dir, path)).size, rows: tables.get(path)?.length ?? null }));

  return {
    dir,
    tables,
    observations,
    indicators: new Map(table("indicators.csv").map((r) => [r.cells["id"] ?? "", r])),
    areas,
    province,
    districts,
    version: descriptor.version,
    changelogVersions,
    texts,
    dates,
    constraints,
    licences: (descriptor.licenses ?? []).flatMap((l) => (l.name ? [l.name] : [])),
    examples,
    files,
  };
}

// ---------------------------------------------------------------------------------------------
// stories

/** A `:figure{…}` directive: the page shows a row of observations.csv there, checked on its own. */
const FIGURE_DIRECTIVE = /:figure\{[^}\n]*\}/g;

/**
 * The texts of the stories in `dir`/stories/<lang>/*.md as their pages show them: title, summary
 * and the body's paragraphs, list items and headings without Markdown marks. A figure directive
 * ends a text (the page shows a checked figure there, so no quote runs across it), and a chart
 * line is dropped; the frontmatter's dates are dates of data/.
 */
function readStoryTexts(dir: string): { texts: DataText[]; dates: [string, string][] }[] {
  const stories: { texts: DataText[]; dates: [string, string][] }[] = [];
  for (const lang of ["vi", "en"] as const) {
    let names: string[];
    try {
      names = readdirSync(join(dir, "stories", lang)).filter((n) => n.endsWith(".md"));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    for (const name of names.sort()) {
      const file = `stories/${lang}/${name}`;
      const source = readFileSync(join(dir, file), "utf8")
        .replace(/^\uFEFF/, "")
        .replace(/\r\n?/g, "\n");
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
      if (!m) throw new Error(`${file}: no frontmatter`);
      const front = (parseYaml(m[1]!) ?? {}) as Record<string, unknown>;
      const texts: DataText[] = [];
      const dates: [string, string][] = [];
      for (const field of ["title", "summary"]) {
        if (typeof front[field] === "string") texts.push({ origin: `${file} ${field}`, text: front[field] });
      }
      for (const field of ["published", "updated"]) {
        const value = front[field] instanceof Date ? (front[field] as Date).toISOString().slice(0, 10) : front[field];
        if (typeof value === "string") dates.push([value, `${file} ${field}`]);
      }
      const body = m[2]!.replace(/^\s*::chart\{[^}\n]*\}\s*$/gm, "");
      body.split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)|\n(?=#)/).forEach((block, i) => {
        const plain = block.replace(/[`*_#>]|\]\([^)]*\)|\[/g, "").replace(/^\s*(?:[-+]|\d+\.)\s+/, "");
        for (const part of plain.split(FIGURE_DIRECTIVE)) {
          if (part.trim()) texts.push({ origin: `${file} block ${i + 1}`, text: part });
        }
      });
      stories.push({ texts, dates });
    }
  }
  return stories;
}

// ---------------------------------------------------------------------------------------------
// numbers as each language writes them

const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };
const formats = new Map<string, Intl.NumberFormat>();

/** `value` with between `min` and `max` decimals, grouped as the language groups: 1.151.154 / 1,151,154. */
export function formatNumber(value: number, lang: Lang, min = 0, max = min): string {
  const key = `${lang}:${min}:${max}`;
  let format = formats.get(key);
  if (!format)
    formats.set(key, (format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: min, maximumFractionDigits: max })));
  return format.format(value);
}

/** A CSV value written the way the page must show it: every decimal the data has, none added. */
export function formatRaw(raw: string, lang: Lang): string {
  const decimals = (String(Number(raw)).split(".")[1] ?? "").length;
  return formatNumber(Number(raw), lang, decimals, decimals);
}

/** The number a page shows, read back: "1.151.154" (vi) → 1151154; "+26,3" → 26.3; null if it is not one. */
export function parseNumber(text: string, lang: Lang): number | null {
  const t = text.trim().replace(/^[+]/, "").replace(/^[−–]/, "-");
  const grouped = lang === "vi" ? /^-?\d{1,3}(\.\d{3})*(,\d+)?$/ : /^-?\d{1,3}(,\d{3})*(\.\d+)?$/;
  const plain = lang === "vi" ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
  if (!grouped.test(t) && !plain.test(t)) return null;
  return Number(lang === "vi" ? t.replaceAll(".", "").replace(",", ".") : t.replaceAll(",", ""));
}

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const MONTH_NAMES_EN: readonly string[] = MONTHS_EN;

/** A period of observations.csv as a page writes it: 2022; 1/4/2019 or 1 April 2019; 2021–2025. */
export function formatPeriodText(period: string, lang: Lang): string {
  return period
    .split("/")
    .map((part) => formatDate(part, lang))
    .join("–");
}

/** An ISO day or month as the language writes it: 1/4/2019, 1 April 2019; 11/2020, November 2020. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return String(y);
  if (d === undefined) return lang === "vi" ? `${m}/${y}` : `${MONTHS_EN[m - 1]} ${y}`;
  return lang === "vi" ? `${d}/${m}/${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}
