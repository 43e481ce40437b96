import { readFileSync } from "node:fs";
import { join } from "node:path";
import { geoArea, geoCentroid } from "d3-geo";
import type { FeatureCollection, Geometry, Polygon, MultiPolygon } from "geojson";
import { readDataCsv } from "./site.ts";

/*
 * What the pages should say, worked out from data/ independently of the site's own code (an
 * oracle): the CSVs read as plain rows, periods ordered, numbers and figures written the way
 * each language writes them. The browser tests compare the pages with this, so they hold
 * whatever figures an editor puts in data/: they check that each figure traces to its row,
 * never what today's figure is.
 */

export type Lang = "vi" | "en";

export interface Area {
  code: string;
  level: string;
  parent: string;
  slug: string;
  name_vi: string;
  name_en: string;
}
export interface Observation {
  area: string;
  indicator: string;
  period: string;
  group: string;
  value: string;
  qualifier: string;
  source: string;
}
export interface Indicator {
  id: string;
  unit: string;
  name_vi: string;
  name_en: string;
}
export interface AreaEvent {
  code: string;
  date: string;
  source: string;
}

export interface Data {
  areas: Area[];
  observations: Observation[];
  indicators: Map<string, Indicator>;
  /**
   * The districts in the maps' reading order (docs/ARCHITECTURE.md: north to south, then west to
   * east, by the centroid of each real boundary in data/geo/source/), the order keyboard focus follows.
   */
  readingOrder: Area[];
  /** Each district's neighbours (sharing an arc of data/geo/districts.topo.json), in areas.csv order. */
  neighbours: Map<string, Area[]>;
  areaEvents: AreaEvent[];
  /** The one province (the site is about one). */
  province: Area;
  /** The province's districts, in areas.csv order. */
  districts: Area[];
  byCode: Map<string, Area>;
  /** The province's census days (population on a single day), oldest first. */
  censuses: string[];
}

export function readData(projectRoot: string): Data {
  const read = <T>(file: string): T[] => readDataCsv<T>(projectRoot, file);
  const areas = read<Area>("areas.csv");
  const observations = read<Observation>("observations.csv");
  const provinces = areas.filter((a) => a.level === "province");
  if (provinces.length !== 1) throw new Error(`data/areas.csv: ${provinces.length} provinces, the site needs exactly one`);
  const province = provinces[0]!;
  const censuses = sortByPeriod(
    observations.filter((o) => o.area === province.code && o.indicator === "population" && o.group === "" && isDay(o.period)),
  ).map((o) => o.period);
  return {
    areas,
    observations,
    indicators: new Map(read<Indicator>("indicators.csv").map((i) => [i.id, i])),
    readingOrder: readingOrder(projectRoot, areas),
    neighbours: sharedArcs(projectRoot, areas),
    areaEvents: read<AreaEvent>("area-events.csv"),
    province,
    districts: areas.filter((a) => a.level === "district" && a.parent === province.code),
    byCode: new Map(areas.map((a) => [a.code, a])),
    censuses,
  };
}

/** The boundary source the maps are drawn from, as received (RFC 7946: outer rings anticlockwise). */
export const BOUNDARY_SOURCE = "data/geo/source/vinhphuc-districts.geojson";

/** The districts of the boundary source, ordered by centroid: north first; on the same latitude, west first. */
function readingOrder(projectRoot: string, areas: Area[]): Area[] {
  const source = JSON.parse(readFileSync(join(projectRoot, BOUNDARY_SOURCE), "utf8")) as FeatureCollection<Geometry, { code: string }>;
  // d3-geo takes a ring's inside to be on its right (clockwise); RFC 7946 winds outer rings the
  // other way, which d3 reads as the rest of the globe: flip any polygon larger than a hemisphere.
  const d3Wound = (p: Polygon): Polygon =>
    geoArea(p) > 2 * Math.PI ? { ...p, coordinates: p.coordinates.map((r) => [...r].reverse()) } : p;
  const rewound = (g: Geometry): Geometry =>
    g.type === "Polygon"
      ? d3Wound(g)
      : g.type === "MultiPolygon"
        ? ({ ...g, coordinates: g.coordinates.map((c) => d3Wound({ type: "Polygon", coordinates: c }).coordinates) } as MultiPolygon)
        : g;
  return source.features
    .map((f) => {
      const area = areas.find((a) => a.code === f.properties.code);
      if (!area) throw new Error(`${BOUNDARY_SOURCE}: code ${f.properties.code} is not in data/areas.csv`);
      const [lon, lat] = geoCentroid(rewound(f.geometry));
      return { area, lon, lat };
    })
    .sort((a, b) => b.lat - a.lat || a.lon - b.lon)
    .map((x) => x.area);
}

/**
 * Neighbours as the published TopoJSON has them: two districts are neighbours exactly when their
 * rings share an arc (arc ~i is arc i walked backwards), read from the file, not by topojson-client.
 */
function sharedArcs(projectRoot: string, areas: Area[]): Map<string, Area[]> {
  const file = "data/geo/districts.topo.json";
  const topology = JSON.parse(readFileSync(join(projectRoot, file), "utf8")) as {
    objects: Record<string, { geometries: { id?: string | number; type: string; arcs?: unknown }[] }>;
  };
  const geometries = topology.objects["districts"]?.geometries ?? [];
  const arcsOf = (g: { type: string; arcs?: unknown }) => {
    const rings = g.type === "Polygon" ? (g.arcs as number[][]) : g.type === "MultiPolygon" ? (g.arcs as number[][][]).flat() : [];
    return new Set(rings.flat().map((i) => (i < 0 ? ~i : i)));
  };
  const arcs = new Map(geometries.map((g) => [String(g.id), arcsOf(g)]));
  const districts = areas.filter((a) => arcs.has(a.code));
  return new Map(
    districts.map((d) => [
      d.code,
      districts.filter((o) => o.code !== d.code && [...arcs.get(o.code)!].some((i) => arcs.get(d.code)!.has(i))),
    ]),
  );
}

