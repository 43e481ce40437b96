import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chartView } from "../../src/lib/charts/chartView.ts";
import { CHART_IDS, chartFor } from "../../src/lib/charts/registry.ts";
import { districtPage } from "../../src/lib/content/districtPage.ts";
import { HEADLINE_INDICATORS } from "../../src/lib/content/headlines.ts";
import { homePage } from "../../src/lib/content/homePage.ts";
import type { SiteData } from "../../src/lib/data/SiteData.ts";
import { formatPeriod } from "../../src/lib/format/formatPeriod.ts";
import { LANGS } from "../../src/lib/i18n/lang.ts";
import { applyEdits, edit, type Edit } from "../support/editorialEdits.ts";
import { FIXTURE_DIR, loadFiles, readPackage, text, withFiles } from "../support/packageFiles.ts";

/*
 * The pull-request check and the build must never disagree. Random *valid-looking* editorial
 * changes are applied to the fixture package; whenever the check accepts the result, every page's
 * content (the same functions the Astro pages call, charts drawn to SVG) must render without a
 * throw, and the home page must lead with the latest figure of each headline indicator.
 * tests/build/checkMatchesBuild.test.ts runs the real `astro build` on a few such packages.
 */

const FILES = readPackage(FIXTURE_DIR);
const apply = (edits: readonly Edit[]) => applyEdits(FILES, edits);

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
    const lines = text(FILES, "observations.csv").split("\n");
    const kept = lines.filter((line) => !line.includes(",elderly_60plus,"));
    expect(kept.length).toBeLessThan(lines.length);
    const { data, issues } = loadFiles(withFiles(FILES, { "observations.csv": kept.join("\n") }));
    expect(issues).toEqual([]);
    const card = homePage(data!, "vi", "/").headlines.find((h) => h.id.startsWith("elderly_60plus-"))!;
    expect(card).toMatchObject({ figure: "Chưa có số liệu", period: null, source: null });
    const chart = chartFor("elderly-allowance", { data: data!, lang: "en" });
    expect(chart.summary).toBe("There is no figure yet for “People aged 60 and over” in Vĩnh Phúc.");
    expect(chart.table.rows).toEqual([]);
  });
});
