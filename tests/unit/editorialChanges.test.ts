import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { chartView } from "../../src/lib/charts/chartView.ts";
import { CHART_IDS, chartFor } from "../../src/lib/charts/registry.ts";
import { districtPage } from "../../src/lib/content/districtPage.ts";
import { HEADLINE_INDICATORS } from "../../src/lib/content/headlines.ts";
import { homePage } from "../../src/lib/content/homePage.ts";
import type { SiteData } from "../../src/lib/data/SiteData.ts";
import { formatPeriod } from "../../src/lib/format/formatPeriod.ts";
import { LANGS } from "../../src/lib/i18n/lang.ts";
import { FIXTURE_DIR, loadFiles, readPackage, text, withFiles, type PackageFiles } from "../support/packageFiles.ts";

/*
 * The pull-request check and the build must never disagree. Random *valid-looking* editorial
 * changes are applied to the fixture package; whenever the check accepts the result, every page's
 * content (the same functions the Astro pages call, charts drawn to SVG) must render without a
 * throw, and the home page must lead with the latest figure of each headline indicator.
 * tests/build/checkMatchesBuild.test.ts runs the real `astro build` on a few such packages.
 */

type Row = Record<string, string>;
const FILES = readPackage(FIXTURE_DIR);
const parse = (name: string): Row[] => Papa.parse<Row>(text(FILES, name), { header: true, skipEmptyLines: true }).data;
const unparse = (rows: readonly Row[], fields: readonly string[]) =>
  `${Papa.unparse({ fields: [...fields], data: rows.map((r) => fields.map((f) => r[f] ?? "")) }, { newline: "\n" })}\n`;
const OBS = parse("observations.csv");
const OBS_FIELDS = Object.keys(OBS[0]!);
const CLUBS = parse("clubs.csv");
const CLUB_FIELDS = Object.keys(CLUBS[0]!);
const DISTRICTS = parse("areas.csv").filter((a) => a["level"] === "district");
const SOURCE_ROWS = parse("sources.csv");
const SOURCE_FIELDS = Object.keys(SOURCE_ROWS[0]!);
const SOURCES = SOURCE_ROWS.map((s) => s["id"]!);
const UNITS = new Map(parse("indicators.csv").map((i) => [i["id"]!, i["unit"]!]));
const COUNTS = new Set(["persons", "clubs", "teams", "units"]);

/** One editorial change, as an editor would make it in a spreadsheet. */
type Edit =
  | { kind: "delete"; row: number }
  | { kind: "later"; row: number; years: number; factor: number }
  | { kind: "value"; row: number; factor: number }
  | { kind: "qualifier"; row: number; qualifier: string }
  | { kind: "club"; district: number; source: number; n: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
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

function apply(edits: readonly Edit[]): PackageFiles {
  const obs = OBS.map((r) => ({ ...r }));
  const clubs = CLUBS.map((r) => ({ ...r }));
  const sources = SOURCE_ROWS.map((r) => ({ ...r }));
  for (const e of edits) {
    const i = obs.length ? (e.kind === "club" ? 0 : e.row % obs.length) : 0;
    const row = obs[i];
    if (!row) continue;
    const scaled = (factor: number) => {
      const v = Number(row["value"]) * factor;
      return String(COUNTS.has(UNITS.get(row["indicator"]!) ?? "") ? Math.round(v) : Math.round(v * 100) / 100);
    };
    if (e.kind === "delete") obs.splice(i, 1);
    else if (e.kind === "later") {
      const period = later(row["period"]!, e.years);
      // A newer figure comes with the newer report it was read from, published after its period.
      if (period) {
        const id = `report-${sources.length}`;
        sources.push({
          ...Object.fromEntries(SOURCE_FIELDS.map((f) => [f, ""])),
          id,
          publisher: "Sở Y tế",
          title: `Báo cáo ${period}`,
          published: `${period.slice(0, 4)}-12-31`,
          reliability: "B",
        });
        obs.push({ ...row, period, value: scaled(e.factor), source: id });
      }
    } else if (e.kind === "value") row["value"] = scaled(e.factor);
    else if (e.kind === "qualifier") row["qualifier"] = e.qualifier;
    else {
      const d = DISTRICTS[e.district % DISTRICTS.length]!;
      clubs.push({
        ...Object.fromEntries(CLUB_FIELDS.map((f) => [f, ""])),
        id: `club-${e.n}-${clubs.length}`,
        name_vi: `CLB thử ${e.n}`,
        name_en: `Test club ${e.n}`,
        district: d["code"]!,
        source: SOURCES[e.source % SOURCES.length]!,
      });
    }
  }
  return withFiles(FILES, {
    "observations.csv": unparse(obs, OBS_FIELDS),
    "clubs.csv": unparse(clubs, CLUB_FIELDS),
    "sources.csv": unparse(sources, SOURCE_FIELDS),
  });
}

/** Everything the pages of a build compute from the data, in both languages. */
function renderEverything(data: SiteData): void {
  for (const lang of LANGS) {
    homePage(data, lang, "/");
    for (const a of data.districts) districtPage(data, lang, "/", a.slug);
    for (const id of CHART_IDS) chartView(chartFor(id, { data, lang }));
  }
}

describe("editorial changes the check accepts", () => {
  it("the unedited fixture is valid and renders", () => {
    const { data, issues } = loadFiles(apply([]));
    expect(issues).toEqual([]);
    renderEverything(data!);
  });

  it("always render every page, and the home page leads with the latest figures", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const { data } = loadFiles(apply(edits));
        if (!data) return; // the check refused it: nothing is published, nothing to compare
        accepted++;
        renderEverything(data);
        for (const lang of LANGS) {
          const home = homePage(data, lang, "/");
          for (const indicator of HEADLINE_INDICATORS) {
            const latest = data.latest({ indicator, area: data.province.code });
            const card = home.headlines.find((h) => h.id.startsWith(`${indicator}-`));
            expect(card?.period ?? null).toBe(latest ? formatPeriod(latest.period, lang) : null);
          }
        }
      }),
      { numRuns: 50, seed: 20261130 },
    );
    console.log(`editorial property: ${accepted} of 50 edited packages passed the check and rendered`);
    // Most random edits are valid; a run where the check refused everything would prove nothing.
    expect(accepted).toBeGreaterThan(20);
  }, 120_000);

  it("deleting every row of a headline indicator shows 'no data', not a crash", () => {
    const obs = OBS.filter((r) => r["indicator"] !== "elderly_60plus");
    const { data, issues } = loadFiles(withFiles(FILES, { "observations.csv": unparse(obs, OBS_FIELDS) }));
    expect(issues).toEqual([]);
    const card = homePage(data!, "vi", "/").headlines.find((h) => h.id.startsWith("elderly_60plus-"))!;
    expect(card).toMatchObject({ figure: "Chưa có số liệu", period: null, source: null });
    const chart = chartFor("elderly-allowance", { data: data!, lang: "en" });
    expect(chart.summary).toBe("There is no figure yet for “People aged 60 and over” in Vĩnh Phúc.");
    expect(chart.table.rows).toEqual([]);
  });
});
