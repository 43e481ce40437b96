import { geoArea } from "d3-geo";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import type { Geometry } from "./checkGeometry.ts";
import { issueAt, message, showValue, type Issue, type Message } from "./Issue.ts";
import type { Table } from "./readTable.ts";

/*
 * Checks that make a wrong boundary file fail, not just a malformed one: each shape's rings are
 * closed, wound as RFC 7946 says and never cross themselves; each shape's own name is its unit's
 * name (so two swapped codes fail); and its area on the sphere is within AREA_TOLERANCE of the
 * unit's published natural area wherever observations.csv has one (so a wrong or swapped shape
 * fails even with the right name). A shape with more than MAX_POINTS_PER_SHAPE points is refused
 * before the crossing test, whose cost grows with the square of the points.
 */

/** Far more than a district needs on a screen (the published shapes have a few hundred each). */
export const MAX_POINTS_PER_SHAPE = 2_000;

/** How far a shape's computed area may be from the published natural area. */
export const AREA_TOLERANCE = 0.05;
/** The mean radius of the Earth (IUGG), for areas in km². */
const EARTH_RADIUS_KM = 6371.0088;

type Ring = readonly Position[];

/** Twice the signed planar area of a ring in longitude/latitude: positive when anticlockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

const orientation = (a: Position, b: Position, c: Position) =>
  Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));

/** Whether segments ab and cd cross or touch (collinear overlaps included). */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  const within = (p: Position, q: Position, r: Position) =>
    Math.min(p[0]!, r[0]!) <= q[0]! &&
    q[0]! <= Math.max(p[0]!, r[0]!) &&
    Math.min(p[1]!, r[1]!) <= q[1]! &&
    q[1]! <= Math.max(p[1]!, r[1]!);
  return (o1 === 0 && within(a, c, b)) || (o2 === 0 && within(a, d, b)) || (o3 === 0 && within(c, a, d)) || (o4 === 0 && within(c, b, d));
}

/** The first place the rings of one polygon cross themselves or each other, or null. */
function selfIntersection(rings: readonly Ring[]): Position | null {
  const segments: { a: Position; b: Position; ring: number; index: number; count: number }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) segments.push({ a: ring[i]!, b: ring[i + 1]!, ring: r, index: i, count: ring.length - 1 });
  });
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j]!;
      // Consecutive segments of a ring share a vertex by construction (the last meets the first).
      if (s.ring === t.ring && (t.index === s.index + 1 || (s.index === 0 && t.index === s.count - 1))) continue;
      if (segmentsMeet(s.a, s.b, t.a, t.b)) return s.a;
    }
  }
  return null;
}

const normalName = (name: string) => name.normalize("NFC").trim().toLocaleLowerCase("vi");

/** The latest natural area (indicator land_area) of each unit, in km². */
function publishedAreas(observations: Table | undefined): Map<string, number> {
  const latest = new Map<string, { period: string; value: number }>();
  for (const row of observations?.rows ?? []) {
    if (row.values["indicator"] !== "land_area" || row.values["group"] !== null) continue;
    const value = row.values["value"];
    const area = String(row.values["area"]);
    const period = String(row.values["period"]);
    if (typeof value !== "number") continue;
    const seen = latest.get(area);
    if (!seen || period > seen.period) latest.set(area, { period, value });
  }
  return new Map([...latest].map(([area, { value }]) => [area, value]));
}

const REGENERATE = {
  vi: "tạo lại tệp từ nguồn bằng npm run build:geo; đừng sửa tọa độ bằng tay",
  en: "regenerate the file from its source with npm run build:geo; never edit coordinates by hand",
};

