import { describe, expect, it } from "vitest";
import { chartFor } from "../../src/lib/charts/registry.ts";
import { renderSvg } from "../../src/lib/charts/renderSvg.ts";
import { districtMaps } from "../../src/lib/maps/districtMap.ts";
import { FIXTURE_DIR, mustLoad, readPackage, text, withFiles } from "../support/packageFiles.ts";

/*
 * Ties rank equally, and every summary on a page names all tied units, in the same order: the
 * map and the chart of one page can no longer disagree about who is "the lowest".
 */

const FILES = readPackage(FIXTURE_DIR);
const data = mustLoad(FILES);

/**
 * Sông Lô made as small as Tam Đảo in 2019 (83,931) and as slow-growing as Yên Lạc as the page
 * shows it (+7.7 %: 77,916 → 83,931 against 145,240 → 156,456, equal only once rounded), with
 * the province totals following so the parts still add up.
 */
const tied = mustLoad(
  withFiles(FILES, {
    "observations.csv": text(FILES, "observations.csv")
      .replace("26,population,2009-04-01,,999786,", "26,population,2009-04-01,,989086,")
      .replace("26,population,2019-04-01,,1151154,", "26,population,2019-04-01,,1136347,")
      .replace("253,population,2009-04-01,,88616,", "253,population,2009-04-01,,77916,")
      .replace("253,population,2019-04-01,,98738,", "253,population,2019-04-01,,83931,"),
  }),
);

describe("the fixture's tie (Vĩnh Yên and Tam Đảo, 9 communes each) on one page", () => {
  it.each([
    ["vi", "Vĩnh Yên và Tam Đảo"],
    ["en", "Vĩnh Yên and Tam Đảo"],
  ] as const)("the communes chart and the communes map both name both units (%s)", (lang, both) => {
    const chart = chartFor("district-communes", { data, lang });
    const map = districtMaps(data, lang).find((c) => c.id === "map-commune-units")!;
    expect(chart.summary).toContain(`${both} ${lang === "vi" ? "ít nhất" : "had the fewest"} (9)`);
    expect(map.summary).toContain(`${both} ${lang === "vi" ? "thấp nhất" : "are lowest"} (9)`);
    // The old text named one of them alone.
    expect(map.summary).not.toMatch(/(?<!và |and )Vĩnh Yên (thấp nhất|lowest)/);
  });
});

describe("ties in the population figures (edited fixture)", () => {
  it("names both least populous districts in the chart, with a plural verb in English", () => {
    expect(chartFor("district-population", { data: tied, lang: "vi" }).summary).toContain("Tam Đảo và Sông Lô ít dân nhất (83.931)");
    expect(chartFor("district-population", { data: tied, lang: "en" }).summary).toContain("Tam Đảo and Sông Lô were the least (83,931)");
  });

  it("compares growth as the page shows it: two '+7,7%' are both the slowest", () => {
    expect(chartFor("district-population", { data: tied, lang: "vi" }).summary).toContain("Yên Lạc và Sông Lô chậm nhất (7,7%)");
    expect(chartFor("district-population", { data: tied, lang: "en" }).summary).toContain("Yên Lạc and Sông Lô grew slowest (7.7%)");
    const change = districtMaps(tied, "vi").find((c) => c.id === "map-population-change")!;
    expect(change.summary).toContain("Yên Lạc và Sông Lô thấp nhất (+7,7%)");
  });

  it("gives the tied districts one shared rank on the population map", () => {
    const map = districtMaps(tied, "vi").find((c) => c.id === "map-population")!;
    expect(map.summary).toContain("Tam Đảo và Sông Lô thấp nhất (83.931)");
    const svg = renderSvg(map, 328);
    expect(svg).toContain('aria-label="Tam Đảo: 83.931 — đồng hạng 8/9"');
    expect(svg).toContain('aria-label="Sông Lô: 83.931 — đồng hạng 8/9"');
    expect(svg).not.toContain("hạng 9/9");
  });
});
