import type { Topology } from "topojson-specification";
import type { GeometryDescriptor } from "./Descriptor.ts";
import { issueAt, message, showValue, type Issue } from "./Issue.ts";
import type { Table } from "./readTable.ts";

/** A map geometry that parsed, with the GSO code of each feature and the line it sits on. */
export interface Geometry {
  readonly resource: GeometryDescriptor;
  readonly file: string;
  readonly topology: Topology;
  readonly features: readonly { readonly code: string; readonly line: number }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** More shapes than any province has district-level units. */
export const MAX_SHAPES = 100;

/**
 * 1-based line of the first `"CODE"` in the file (its `"id"`), where an editor looks. The line
 * starts are found once per file, so naming every shape's line stays linear in the file's size.
 */
function lineFinder(text: string): (code: string) => number {
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (code) => {
    // The code as JSON writes it, found by plain search: a code is editor text, never a pattern.
    const at = text.indexOf(JSON.stringify(code));
    if (at < 0) return 1;
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Reads a TopoJSON file and checks its shape: a Topology whose named object is a collection of
 * polygons, each keyed by a GSO code. Any map tool's TopoJSON passes if it keeps that key.
 */
export function readGeometry(file: string, bytes: Uint8Array, resource: GeometryDescriptor, issues: Issue[]): Geometry | null {
  const text = new TextDecoder().decode(bytes);
  const fail = (vi: string, en: string, line = 1) => {
    issues.push(
      issueAt(
        file,
        line,
        1,
        null,
        message("geometry-invalid", vi, en, {
          vi: "tạo lại tệp bằng npm run build:geo, hoặc xuất lại TopoJSON từ công cụ bản đồ",
          en: "regenerate it with npm run build:geo, or export the TopoJSON again from the map tool",
        }),
      ),
    );
    return null;
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("tệp không phải JSON hợp lệ", "the file is not valid JSON");
  }
  if (!isRecord(json) || json["type"] !== "Topology" || !Array.isArray(json["arcs"]) || !isRecord(json["objects"])) {
    return fail(
      "tệp không phải TopoJSON (cần type: Topology, objects, arcs)",
      "the file is not TopoJSON (it needs type: Topology, objects and arcs)",
    );
  }
  const object = json["objects"][resource.geometry.object];
  if (!isRecord(object) || object["type"] !== "GeometryCollection" || !Array.isArray(object["geometries"])) {
    return fail(
      `thiếu đối tượng ${showValue(resource.geometry.object)} dạng GeometryCollection`,
      `object ${showValue(resource.geometry.object)} (a GeometryCollection) is missing`,
    );
  }
  // A province has a few dozen district-level units at most; the shape checks cost per shape.
  if ((object["geometries"] as unknown[]).length > MAX_SHAPES)
    return fail(
      `tệp có ${(object["geometries"] as unknown[]).length} hình, quá ${MAX_SHAPES} hình cho một tỉnh`,
      `the file has ${(object["geometries"] as unknown[]).length} shapes, more than the ${MAX_SHAPES} a province may have`,
    );
  const features: { code: string; line: number }[] = [];
  const lineOfCode = lineFinder(text);
  for (const g of object["geometries"] as unknown[]) {
    const code = isRecord(g) ? (g["id"] ?? (isRecord(g["properties"]) ? g["properties"]["code"] : undefined)) : undefined;
    if (typeof code !== "string" && typeof code !== "number")
      return fail("có hình không có mã đơn vị (id hoặc properties.code)", "a shape has no unit code (id or properties.code)");
    if (!isRecord(g) || (g["type"] !== "Polygon" && g["type"] !== "MultiPolygon"))
      return fail(
        `hình của ${showValue(String(code))} không phải Polygon hay MultiPolygon`,
        `the shape of ${showValue(String(code))} is not a Polygon or MultiPolygon`,
        lineOfCode(String(code)),
      );
    features.push({ code: String(code), line: lineOfCode(String(code)) });
  }
  return { resource, file, topology: json as unknown as Topology, features };
}

/** Every unit of the geometry's level has exactly one shape, and every shape is such a unit. */
export function checkGeometryJoin(geometry: Geometry, areas: Table | undefined, issues: Issue[]): void {
  // Without a readable code and level in every row of areas.csv, a join would only echo that problem.
  if (!areas?.complete || areas.columns["code"] === undefined || areas.columns["level"] === undefined) return;
  const level = geometry.resource.geometry.level;
  const units = areas.rows.filter((r) => r.values["level"] === level);
  const count = new Map<string, number>();
  for (const f of geometry.features) count.set(f.code, (count.get(f.code) ?? 0) + 1);
  for (const unit of units) {
    const code = String(unit.values["code"]);
    const n = count.get(code) ?? 0;
    if (n !== 1) {
      issues.push(
        issueAt(
          areas.file,
          unit.line,
          areas.columns["code"] ?? 1,
          "code",
          message(
            "geometry-join",
            n === 0
              ? `${code} không có hình trên bản đồ (${geometry.file})`
              : `${code} có ${n} hình trên bản đồ (${geometry.file}), cần đúng một`,
            n === 0
              ? `${code} has no shape on the map (${geometry.file})`
              : `${code} has ${n} shapes on the map (${geometry.file}); it needs exactly one`,
          ),
        ),
      );
    }
  }
  const known = new Set(units.map((u) => String(u.values["code"])));
  for (const f of geometry.features) {
    if (!known.has(f.code)) {
      issues.push(
        issueAt(
          geometry.file,
          f.line,
          1,
          null,
          message(
            "geometry-join",
            `hình có mã ${showValue(f.code)} không ứng với đơn vị cấp ${level} nào trong areas.csv`,
            `the shape coded ${showValue(f.code)} matches no ${level} in areas.csv`,
          ),
        ),
      );
    }
  }
}
