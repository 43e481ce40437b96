import fc from "fast-check";
import Papa from "papaparse";
import { text, withFiles, type PackageFiles } from "./packageFiles.ts";

/*
 * Random editorial changes, as an editor makes them in a spreadsheet: delete a row, add a later
 * period (with the newer report it comes from), change a value or a qualifier, add a club.
 * The property test and the build-agreement test share them.
 */

type Row = Record<string, string>;

const parse = (files: PackageFiles, name: string): Row[] => Papa.parse<Row>(text(files, name), { header: true, skipEmptyLines: true }).data;
const unparse = (rows: readonly Row[], fields: readonly string[]) =>
  `${Papa.unparse({ fields: [...fields], data: rows.map((r) => fields.map((f) => r[f] ?? "")) }, { newline: "\n" })}\n`;
const blank = (fields: readonly string[]): Row => Object.fromEntries(fields.map((f) => [f, ""]));
const COUNTS = new Set(["persons", "clubs", "teams", "units"]);

/** One editorial change, as an editor would make it in a spreadsheet. */
export type Edit =
  | { kind: "delete"; row: number }
  | { kind: "later"; row: number; years: number; factor: number }
  | { kind: "value"; row: number; factor: number }
  | { kind: "qualifier"; row: number; qualifier: string }
  | { kind: "club"; district: number; source: number; n: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), row: fc.nat() }),
  fc.record({
    kind: fc.constant("later" as const),
    row: fc.nat(),
    years: fc.integer({ min: 1, max: 3 }),
    factor: fc.double({ min: 0.8, max: 1.3, noNaN: true }),
  }),
  fc.record({ kind: fc.constant("value" as const), row: fc.nat(), factor: fc.double({ min: 0.5, max: 2, noNaN: true }) }),
  fc.record({
    kind: fc.constant("qualifier" as const),
    row: fc.nat(),
    qualifier: fc.constantFrom("exact", "over", "nearly", "about", "at_least"),
  }),
  fc.record({ kind: fc.constant("club" as const), district: fc.nat(), source: fc.nat(), n: fc.nat(999) }),
);

/** A year or a day moved later by whole years; ranges are left alone (they are plans). */
const later = (period: string, years: number): string | null => {
  const m = /^(\d{4})(-\d\d-\d\d)?$/.exec(period);
  return m ? `${Number(m[1]) + years}${m[2] ?? ""}` : null;
};

/** The package with the edits applied, in order, to observations.csv, sources.csv and clubs.csv. */
export function applyEdits(files: PackageFiles, edits: readonly Edit[]): PackageFiles {
  const obs = parse(files, "observations.csv");
  const clubs = parse(files, "clubs.csv");
  const sources = parse(files, "sources.csv");
  const [obsFields, clubFields, sourceFields] = [obs, clubs, sources].map((rows) => Object.keys(rows[0] ?? {})) as [
    string[],
    string[],
    string[],
  ];
  const districts = parse(files, "areas.csv").filter((a) => a["level"] === "district");
  const units = new Map(parse(files, "indicators.csv").map((i) => [i["id"]!, i["unit"]!]));
  const sourceIds = sources.map((s) => s["id"]!);
  for (const e of edits) {
    if (e.kind === "club") {
      const d = districts[e.district % districts.length];
      if (!d) continue;
      clubs.push({
        ...blank(clubFields),
        id: `club-${e.n}-${clubs.length}`,
        name_vi: `CLB thử ${e.n}`,
        name_en: `Test club ${e.n}`,
        district: d["code"]!,
        source: sourceIds[e.source % sourceIds.length]!,
      });
      continue;
    }
    const i = e.row % Math.max(1, obs.length);
    const row = obs[i];
    if (!row) continue;
    const scaled = (factor: number) => {
      const v = Number(row["value"]) * factor;
      return String(COUNTS.has(units.get(row["indicator"]!) ?? "") ? Math.round(v) : Math.round(v * 100) / 100);
    };
    if (e.kind === "delete") obs.splice(i, 1);
    else if (e.kind === "value") row["value"] = scaled(e.factor);
    else if (e.kind === "qualifier") row["qualifier"] = e.qualifier;
    else {
      const period = later(row["period"]!, e.years);
      if (!period) continue;
      // A newer figure comes with the newer report it was read from, published after its period.
      const id = `report-${sources.length}`;
      sources.push({
        ...blank(sourceFields),
        id,
        publisher: "Sở Y tế",
        title: `Báo cáo ${period}`,
        published: `${period.slice(0, 4)}-12-31`,
        reliability: "B",
      });
      obs.push({ ...row, period, value: scaled(e.factor), source: id });
    }
  }
  return withFiles(files, {
    "observations.csv": unparse(obs, obsFields),
    "clubs.csv": unparse(clubs, clubFields),
    "sources.csv": unparse(sources, sourceFields),
  });
}