export function checkGeometryShapes(geometry: Geometry, areas: Table | undefined, observations: Table | undefined, issues: Issue[]): void {
  const collection = geometry.topology.objects[geometry.resource.geometry.object] as GeometryCollection;
  let decoded: ReturnType<typeof feature>;
  try {
    decoded = feature(geometry.topology, collection);
  } catch {
    issues.push(
      issueAt(
        geometry.file,
        1,
        1,
        null,
        message("geometry-invalid", "không đọc được các hình (cung hỏng)", "the shapes cannot be read (broken arcs)", REGENERATE),
      ),
    );
    return;
  }
  // Names are compared only when every row of areas.csv was read with its name column: otherwise
  // the problem is in areas.csv, reported there, and every shape would repeat it.
  const namesReadable = areas?.complete === true && areas.columns["name_vi"] !== undefined;
  const names = new Map(namesReadable ? areas.rows.map((r) => [String(r.values["code"]), String(r.values["name_vi"] ?? "")]) : []);
  const published = publishedAreas(observations);
  const features = "features" in decoded ? decoded.features : [decoded];
  features.forEach((f, i) => {
    const code = geometry.features[i]?.code ?? String(f.id ?? "");
    const line = geometry.features[i]?.line ?? 1;
    const report = (m: Message) => issues.push(issueAt(geometry.file, line, 1, null, m));
    const shape = f.geometry as Polygon | MultiPolygon | null;
    if (!shape) return;
    const polygons = shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
    const rings = polygons.flat();
    const open = rings.some((ring) => {
      const [first, last] = [ring[0], ring[ring.length - 1]];
      return ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1];
    });
    if (open) {
      report(
        message(
          "geometry-ring-open",
          `hình ${showValue(code)} có vòng không khép kín`,
          `shape ${showValue(code)} has a ring that does not close`,
          REGENERATE,
        ),
      );
      return;
    }
    const points = rings.reduce((n, ring) => n + ring.length, 0);
    if (points > MAX_POINTS_PER_SHAPE) {
      report(
        message(
          "geometry-too-detailed",
          `hình ${showValue(code)} có ${points} điểm, quá ${MAX_POINTS_PER_SHAPE} điểm cho một huyện`,
          `shape ${showValue(code)} has ${points} points, more than the ${MAX_POINTS_PER_SHAPE} a district may have`,
          REGENERATE,
        ),
      );
      return;
    }
    const wrongWinding = polygons.some((polygon) => polygon.some((ring, r) => signedArea(ring) > 0 !== (r === 0)));
    if (wrongWinding) {
      report(
        message(
          "geometry-winding",
          `hình ${showValue(code)} có vòng quay sai chiều (RFC 7946: vòng ngoài ngược chiều kim đồng hồ, lỗ theo chiều kim đồng hồ)`,
          `shape ${showValue(code)} has a ring wound the wrong way (RFC 7946: exterior rings anticlockwise, holes clockwise)`,
          REGENERATE,
        ),
      );
    }
    for (const polygon of polygons) {
      const crossing = selfIntersection(polygon);
      if (crossing) {
        report(
          message(
            "geometry-self-intersection",
            `đường biên của hình ${showValue(code)} tự cắt gần ${crossing[0]!.toFixed(4)}, ${crossing[1]!.toFixed(4)}`,
            `the boundary of shape ${showValue(code)} crosses itself near ${crossing[0]!.toFixed(4)}, ${crossing[1]!.toFixed(4)}`,
            REGENERATE,
          ),
        );
        break;
      }
    }
    const unitName = names.get(code);
    const ownName = (f.properties as { name?: unknown } | null)?.name;
    if (unitName !== undefined && (typeof ownName !== "string" || normalName(ownName) !== normalName(unitName))) {
      report(
        message(
          "geometry-name",
          `hình mã ${showValue(code)} mang tên ${typeof ownName === "string" ? showValue(ownName) : "(không có)"}, nhưng trong areas.csv mã này là ${showValue(unitName)}`,
          `shape ${showValue(code)} is named ${typeof ownName === "string" ? showValue(ownName) : "(none)"}, but areas.csv gives that code to ${showValue(unitName)}`,
          {
            vi: "hai mã có thể bị đổi chỗ: kiểm tra mã và tên của hình",
            en: "two codes may have been swapped: check the shape's code and name",
          },
        ),
      );
    }
    const expected = published.get(code);
    if (expected !== undefined && expected > 0) {
      // RFC 7946 rings run the other way from d3-geo's convention, so d3 measures the rest of the sphere.
      const steradians = geoArea(f);
      const km2 = Math.min(steradians, 4 * Math.PI - steradians) * EARTH_RADIUS_KM ** 2;
      if (Math.abs(km2 - expected) > AREA_TOLERANCE * expected) {
        report(
          message(
            "geometry-area",
            `diện tích hình ${showValue(code)} là ${km2.toFixed(1).replace(".", ",")} km², lệch hơn ${AREA_TOLERANCE * 100} % so với diện tích tự nhiên ${String(expected).replace(".", ",")} km² trong observations.csv`,
            `shape ${showValue(code)} covers ${km2.toFixed(1)} km², more than ${AREA_TOLERANCE * 100} % off the natural area of ${expected} km² in observations.csv`,
            { vi: "hình có thể sai hoặc bị đổi chỗ với hình khác", en: "the shape may be wrong, or swapped with another" },
          ),
        );
      }
    }
  });
}
