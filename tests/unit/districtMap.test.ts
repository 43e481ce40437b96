import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/lib/charts/renderSvg.ts";
import type { SiteData } from "../../src/lib/data/SiteData.ts";
import { LANGS } from "../../src/lib/i18n/lang.ts";
import { districtMap, districtMaps } from "../../src/lib/maps/districtMap.ts";
import { districtShapes } from "../../src/lib/maps/districtShapes.ts";
import { locatorMap } from "../../src/lib/maps/locatorMap.ts";
import { mapMetrics } from "../../src/lib/maps/metrics.ts";
import { FIXTURE_DIR, loadFiles, mustLoad, readPackage, withFiles } from "../support/packageFiles.ts";
import { compareWithSnapshot, normaliseSvg } from "./svgSnapshot.ts";

const FILES = readPackage(FIXTURE_DIR);
const data = mustLoad(FILES);
const DISTRICTS = data.districts.map((a) => a.code);

/** The fixture with some files replaced: the way an editor's pull request changes it. */
function dataWith(replace: Record<string, string>): { data: SiteData; issues: readonly string[] } {
  const { data, issues } = loadFiles(withFiles(FILES, replace));
  return { data: data!, issues: issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.code}`) };
}

/**
 * A synthetic boundary TopoJSON, as a map tool would export it: the same GSO codes, polygons in
 * longitude/latitude, no "schematic" marker. The shapes are invented for the test only; the
 * site never ships invented boundaries.
 */
function syntheticPolygons(): string {
  const arcs: [number, number][][] = [];
  const geometries = DISTRICTS.map((code, i) => {
    const [x, y] = [105.45 + (i % 3) * 0.1, 21.4 - Math.floor(i / 3) * 0.08];
    // Anticlockwise, as RFC 7946 tools (mapshaper, QGIS) write rings: the map must cope.
    arcs.push([
      [x, y],
      [x, y - 0.08],
      [x + 0.1, y - 0.08],
      [x + 0.1, y],
      [x, y],
    ]);
    return { type: "Polygon", id: code, properties: { code }, arcs: [[i]] };
  });
  return JSON.stringify({ type: "Topology", objects: { districts: { type: "GeometryCollection", geometries } }, arcs });
}

describe("districtShapes", () => {
  it("reads the tile map as schematic, one shape per district, in reading order", () => {
    const shapes = districtShapes(data.geometry("district-geometry"));
    expect(shapes.schematic).toBe(true);
    expect(shapes.shapes.map((s) => s.code)).toEqual(["253", "246", "247", "248", "252", "251", "243", "249", "244"]);
    expect(shapes.neighbours("243")).toBeNull();
  });
});

describe("districtMap on the tile map", () => {
  it("labels each tile with its district, value and rank, in both languages", () => {
    const vi = renderSvg(districtMap(data, "vi", mapMetrics(data, "vi")[0]!), 328);
    expect(vi).toContain('aria-label="Vĩnh Tường: 205.345 — hạng 1/9"');
    const en = renderSvg(districtMap(data, "en", mapMetrics(data, "en")[0]!), 328);
    expect(en).toContain('aria-label="Tam Đảo: 83,931 — rank 9 of 9"');
  });

  it("draws a metric with no district figures as hatched 'no data' on every tile, never as zero", () => {
    const metric = mapMetrics(data, "vi").find((m) => m.id === "elderly")!;
    const chart = districtMap(data, "vi", metric);
    const svg = renderSvg(chart, 328);
    expect(svg.match(/fill="url\(#chart-map-elderly-328-no-data\)"/g)).toHaveLength(9);
    expect(chart.table.rows.every((r) => r[2] === "chưa có số liệu")).toBe(true);
    expect(svg).not.toMatch(/<circle/);
  });

  it("highlights the district of a district page with a thicker outline in the highlight colour", () => {
    const svg = renderSvg(districtMap(data, "vi", mapMetrics(data, "vi")[0]!, "248"), 328);
    expect(svg).toMatch(/<path stroke-width="4" stroke="var\(--chart-highlight\)"[^>]*aria-label="Tam Đảo/);
    expect(svg.match(/stroke="var\(--chart-highlight\)"/g)).toHaveLength(1);
  });

  it("uses an identity projection for tiles and says the map is schematic", () => {
    const chart = districtMap(data, "en", mapMetrics(data, "en")[0]!);
    expect((chart.plot(328).projection as { type: string }).type).toBe("identity");
    expect(chart.subtitle).toContain("tile map");
  });
});

describe("districtMap with real boundaries (a synthetic polygon fixture)", () => {
  const polygons = dataWith({ "geo/districts.topo.json": syntheticPolygons() });

  it("validates: every district joins exactly one shape", () => {
    expect(polygons.issues).toEqual([]);
  });

  it("switches to a fitted Mercator projection with no code change, and drops the schematic wording", () => {
    const chart = districtMap(polygons.data, "en", mapMetrics(polygons.data, "en")[0]!);
    expect((chart.plot(328).projection as { type: string }).type).toBe("mercator");
    expect(chart.subtitle).toContain("boundaries");
    expect(chart.subtitle).not.toContain("tile");
  });

  it("reports a shape for a district that is not in areas.csv, on its line", () => {
    const broken = dataWith({ "geo/districts.topo.json": syntheticPolygons().replace('"id":"253"', '"id":"999"') });
    expect(broken.issues).toContain("data/areas.csv:12:1 geometry-join");
  });
});

describe("map snapshots", () => {
  const polygons = dataWith({ "geo/districts.topo.json": syntheticPolygons() }).data;
  const cases = LANGS.flatMap((lang) => [
    { name: `tiles-population-${lang}`, chart: () => districtMaps(data, lang)[0]! },
    { name: `tiles-change-${lang}`, chart: () => districtMaps(data, lang, "243")[1]! },
    { name: `tiles-elderly-${lang}`, chart: () => districtMaps(data, lang).find((c) => c.id === "map-elderly")! },
    { name: `polygons-population-${lang}`, chart: () => districtMaps(polygons, lang)[0]! },
    { name: `locator-${lang}`, chart: () => locatorMap(data, lang, "252") },
  ]);
  it.each(cases)("$name matches its SVG snapshot", ({ name, chart }) => {
    compareWithSnapshot("maps", name, normaliseSvg(renderSvg(chart(), 328)));
  });
});
