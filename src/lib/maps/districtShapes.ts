import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface DistrictShape {
  readonly code: string;
  readonly feature: Feature<Geometry, { code: string }>;
}

export interface DistrictShapes {
  /**
   * In reading order, the order keyboard focus and screen readers follow on every map: north to
   * south by each shape's spherical centroid, then west to east where two lie level.
   */
  readonly shapes: readonly DistrictShape[];
  readonly collection: FeatureCollection<Geometry, { code: string }>;
  /**
   * Codes of the districts that share a border with this one (from the topology's shared arcs).
   * Never null since the boundaries are real; the type keeps `null` until callers drop that branch.
   */
  neighbours(code: string): readonly string[];
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

/** Turns the district TopoJSON (real boundaries, RFC 7946 rings) into features keyed by GSO code. */
export function districtShapes(topology: Topology, objectName = "districts"): DistrictShapes {
  const object = topology.objects[objectName] as GeometryCollection;
  const codes = object.geometries.map((g) => String(g.id ?? (g.properties as { code?: unknown } | undefined)?.code));
  const collection = feature(topology, object) as FeatureCollection<Geometry, Record<string, unknown>>;
  const features = collection.features.map((f, i) => ({
    ...f,
    geometry: rewind(f.geometry),
    properties: { code: codes[i]! },
  })) as Feature<Geometry, { code: string }>[];
  const key = (f: Feature<Geometry, { code: string }>) => {
    const [x, y] = geoCentroid(f);
    return [-y, x];
  };
  const order = features.map((f, i) => ({ f, i, k: key(f) })).sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]!);
  const adjacency = neighbors(object.geometries);
  return {
    shapes: order.map(({ f }) => ({ code: f.properties.code, feature: f })),
    collection: { type: "FeatureCollection", features },
    neighbours: (code) => {
      const i = codes.indexOf(code);
      return i < 0 ? [] : (adjacency[i] ?? []).map((j) => codes[j]!);
    },
  };
}
