import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/lib/charts/renderSvg.ts";
import type { SiteData } from "../../src/lib/data/SiteData.ts";
import { LANGS } from "../../src/lib/i18n/lang.ts";
import { districtMap, districtMaps } from "../../src/lib/maps/districtMap.ts";
import { districtMapsView } from "../../src/lib/content/districtMapsView.ts";
import { districtShapes } from "../../src/lib/maps/districtShapes.ts";
import { MAP_ATTRIBUTION } from "../../src/lib/maps/mapLayers.ts";
import { locatorMap } from "../../src/lib/maps/locatorMap.ts";
import { mapFrame, mapShapeDefs } from "../../src/lib/maps/mapFrame.ts";
import { mapMetrics } from "../../src/lib/maps/metrics.ts";
import { FIXTURE_DIR, loadFiles, mustLoad, readPackage, text, withFiles } from "../support/packageFiles.ts";
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
 * A synthetic boundary TopoJSON with the same GSO codes: invented squares, for the join check
 * only; the site never ships invented boundaries.
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
  it("reads the real boundaries, one shape per district, north to south then west to east", () => {
    const shapes = districtShapes(data.geometry("district-geometry"));
    expect(shapes.shapes.map((s) => s.code)).toHaveLength(9);
    expect(new Set(shapes.shapes.map((s) => s.code))).toEqual(new Set(DISTRICTS));
    // Tam Đảo (the range, north-east) comes first; Yên Lạc (on the Red River, south) last.
    expect(shapes.shapes[0]!.code).toBe("248");
    expect(shapes.shapes.at(-1)!.code).toBe("251");
    expect(shapes.neighbours("243")).toContain("247");
  });
});

