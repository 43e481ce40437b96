import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { topology } from "topojson-server";
import { buildGeometry } from "../../scripts/build-geo.ts";
import { locate, validateEdit } from "./validatePackageFixture.ts";

/*
 * The boundary checks on the fixture's real district geometry: a wrong or swapped shape must fail
 * the check, not only a malformed file. Edits are made to the GeoJSON source and the TopoJSON
 * regenerated, as `npm run build:geo` would, or to the TopoJSON text directly.
 */
const SOURCE = readFileSync(fileURLToPath(new URL("../fixtures/geo/vinhphuc-districts.geojson", import.meta.url)), "utf8");
const TOPO = "geo/districts.topo.json";
type Source = { features: { properties: { code: string; name: string }; geometry: { coordinates: number[][][] } }[] };

/** The fixture's districts built from an edited copy of the source. */
function fromSource(edit: (source: Source) => void): string {
  const source = JSON.parse(SOURCE) as Source;
  edit(source);
  return buildGeometry(JSON.stringify(source)).districts;
}

const lineOf = (text: string, code: string) => text.split("\n").findIndex((l) => l.includes(`"id":"${code}"`)) + 1;

describe("district shapes", () => {
  it("the shapes built from the source pass every check", () => {
    expect(locate(validateEdit(TOPO, () => fromSource(() => {})))).toEqual([]);
  });

  it("two swapped codes fail by name and, where a natural area is published, by area", () => {
    const text = fromSource((s) => {
      const [a, b] = [s.features.find((f) => f.properties.code === "243")!, s.features.find((f) => f.properties.code === "248")!];
      [a.properties.code, b.properties.code] = [b.properties.code, a.properties.code];
    });
    expect(locate(validateEdit(TOPO, () => text)).sort()).toEqual(
      [
        `data/geo/districts.topo.json:${lineOf(text, "243")}:1 geometry-area`,
        `data/geo/districts.topo.json:${lineOf(text, "243")}:1 geometry-name`,
        `data/geo/districts.topo.json:${lineOf(text, "248")}:1 geometry-area`,
        `data/geo/districts.topo.json:${lineOf(text, "248")}:1 geometry-name`,
      ].sort(),
    );
  });

  it("a shape whose rings run the wrong way (d3's convention, not RFC 7946's) fails", () => {
    // Reversing a polygon in TopoJSON: its arcs in reverse order, each one reversed (~i).
    const text = fromSource(() => {});
    const line = lineOf(text, "243");
    const edited = text
      .split("\n")
      .map((l, i) => {
        if (i + 1 !== line) return l;
        const g = JSON.parse(l.replace(/,$/, "")) as { arcs: number[][] };
        g.arcs = g.arcs.map((ring) => ring.map((a) => ~a).reverse());
        return `${JSON.stringify(g)},`;
      })
      .join("\n");
    expect(locate(validateEdit(TOPO, () => edited))).toEqual([`data/geo/districts.topo.json:${line}:1 geometry-winding`]);
  });

  it("a boundary that crosses itself fails", () => {
    const text = fromSource((s) => {
      const ring = s.features.find((f) => f.properties.code === "248")!.geometry.coordinates[0]!;
      const [i, j] = [Math.floor(ring.length / 4), Math.floor((3 * ring.length) / 4)];
      [ring[i], ring[j]] = [ring[j]!, ring[i]!];
    });
    expect(locate(validateEdit(TOPO, () => text)).map((l) => l.split(" ")[1])).toContain("geometry-self-intersection");
  });

  it("a shape far smaller than its published natural area fails", () => {
    const text = fromSource((s) => {
      // Tam Đảo (234.7 km² in the fixture) shrunk towards its first vertex by half in each direction.
      const ring = s.features.find((f) => f.properties.code === "248")!.geometry.coordinates[0]!;
      const [x0, y0] = ring[0]!;
      for (const p of ring) [p[0], p[1]] = [x0! + (p[0]! - x0!) / 2, y0! + (p[1]! - y0!) / 2];
    });
    expect(locate(validateEdit(TOPO, () => text)).map((l) => l.split(" ")[1])).toContain("geometry-area");
  });
});

describe("limits that keep the check fast on a hostile file", () => {
  it("a shape with more points than a district needs is refused before the crossing test", () => {
    // Built without simplification, as a hand-made file would be: Vĩnh Yên as a circle of 3,000 points.
    const source = JSON.parse(SOURCE) as Source & { features: { id?: string }[] };
    const circle = Array.from({ length: 3001 }, (_, i) => [
      105.6 + 0.04 * Math.cos((2 * Math.PI * i) / 3000),
      21.31 + 0.04 * Math.sin((2 * Math.PI * i) / 3000),
    ]);
    circle[3000] = circle[0]!;
    source.features.find((f) => f.properties.code === "243")!.geometry.coordinates = [circle];
    for (const f of source.features) f.id = f.properties.code;
    const text = JSON.stringify(topology({ districts: source as never }));
    expect(locate(validateEdit(TOPO, () => text))).toContain("data/geo/districts.topo.json:1:1 geometry-too-detailed");
  });

  it("a topology marked schematic is checked like any other", () => {
    const text = fromSource((s) => {
      const [a, b] = [s.features.find((f) => f.properties.code === "243")!, s.features.find((f) => f.properties.code === "248")!];
      [a.properties.code, b.properties.code] = [b.properties.code, a.properties.code];
    }).replace('{"type":"Topology",', '{"type":"Topology","schematic":true,');
    expect(locate(validateEdit(TOPO, () => text)).some((l) => l.endsWith("geometry-name"))).toBe(true);
  });
});
