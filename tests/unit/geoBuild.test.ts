import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildGeometry } from "../../scripts/build-geo.ts";

const data = (path: string) => readFileSync(fileURLToPath(new URL(`../../data/${path}`, import.meta.url)), "utf8");

describe("npm run build:geo", () => {
  it("the published geometry in data/geo is what build:geo makes from the source file (no hand edits)", () => {
    const built = buildGeometry(data("geo/source/vinhphuc-districts.geojson"));
    expect(data("geo/districts.topo.json"), "run npm run build:geo").toBe(built.districts);
    expect(data("geo/province.topo.json"), "run npm run build:geo").toBe(built.province);
  });

  it("keeps the published district file small and every shape's border shared once", () => {
    const built = buildGeometry(data("geo/source/vinhphuc-districts.geojson"));
    expect(Buffer.byteLength(built.districts)).toBeLessThan(16 * 1024);
    const topology = JSON.parse(built.districts) as { objects: { districts: { geometries: { arcs: number[][] }[] } } };
    const uses = new Map<number, number>();
    for (const g of topology.objects.districts.geometries)
      for (const ring of g.arcs) for (const a of ring) uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
    // Each arc is a border of one unit (the province's edge) or shared by exactly two.
    expect([...uses.values()].every((n) => n === 1 || n === 2)).toBe(true);
    expect([...uses.values()].filter((n) => n === 2).length).toBeGreaterThan(0);
  });
});