describe("districtMap on the real boundaries", () => {
  const population = (lang: "vi" | "en", highlight?: string) => districtMap(data, lang, mapMetrics(data, lang)[0]!, highlight);

  it("draws the 9 districts from the page's one set of outlines, fitted in Mercator, with no rectangles", () => {
    const svg = renderSvg(population("vi"), 328);
    const uses = [...svg.matchAll(/<use href="#map-shape-(\d+)"/g)].map((m) => m[1]);
    expect(new Set(uses)).toEqual(new Set(DISTRICTS));
    expect(svg).not.toMatch(/<rect(?![^>]*fill="var\(--chart-nodata-bg)/);
    const defs = mapShapeDefs(data);
    expect(defs.match(/<path id="map-shape-\d+" d="M[^"]+z"\/>/g)).toHaveLength(9);
    // Every number drawn has at most one decimal: no 225.60000000000002.
    const numbers = `${svg}${defs}`.replace(/<title>[^<]*<\/title>|aria-label="[^"]*"|>[^<]*</g, "");
    expect(numbers).not.toMatch(/\d\.\d{2,}/);
    const frame = mapFrame(data);
    // Mercator: a degree of latitude is taller on the page than a degree of longitude is wide, by 1/cos(lat).
    const [x0, y0] = frame.project([105.5, 21.3]);
    const [x1, y1] = frame.project([105.6, 21.4]);
    expect((y0 - y1) / (x1 - x0)).toBeCloseTo(1 / Math.cos((21.35 * Math.PI) / 180), 1);
  });

  it("makes each district a focusable, named element in reading order, in both languages", () => {
    const vi = renderSvg(population("vi"), 328);
    expect(vi).toMatch(/<use href="#map-shape-252" fill="[^"]+" tabindex="0" role="img" aria-label="Vĩnh Tường: 205.345 — hạng 1\/9">/);
    const en = renderSvg(population("en"), 328);
    expect(en).toContain('aria-label="Tam Đảo: 83,931 — rank 9 of 9"');
    const order = [...vi.matchAll(/role="img" aria-label="([^:]+):/g)].map((m) => m[1]);
    const shapes = districtShapes(data.geometry("district-geometry")).shapes;
    expect(order).toEqual(shapes.map((s) => data.area(s.code).name_vi));
  });

  it("names every district on the map, and sizes circles by count", () => {
    const svg = renderSvg(population("vi"), 328);
    for (const a of data.districts) expect(svg.replace(/<\/tspan><tspan[^>]*>/g, " ")).toContain(`${a.name_vi}<`);
    expect(svg.match(/<circle /g)).toHaveLength(9);
  });

  it("draws a metric with no district figures as hatched 'no data' on every district, never as zero", () => {
    const metric = mapMetrics(data, "vi").find((m) => m.id === "elderly")!;
    const chart = districtMap(data, "vi", metric);
    const svg = renderSvg(chart, 328);
    expect(svg.match(/fill="url\(#chart-map-elderly-328-no-data\)"/g)).toHaveLength(9);
    expect(chart.table.rows.every((r) => r.at(-1) === "chưa có số liệu")).toBe(true);
    expect(svg).not.toMatch(/<circle/);
  });

  it("highlights the district of a district page with a thicker outline in the highlight colour", () => {
    const svg = renderSvg(population("vi", "248"), 328);
    expect(svg).toContain('<use href="#map-shape-248" fill="none" stroke="var(--chart-highlight)" stroke-width="3" aria-hidden="true"');
    expect(svg.match(/stroke="var\(--chart-highlight\)"/g)).toHaveLength(1);
    expect(svg).toMatch(/<text[^>]*font-weight="700"[^>]*>(<tspan[^>]*>)?Tam/);
  });

  it("says it is drawn on the real boundaries and cites them, with no tile or Natural Earth wording", () => {
    for (const lang of LANGS) {
      for (const chart of [...districtMaps(data, lang), locatorMap(data, lang)]) {
        const text = JSON.stringify([chart.subtitle, chart.summary, chart.notes, chart.legend]);
        expect(text).not.toMatch(/tile|schematic|Natural Earth|bản đồ ô|không phải ranh giới/i);
        expect(chart.sources.map((s) => s.id)).toContain("geoboundaries");
      }
    }
    // The licence's exact line, which MapAttribution.astro puts under every map, linked.
    expect(`${MAP_ATTRIBUTION.vi.label}: ${MAP_ATTRIBUTION.vi.text}`).toBe(
      "Ranh giới: geoBoundaries / Open Development Mekong, CC BY-SA 4.0",
    );
    expect(`${MAP_ATTRIBUTION.en.label}: ${MAP_ATTRIBUTION.en.text}`).toBe(
      "Boundaries: geoBoundaries / Open Development Mekong, CC BY-SA 4.0",
    );
  });
});

describe("districtMapsView", () => {
  it("defines the outlines once, in the first map, for every map of the page to use", () => {
    const view = districtMapsView(data, "en", "243");
    const svgs = [...view.maps.map((m) => m.chart), view.locator].map((c) => ("single" in c.svg ? c.svg.single : ""));
    expect(svgs.map((s) => (s.match(/<path id="map-shape-/g) ?? []).length)).toEqual([9, 0, 0, 0, 0, 0, 0]);
    for (const s of svgs) expect(s.match(/<use href="#map-shape-\d+"/g)!.length).toBeGreaterThanOrEqual(9);
  });
});

describe("the locator map", () => {
  it("draws the districts, the province's outer edge and a dot for each seat with coordinates", () => {
    const svg = renderSvg(locatorMap(data, "vi", "252"), 328);
    const seats = data.districts.filter((a) => a.lat !== null && a.lon !== null);
    expect(svg.match(/<circle /g)).toHaveLength(seats.length);
    expect(svg.match(/<use href="#map-shape-/g)).toHaveLength(9 + 9 + 1);
    expect(svg).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="6" fill="var\(--chart-highlight\)"/);
    expect(svg).toContain('aria-label="Yên Lạc');
  });
});

describe("the clubs-known map: one club named is not one club in all", () => {
  const clubs = (lang: "vi" | "en") =>
    districtMap(
      data,
      lang,
      mapMetrics(data, lang).find((m) => m.id === "clubs-known")!,
    );

  it("says the districts without a named club have no club known by name, not none", () => {
    expect(clubs("vi").summary).toBe(
      "Các nguồn công khai mới nêu tên 1 câu lạc bộ, ở Vĩnh Tường. Ở 8 huyện, thành phố còn lại chưa biết tên câu lạc bộ nào; điều đó không có nghĩa là ở đó không có câu lạc bộ.",
    );
    expect(clubs("en").summary).toBe(
      "Public sources so far name 1 club, in Vĩnh Tường. In the other 8 districts and cities no club is known by name; that does not mean there is none.",
    );
  });

  it.each(["vi", "en"] as const)("ranks no district, so Vĩnh Tường is not '1/1' (%s)", (lang) => {
    const chart = clubs(lang);
    const svg = renderSvg(chart, 328);
    expect(svg).not.toMatch(/hạng|rank|1\/1|1 of 1/);
    expect(chart.table.columns.map((c) => c.label)).not.toContain(lang === "vi" ? "Hạng" : "Rank");
    expect(`${chart.summary} ${chart.notes.join(" ")}`).not.toMatch(/chưa có\.|have none|1\/1/);
  });

  it("hatches the 8 districts without a named club and labels them unknown, never 'chưa có'", () => {
    const chart = clubs("vi");
    const svg = renderSvg(chart, 328);
    expect(svg.match(/fill="url\(#chart-map-clubs-known-328-no-data\)"/g)).toHaveLength(8);
    expect(svg).toContain('aria-label="Tam Đảo: chưa biết tên câu lạc bộ nào"');
    expect(svg).toContain('aria-label="Vĩnh Tường: 1"');
    expect(svg).not.toMatch(/>chưa có</);
    expect(chart.legend).toContainEqual({ label: "Chưa biết tên câu lạc bộ nào", swatch: "hatch", color: expect.any(String) });
    expect(clubs("en").legend).toContainEqual({ label: "No club known by name", swatch: "hatch", color: expect.any(String) });
    expect(chart.table.rows).toContainEqual(["Tam Đảo", "chưa biết tên câu lạc bộ nào"]);
  });
});

describe("ties on the maps (the shared rule)", () => {
  const communes = (lang: "vi" | "en") =>
    districtMap(
      data,
      lang,
      mapMetrics(data, lang).find((m) => m.id === "commune-units")!,
    );

  it("names both districts tied for the fewest communes, as the communes chart does", () => {
    expect(communes("vi").summary).toBe("Vĩnh Tường cao nhất (28), Vĩnh Yên và Tam Đảo thấp nhất (9).");
    expect(communes("en").summary).toBe("Vĩnh Tường is highest (28); Vĩnh Yên and Tam Đảo are lowest (9).");
  });

  it("gives tied districts the same rank, marked as shared", () => {
    const vi = communes("vi");
    const svg = renderSvg(vi, 328);
    expect(svg).toContain('aria-label="Vĩnh Yên: 9 — đồng hạng 8/9"');
    expect(svg).toContain('aria-label="Tam Đảo: 9 — đồng hạng 8/9"');
    expect(svg).toContain('aria-label="Vĩnh Tường: 28 — hạng 1/9"');
    expect(renderSvg(communes("en"), 328)).toContain('aria-label="Tam Đảo: 9 — rank 8 of 9, tied"');
    expect(vi.table.rows.filter((r) => r[0] === "8 (đồng hạng)").map((r) => r[1])).toEqual(["Vĩnh Yên", "Tam Đảo"]);
  });
});

describe("the population maps say they count all people", () => {
  it.each([
    ["vi", "(mọi lứa tuổi)", "không riêng người cao tuổi"],
    ["en", "(all ages)", "not only older people"],
  ] as const)("in the title and a note (%s)", (lang, tag, note) => {
    for (const id of ["map-population", "map-population-change"]) {
      const chart = districtMaps(data, lang).find((c) => c.id === id)!;
      expect(chart.title).toContain(tag);
      expect(chart.notes).toContainEqual(expect.stringContaining(note));
    }
  });
});

describe("the locator map names every seat data/ gives, with or without coordinates", () => {
  // The seats of Tam Đảo and Sông Lô are named (facts §2) but have no coordinates in GeoNames.
  const areas = text(FILES, "areas.csv")
    .replace(
      "248,district,26,tam-dao,Tam Đảo,Tam Đảo,huyện,,2025-07-01,,,,",
      "248,district,26,tam-dao,Tam Đảo,Tam Đảo,huyện,,2025-07-01,Hợp Châu,,,",
    )
    .replace(
      "253,district,26,song-lo,Sông Lô,Sông Lô,huyện,2008-12-23,2025-07-01,,,,",
      "253,district,26,song-lo,Sông Lô,Sông Lô,huyện,2008-12-23,2025-07-01,Tam Sơn,,,",
    );
  const seats = dataWith({ "areas.csv": areas });

  it("loads: a seat may be named without coordinates", () => {
    expect(seats.issues).toEqual([]);
  });

  it("says which named seats have no coordinates yet, never 'unknown'", () => {
    const vi = locatorMap(seats.data, "vi");
    const en = locatorMap(seats.data, "en");
    expect(vi.summary).toContain("Chưa có tọa độ của Hợp Châu (trụ sở huyện Tam Đảo) và Tam Sơn (trụ sở huyện Sông Lô).");
    expect(en.summary).toContain("No coordinates yet for Hợp Châu (seat of Tam Đảo district) and Tam Sơn (seat of Sông Lô district).");
    expect(vi.table.rows).toContainEqual(["Tam Đảo", "Hợp Châu", "chưa có tọa độ"]);
    expect(en.table.rows).toContainEqual(["Sông Lô", "Tam Sơn", "no coordinates yet"]);
    expect(JSON.stringify([vi.table, vi.summary])).not.toContain("chưa biết");
    expect(JSON.stringify([en.table, en.summary])).not.toMatch(/unknown/i);
  });

  it("where data/ names no seat, says there is no data rather than 'unknown'", () => {
    const vi = locatorMap(data, "vi");
    expect(vi.table.rows).toContainEqual(["Tam Đảo", "chưa có số liệu", "chưa có tọa độ"]);
    expect(vi.summary).toContain("Chưa có tọa độ của trụ sở huyện Tam Đảo và trụ sở huyện Sông Lô.");
    expect(JSON.stringify(locatorMap(data, "en").table)).not.toMatch(/unknown/i);
  });
});

describe("the boundary join", () => {
  it("reports a shape for a district that is not in areas.csv, on its line", () => {
    const broken = dataWith({ "geo/districts.topo.json": syntheticPolygons().replace('"id":"253"', '"id":"999"') });
    expect(broken.issues).toContain("data/areas.csv:12:1 geometry-join");
  });
});

describe("map snapshots", () => {
  const cases = LANGS.flatMap((lang) => [
    { name: `population-${lang}`, chart: () => districtMaps(data, lang)[0]! },
    { name: `change-${lang}`, chart: () => districtMaps(data, lang, "243")[1]! },
    { name: `elderly-${lang}`, chart: () => districtMaps(data, lang).find((c) => c.id === "map-elderly")! },
    { name: `locator-${lang}`, chart: () => locatorMap(data, lang, "252") },
    { name: `clubs-${lang}`, chart: () => districtMaps(data, lang).find((c) => c.id === "map-clubs-known")! },
  ]);
  it.each(cases)("$name matches its SVG snapshot", ({ name, chart }) => {
    compareWithSnapshot("maps", name, normaliseSvg(renderSvg(chart(), 328)));
  });
});
