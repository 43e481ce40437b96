import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { loadData } from "../../src/lib/data/loadData.ts";
import type { ChartsJson } from "../../src/lib/embed/chartsJson.ts";
import { CHART_ID, embedRedirects, redirectHtml } from "../../src/lib/embed/embedRedirects.ts";
import { figureIds } from "../../src/lib/embed/figureById.ts";
import { RENAMED_IDS } from "../../src/lib/embed/renamedIds.ts";
import { DATA_DIR, FIXTURE_DIR } from "../support/packageFiles.ts";

/*
 * A chart id, once published, keeps its URL: a newsroom's iframe points at embed/<id>/ for as long
 * as the article lives. tests/fixtures/charts.json is the catalogue as it was published (see
 * tests/fixtures/README.md); every id in it must still be drawn, or be renamed in renamedIds.ts
 * to an id that is, which gives the old URL a page that sends readers on.
 */

const published = JSON.parse(readFileSync(new URL("../fixtures/charts.json", import.meta.url), "utf8")) as ChartsJson;
const packages = [
  { name: "the real data", ids: figureIds(loadData(DATA_DIR)) },
  { name: "the fixture data", ids: figureIds(loadData(FIXTURE_DIR)) },
];

/** The published ids that lead nowhere: neither drawn now nor renamed to one that is. */
function lostIds(publishedIds: readonly string[], ids: readonly string[], renamed: Readonly<Record<string, string>>): string[] {
  const redirected = new Set(embedRedirects(renamed, ids).map((r) => r.from));
  return publishedIds.filter((id) => !ids.includes(id) && !redirected.has(id));
}

describe("tests/fixtures/charts.json, the published catalogue", () => {
  it("lists each chart once, with its kind and the embed URLs it was published at", () => {
    const ids = published.charts.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of published.charts) {
      expect(["chart", "map"]).toContain(c.kind);
      expect(c.embed).toEqual({ vi: `${published.site}embed/${c.id}/`, en: `${published.site}en/embed/${c.id}/` });
    }
  });
});

describe.each(packages)("chart ids of $name", ({ ids }) => {
  it("keep every published id, or rename it in renamedIds.ts to an id that is drawn", () => {
    expect(
      lostIds(
        published.charts.map((c) => c.id),
        ids,
        RENAMED_IDS,
      ),
    ).toEqual([]);
  });

  it("are unique and lower-case words joined by '-' (a metric may carry '_')", () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !CHART_ID.test(id))).toEqual([]);
  });

  it("leave no renamed id drawn under its old name, and every rename ends at a drawn id", () => {
    expect(() => embedRedirects(RENAMED_IDS, ids)).not.toThrow();
  });
});

describe("the stable-id check itself", () => {
  const ids = ["club-members", "map-population", "locator"];
  it("reports a published id that is no longer drawn", () => {
    expect(lostIds(["club-members", "club-plan", "locator"], ids, {})).toEqual(["club-plan"]);
  });
  it("accepts it when renamed to a drawn id, and refuses a rename to an id that is not drawn", () => {
    expect(lostIds(["club-plan"], ids, { "club-plan": "club-members" })).toEqual([]);
    expect(() => lostIds(["club-plan"], ids, { "club-plan": "club-goals" })).toThrow(
      /"club-plan" is renamed to "club-goals", which the site does not draw/,
    );
  });
  it.each(["Club-Plan", "club plan", "-club", "club--plan", "club/plan", "câu-lạc-bộ", ""])("refuses %j as a chart id", (id) => {
    expect(CHART_ID.test(id)).toBe(false);
  });
  it.each(["club-members", "map-population", "map-land_area", "locator", "map-population-change"])("accepts %j as a chart id", (id) => {
    expect(CHART_ID.test(id)).toBe(true);
  });
});

describe("embedRedirects(renamed, ids): pages at renamed ids' old embed URLs", () => {
  const ids = ["club-members", "map-population", "locator"];
  const SITE = { origin: "https://news.example.org", base: "/vinhphuc/" };

  it("gives each old id a page in both languages, at the old embed path, pointing at the new id", () => {
    expect(embedRedirects({ "club-membership": "club-members" }, ids)).toEqual([
      { lang: "vi", from: "club-membership", to: "club-members", path: "embed/club-membership" },
      { lang: "en", from: "club-membership", to: "club-members", path: "en/embed/club-membership" },
    ]);
    expect(embedRedirects({}, ids)).toEqual([]);
  });

  it("follows a chain of renames to its end", () => {
    const chain = embedRedirects({ "map-people": "map-pop", "map-pop": "map-population" }, ids);
    expect(new Set(chain.map((r) => `${r.from}→${r.to}`))).toEqual(new Set(["map-people→map-population", "map-pop→map-population"]));
  });

  it.each([
    [{ locator: "map-population" }, /"locator" is renamed but the site still draws a chart with that id/],
    [{ "old-map": "new-map" }, /"old-map" is renamed to "new-map", which the site does not draw/],
    [{ "a-x": "b-x", "b-x": "a-x" }, /go round in a loop/],
    [{ "Old Map": "locator" }, /"Old Map" is not a chart id/],
  ])("refuses %j", (renamed, message) => {
    expect(() => embedRedirects(renamed, ids)).toThrow(message);
  });

  it("writes a valid page that sends the reader on at once, in the page's language, loading nothing", () => {
    const [vi, en] = embedRedirects({ "club-membership": "club-members" }, ids);
    const html = redirectHtml(en!, SITE);
    const { document } = parseHTML(html);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    // The policy comes before any other http-equiv, and allows nothing to load or run.
    const first = document.querySelector("meta[http-equiv]");
    expect(first?.getAttribute("http-equiv")).toBe("content-security-policy");
    expect(first?.getAttribute("content")).toMatch(
      /^default-src 'none'; script-src 'none';.*object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'$/,
    );
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe("0; url=/vinhphuc/en/embed/club-members/");
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      "https://news.example.org/vinhphuc/en/embed/club-members/",
    );
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(document.querySelector("main a")?.getAttribute("href")).toBe("/vinhphuc/en/embed/club-members/");
    expect(document.querySelector("title")?.textContent).toBe("This chart has moved");
    expect(document.querySelectorAll("script, style, img, iframe").length).toBe(0);
    const viDoc = parseHTML(redirectHtml(vi!, SITE)).document;
    expect(viDoc.documentElement.getAttribute("lang")).toBe("vi");
    expect(viDoc.querySelector("h1")?.textContent).toBe("Biểu đồ đã chuyển sang địa chỉ mới");
    expect(viDoc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe("0; url=/vinhphuc/embed/club-members/");
  });
});
