import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Geometry } from "geojson";
import type { SiteData } from "../data/SiteData.ts";
import { districtShapes, type DistrictShapes } from "./districtShapes.ts";

export type Point = readonly [number, number];

/** One district projected to pixels: its outline as drawn, and its polygons for label placement. */
export interface FramedDistrict {
  readonly code: string;
  /** SVG path data, rounded to 0.1 px and relative, so one copy per page stays small. */
  readonly d: string;
  /** Polygons (exterior ring first, then holes), in pixels, with the rounded coordinates of `d`. */
  readonly polygons: readonly (readonly (readonly Point[])[])[];
}

/** The districts on one fitted Mercator projection, at one width: every map of a page shares it. */
export interface MapFrame {
  readonly width: number;
  readonly height: number;
  /** In the reading order of `districtShapes`: north to south, then west to east. */
  readonly districts: readonly FramedDistrict[];
  /** Longitude/latitude to pixels, rounded like the outlines. */
  project(lonLat: Point): Point;
}

/** Every drawing is this wide: one responsive SVG, scaled by CSS, whose text stays ≥ 12 px on a phone. */
export const MAP_WIDTH = 328;
const MARGIN = 6;

/** A pixel coordinate to one decimal: finer is invisible on screen and only adds bytes. */
export const round1 = (v: number): number => Math.round(v * 10) / 10;

/** The id of a district's shape, defined once per page (`mapShapesSvg`) and drawn with `<use>`. */
export const shapeId = (code: string): string => `map-shape-${code}`;

function fitted(shapes: DistrictShapes, width: number): { projection: GeoProjection; height: number } {
  // Fit the width first to learn the province's height at that width, then fit both with margins.
  const probe = geoMercator().fitWidth(width - 2 * MARGIN, shapes.collection);
  const [[, y0], [, y1]] = geoPath(probe).bounds(shapes.collection);
  const height = Math.ceil(y1 - y0) + 2 * MARGIN;
  const projection = geoMercator().fitExtent(
    [
      [MARGIN, MARGIN],
      [width - MARGIN, height - MARGIN],
    ],
    shapes.collection,
  );
  return { projection, height };
}

/** Tenths of a pixel as SVG number text, shortest form ("-.5", "12", "3.4"). */
function num(tenths: number): string {
  const s = String(tenths / 10);
  return s.replace(/^(-?)0\./, "$1.");
}

/** A ring as a relative SVG path: the first point absolute, then steps; repeated points dropped. */
function ringPath(ring: readonly Point[]): string {
  const t = ring.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const);
  let out = `M${num(t[0]![0])} ${num(t[0]![1])}l`;
  let [px, py] = t[0]!;
  const steps: string[] = [];
  for (const [x, y] of t.slice(1, -1)) {
    if (x === px && y === py) continue;
    steps.push(num(x - px), num(y - py));
    [px, py] = [x, y];
  }
  out += steps.reduce((acc, s, i) => (i === 0 || s.startsWith("-") ? acc + s : `${acc} ${s}`), "");
  return `${out}z`;
}

function polygonsOf(geometry: Geometry): number[][][][] {
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

const cache = new WeakMap<object, Map<number, MapFrame>>();

/**
 * The district boundaries of data/geo on a Mercator projection fitted to the province at `width`.
 * The province outline is the outer edge of the districts: data/geo/province.topo.json is their
 * union, so drawing it separately would only repeat the same coordinates.
 */
export function mapFrame(data: SiteData, width = MAP_WIDTH): MapFrame {
  const topology = data.geometry("district-geometry");
  const byWidth = cache.get(topology) ?? new Map<number, MapFrame>();
  cache.set(topology, byWidth);
  const known = byWidth.get(width);
  if (known) return known;
  const shapes = districtShapes(topology);
  const { projection, height } = fitted(shapes, width);
  const project = (p: Point): Point => {
    const [x, y] = projection(p as [number, number]) ?? [0, 0];
    return [round1(x), round1(y)];
  };
  const districts = shapes.shapes.map((s) => {
    const polygons = polygonsOf(s.feature.geometry).map((rings) => rings.map((ring) => ring.map((p) => project(p as [number, number]))));
    return { code: s.code, polygons, d: polygons.flat().map(ringPath).join("") };
  });
  const frame: MapFrame = { width, height, districts, project };
  byWidth.set(width, frame);
  return frame;
}

/**
 * The page's one copy of the district outlines, as `<path id>`s for a `<defs>`: every map on the
 * page draws them with `<use>` (districtMapsView puts them in the first map's drawing).
 */
export function mapShapeDefs(data: SiteData): string {
  return mapFrame(data)
    .districts.map((d) => `<path id="${shapeId(d.code)}" d="${d.d}"/>`)
    .join("");
}
