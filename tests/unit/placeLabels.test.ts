import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/lib/i18n/lang.ts";
import { pick } from "../../src/lib/i18n/lang.ts";
import { mapFrame } from "../../src/lib/maps/mapFrame.ts";
import { LABEL_SIZE } from "../../src/lib/maps/mapLayers.ts";
import { boxesOverlap, inPolygons, labelSize, placeLabels, segmentHitsBox } from "../../src/lib/maps/placeLabels.ts";
import { FIXTURE_DIR, mustLoad, readPackage } from "../support/packageFiles.ts";

const data = mustLoad(readPackage(FIXTURE_DIR));

describe("segmentHitsBox", () => {
  const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it("sees a segment crossing the box, and one passing by", () => {
    expect(segmentHitsBox([-5, 5, 15, 5], box)).toBe(true);
    expect(segmentHitsBox([-5, 12, 15, 20], box)).toBe(false);
    expect(segmentHitsBox([-5, 6, 6, -5], box)).toBe(true);
    expect(segmentHitsBox([-5, 3, 3, -5], box)).toBe(false);
  });
});

describe("placeLabels on the real district boundaries", () => {
  const cases = LANGS.flatMap((lang) => [328, 640].map((width) => ({ lang, width })));
  it.each(cases)("places every name clear of the others and of every border ($lang, $width px)", ({ lang, width }) => {
    const frame = mapFrame(data, width);
    const names = frame.districts.map((d) => pick(data.area(d.code), "name", lang));
    const placed = placeLabels(
      frame.districts.map((d, i) => ({ polygons: d.polygons, lines: [names[i]!], stackable: true })),
      { width: frame.width, height: frame.height, fontSize: LABEL_SIZE },
    );
    const borders = frame.districts.flatMap((d) =>
      d.polygons.flatMap((rings) => rings.flatMap((r) => r.slice(1).map((p, k) => [r[k]![0], r[k]![1], p[0], p[1]] as const))),
    );
    expect(placed.every((p) => p.clear)).toBe(true);
    placed.forEach((p, i) => {
      // The box is the text's estimated extent (0.66 em a character), inside the frame.
      const size = labelSize(p.lines, LABEL_SIZE);
      expect(p.box.x1 - p.box.x0).toBeCloseTo(size.w);
      expect(p.box.x0 >= 0 && p.box.y0 >= 0 && p.box.x1 <= frame.width && p.box.y1 <= frame.height).toBe(true);
      expect(borders.filter((s) => segmentHitsBox(s, p.box))).toEqual([]);
      placed.forEach((q, j) => {
        if (i !== j) expect(boxesOverlap(p.box, q.box), `${names[i]} over ${names[j]}`).toBe(false);
      });
      // A label without a leader sits inside its own district; its pole always does.
      expect(inPolygons(p.pole[0], p.pole[1], frame.districts[i]!.polygons)).toBe(true);
      if (!p.leader) expect(inPolygons(p.x, p.y, frame.districts[i]!.polygons)).toBe(true);
      else expect(frame.districts.filter((d) => inPolygons(p.x, p.y, d.polygons))).toEqual([]);
      if (p.leader) for (const q of placed) expect(segmentHitsBox([...p.leader.from, ...p.leader.to], q.box) && q !== p).toBe(false);
    });
  });

  it("gives Vĩnh Yên, too small for its name at 328 px, an outside label with a leader line", () => {
    const frame = mapFrame(data, 328);
    const i = frame.districts.findIndex((d) => d.code === "243");
    const placed = placeLabels(
      frame.districts.map((d) => ({ polygons: d.polygons, lines: [data.area(d.code).name_vi], stackable: true })),
      { width: frame.width, height: frame.height, fontSize: LABEL_SIZE },
    );
    expect(placed[i]!.leader).not.toBeNull();
    expect(placed[i]!.lines).toEqual(["Vĩnh Yên"]);
  });

  it("stacks a two-word name when only that fits, and keeps labels off obstacles", () => {
    const square = [
      [
        [0, 0],
        [60, 0],
        [60, 60],
        [0, 60],
        [0, 0],
      ] as [number, number][],
    ];
    const [p] = placeLabels([{ polygons: [square], lines: ["Vĩnh Tường"], stackable: true }], { width: 60, height: 60, fontSize: 12 });
    expect(p!.lines).toEqual(["Vĩnh", "Tường"]);
    const obstacle = { x0: 25, y0: 25, x1: 35, y1: 35 };
    const [q] = placeLabels([{ polygons: [square], lines: ["Yên"] }], { width: 60, height: 60, fontSize: 12, obstacles: [obstacle] });
    expect(boxesOverlap(q!.box, obstacle)).toBe(false);
  });
});
