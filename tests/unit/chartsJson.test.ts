import { describe, expect, it } from "vitest";
import { buildDate } from "../../src/lib/buildDate.ts";
import { loadData } from "../../src/lib/data/loadData.ts";
import { catalogue } from "../../src/lib/embed/catalogue.ts";
import { CHARTS_JSON_VERSION, chartsJson } from "../../src/lib/embed/chartsJson.ts";
import { figureIds } from "../../src/lib/embed/figureById.ts";
import { checkStories } from "../../src/lib/stories/checkStories.ts";
import { directoryFiles } from "../../src/lib/validate/directoryFiles.ts";
import { FIXTURE_DIR } from "../support/packageFiles.ts";

const data = loadData(FIXTURE_DIR);
// The fixture's stories, checked on a fixed day so the test does not depend on the clock.
const stories = checkStories(directoryFiles(FIXTURE_DIR), data, "2026-11-30").stories;
const entries = catalogue(data, stories);
const SITE = { origin: "https://news.example.org", base: "/vinhphuc/" };
const json = chartsJson(data, entries, SITE, "2026-11-30");
const ROOT = "https://news.example.org/vinhphuc/";

/** Every string value in a JSON value that looks like a URL. */
function urls(value: unknown): string[] {
  if (typeof value === "string") return /^[a-z]+:/i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urls);
  if (value && typeof value === "object") return Object.values(value).flatMap(urls);
  return [];
}

describe("chartsJson(data, catalogue, site, generated) on the fixture", () => {
  it("lists every chart and map of the catalogue once, in the catalogue's order, with its kind and titles", () => {
    expect(json.charts.map((c) => c.id)).toEqual(figureIds(data));
    expect(json.charts.map((c) => [c.id, c.kind, c.title])).toEqual(entries.map((e) => [e.id, e.kind, e.title]));
    expect(json.charts.filter((c) => c.kind === "map").map((c) => c.id)).toContain("locator");
  });

  it("says its format version, the site, the day it was generated and the data version", () => {
    expect(json.version).toBe(CHARTS_JSON_VERSION);
    expect(json.site).toBe(ROOT);
    expect(json.generated).toBe("2026-11-30");
    expect(json.dataVersion).toBe("2.0.0");
    expect(new Set(json.charts.map((c) => c.dataVersion))).toEqual(new Set(["2.0.0"]));
  });

  it("writes only absolute URLs on the site's origin and under its base", () => {
    const all = urls(json.charts.map(({ licences: _licences, ...c }) => c));
    expect(all.length).toBeGreaterThan(json.charts.length * 10);
    expect(all.filter((u) => !u.startsWith(ROOT))).toEqual([]);
  });

  it("places the club-members chart on the home page and on the fixture story that cites it, at #chart-club-members", () => {
    const c = json.charts.find((e) => e.id === "club-members")!;
    expect(c.pages.vi).toEqual([`${ROOT}#chart-club-members`, `${ROOT}stories/du-an-vie070-o-vinh-phuc/#chart-club-members`]);
    expect(c.pages.en).toEqual([`${ROOT}en/#chart-club-members`, `${ROOT}en/stories/project-vie070-in-vinh-phuc/#chart-club-members`]);
  });

  it("gives each chart its embed page, oEmbed file, downloads and social card per language, by the URL scheme", () => {
    for (const c of json.charts) {
      expect(c.embed).toEqual({ vi: `${ROOT}embed/${c.id}/`, en: `${ROOT}en/embed/${c.id}/` });
      expect(c.oembed).toEqual({ vi: `${ROOT}embed/${c.id}/oembed.json`, en: `${ROOT}en/embed/${c.id}/oembed.json` });
      for (const lang of ["vi", "en"] as const) {
        expect(c.downloads[lang]).toEqual({
          svg: `${ROOT}downloads/${c.id}-${lang}.svg`,
          png: `${ROOT}downloads/${c.id}-${lang}.png`,
          csv: `${ROOT}downloads/${c.id}-${lang}.csv`,
        });
        expect(c.image[lang]).toBe(`${ROOT}og/${c.id}-${lang}.png`);
      }
    }
  });

  it("names the data's licence for every chart, and the boundaries' CC BY-SA 4.0 with its attribution for maps only", () => {
    for (const c of json.charts) {
      expect(c.licences[0]).toEqual({
        name: "CC-BY-4.0",
        title: "Creative Commons Attribution 4.0",
        url: "https://creativecommons.org/licenses/by/4.0/",
        covers: "data",
      });
      const boundaries = c.licences.filter((l) => l.covers === "boundaries");
      expect(boundaries.map((l) => [l.name, l.attribution])).toEqual(
        c.kind === "map" ? [["CC-BY-SA-4.0", "geoBoundaries / Open Development Mekong, CC BY-SA 4.0"]] : [],
      );
    }
  });

  it("is the same text for the same input, and the build date follows SOURCE_DATE_EPOCH", () => {
    const generated = buildDate({ SOURCE_DATE_EPOCH: "1796083200" });
    expect(generated).toBe("2026-12-01");
    const a = JSON.stringify(chartsJson(data, catalogue(data, stories), SITE, generated));
    const b = JSON.stringify(chartsJson(data, catalogue(data, stories), SITE, buildDate({ SOURCE_DATE_EPOCH: "1796083200" })));
    expect(a).toBe(b);
  });

  it("at the site's root, URLs have no doubled or missing slash", () => {
    const root = chartsJson(data, entries, { origin: "https://news.example.org", base: "/" }, "2026-11-30");
    expect(root.site).toBe("https://news.example.org/");
    expect(root.charts[0]!.embed.en).toBe(`https://news.example.org/en/embed/${root.charts[0]!.id}/`);
    expect(urls(root).filter((u) => u.startsWith("https://news.example.org") && /[^:]\/\//.test(u))).toEqual([]);
  });
});

describe("chartsJson on a loopback origin", () => {
  it("refuses it: no catalogue may point readers at their own machine", () => {
    expect(() => chartsJson(data, entries, { origin: "http://127.0.0.1:4321", base: "/" }, "2026-11-30")).toThrow(/loopback/);
  });
});
