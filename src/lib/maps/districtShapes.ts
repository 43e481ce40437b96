import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface DistrictShape {
  readonly code: string;
  readonly feature: Feature<Geometry, { code: string }>;
}

export interface DistrictShapes {
  /** True for the tile map: equal squares placed like the districts, not their boundaries. */
  readonly schematic: boolean;
  /** In reading order: top to bottom, then left to right — the order keyboard focus follows. */
  readonly shapes: readonly DistrictShape[];
  readonly collection: FeatureCollection<Geometry, { code: string }>;
  /** Codes of the districts that share a border, when the geometry has real boundaries. */
  neighbours(code: string): readonly string[] | null;
}

/**
 * d3-geo reads polygon rings on the sphere, clockwise; map tools that follow RFC 7946 write them
 * anticlockwise, which d3 takes as "the whole globe but this". Reverse any polygon drawn that way.
 */
export function rewind(geometry: Geometry): Geometry {
  const fix = (rings: number[][][]) =>
    geoArea({ type: "Polygon", coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  if (geometry.type === "Polygon") return { ...geometry, coordinates: fix(geometry.coordinates) };
  if (geometry.type === "MultiPolygon") return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  return geometry;
}

/**
 * Turns the district TopoJSON into features keyed by GSO code. Works for the schematic tile map
 * and for real boundaries alike: the tile map says so with `"schematic": true`.
 */
export function districtShapes(topology: Topology, objectName = "districts"): DistrictShapes {
  const object = topology.objects[objectName] as GeometryCollection;
  const schematic = (topology as unknown as { schematic?: unknown }).schematic === true;
  const codes = object.geometries.map((g) => String(g.id ?? (g.properties as { code?: unknown } | undefined)?.code));
  const collection = feature(topology, object) as FeatureCollection<Geometry, Record<string, unknown>>;
  const features = collection.features.map((f, i) => ({
    ...f,
    geometry: schematic ? f.geometry : rewind(f.geometry),
    properties: { code: codes[i]! },
  })) as Feature<Geometry, { code: string }>[];
  // Reading order: rows top to bottom for tiles (planar, y grows downwards); north to south, then
  // west to east, for geography. Tiles are not spherical rings, so their centre is taken flat.
  const key = (f: Feature<Geometry, { code: string }>) => {
    if (!schematic) {
      const [x, y] = geoCentroid(f);
      return [-y, x];
    }
    const points = (f.geometry as { coordinates: number[][][] }).coordinates.flat();
    const mean = (k: number) => points.reduce((sum, p) => sum + p[k]!, 0) / points.length;
    return [Math.round(mean(1) * 100) / 100, mean(0)];
  };
  const order = features.map((f, i) => ({ f, i, k: key(f) })).sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]!);
  const adjacency = schematic ? null : neighbors(object.geometries);
  return {
    schematic,
    shapes: order.map(({ f }) => ({ code: f.properties.code, feature: f })),
    collection: { type: "FeatureCollection", features },
    neighbours: (code) => {
      if (!adjacency) return null;
      const i = codes.indexOf(code);
      return i < 0 ? [] : (adjacency[i] ?? []).map((j) => codes[j]!);
    },
  };
}