export const areaName = (a: Area, lang: Lang) => (lang === "vi" ? a.name_vi : a.name_en);

// ---------------------------------------------------------------------------------------------
// periods

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** First and last day a period covers: `2022` → 2022-01-01…2022-12-31; `2021/2025`; `2019-04-01`. */
export function periodBounds(text: string): { start: string; end: string } {
  const parts = text.split("/");
  const bound = (part: string, edge: "start" | "end") => {
    if (/^\d{4}$/.test(part)) return edge === "start" ? `${part}-01-01` : `${part}-12-31`;
    if (isDay(part)) return part;
    throw new Error(`data/observations.csv: "${text}" is not a period the tests understand`);
  };
  return { start: bound(parts[0]!, "start"), end: bound(parts.at(-1)!, "end") };
}

/** Rows oldest first: by the first day of their period, then by the last. */
export function sortByPeriod<T extends { period: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => {
    const [p, q] = [periodBounds(a.period), periodBounds(b.period)];
    return p.start.localeCompare(q.start) || p.end.localeCompare(q.end);
  });
}

/** The row with the latest period among `rows`, or undefined when there is none. */
export const latest = <T extends { period: string }>(rows: readonly T[]): T | undefined => sortByPeriod(rows).at(-1);

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

/** `2022` → `2022`; `2019-04-01` → `1/4/2019` (vi) or `1 April 2019` (en); `2021/2025` → `2021–2025`. */
export function periodText(text: string, lang: Lang): string {
  return text
    .split("/")
    .map((part) => {
      if (/^\d{4}$/.test(part)) return part;
      const [y, m, d] = part.split("-").map(Number) as [number, number, number];
      return lang === "vi" ? `${d}/${m}/${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
    })
    .join("–");
}

// ---------------------------------------------------------------------------------------------
// numbers and figures

const group = (int: string, lang: Lang) => int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");

/** "205345" → "205.345" (vi) or "205,345" (en); "50.8" → "50,8" or "50.8": every decimal the data has, no rounding. */
export function number(raw: string | number, lang: Lang): string {
  const text = String(Number(raw));
  const negative = text.startsWith("-");
  const [int = "", frac = ""] = text.replace(/^-/, "").split(".");
  return `${negative ? "-" : ""}${group(int, lang)}${frac === "" ? "" : `${lang === "vi" ? "," : "."}${frac}`}`;
}

/** 21.04 with one decimal → "21,0" (vi) or "21.0" (en). */
export function fixed(n: number, lang: Lang, decimals: number): string {
  const [int = "", frac = ""] = Math.abs(n).toFixed(decimals).split(".");
  return `${n < 0 ? "-" : ""}${group(int, lang)}${frac === "" ? "" : `${lang === "vi" ? "," : "."}${frac}`}`;
}

const QUALIFIERS: Record<string, Record<Lang, string>> = {
  exact: { vi: "", en: "" },
  "": { vi: "", en: "" },
  over: { vi: "hơn", en: "over" },
  nearly: { vi: "gần", en: "nearly" },
  about: { vi: "khoảng", en: "about" },
  at_least: { vi: "ít nhất", en: "at least" },
};

/** A figure as a headline or a figure list shows it: qualifier first and capitalised, then the number with its unit. */
export function figure(o: Pick<Observation, "value" | "qualifier">, unit: string | undefined, lang: Lang): string {
  const n = number(o.value, lang);
  const quantity =
    unit === "percent"
      ? `${n}%`
      : unit === "vnd_per_month"
        ? lang === "vi"
          ? `${n} đồng/tháng`
          : `VND ${n} a month`
        : unit === "km2"
          ? `${n} km²`
          : n;
  const qualifier = QUALIFIERS[o.qualifier];
  if (!qualifier) throw new Error(`data/observations.csv: unknown qualifier "${o.qualifier}"`);
  const text = qualifier[lang] === "" ? quantity : `${qualifier[lang]} ${quantity}`;
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

// The oracle checks itself against the brief's spelling of the qualifiers and numbers.
{
  const pairs: [string, Lang, string][] = [
    ["exact", "vi", "205.345"],
    ["exact", "en", "205,345"],
    ["over", "vi", "Hơn 205.345"],
    ["over", "en", "Over 205,345"],
    ["nearly", "vi", "Gần 205.345"],
    ["nearly", "en", "Nearly 205,345"],
    ["about", "vi", "Khoảng 205.345"],
    ["about", "en", "About 205,345"],
    ["at_least", "vi", "Ít nhất 205.345"],
    ["at_least", "en", "At least 205,345"],
  ];
  for (const [q, lang, want] of pairs) {
    const got = figure({ value: "205345", qualifier: q }, "persons", lang);
    if (got !== want) throw new Error(`test oracle: ${q} ${lang} gives "${got}", not "${want}"`);
  }
  if (fixed(21.04, "vi", 1) !== "21,0" || fixed(-3.25, "en", 1) !== "-3.3" || number("1151154.5", "vi") !== "1.151.154,5")
    throw new Error("test oracle: number formatting is off");
}

/** Whitespace (including no-break and narrow no-break spaces) collapsed to one space. */
export const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ").trim();
