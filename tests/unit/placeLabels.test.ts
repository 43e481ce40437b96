import { describe, expect, it } from "vitest";
import { placeLabels } from "../../src/lib/maps/placeLabels.ts";

describe("placeLabels", () => {
  it("puts a lone label to the right of its point", () => {
    expect(placeLabels([{ x: 50, y: 50, text: "Yên Lạc" }], 300, 200)).toEqual([{ textAnchor: "start", dx: 9, dy: 0 }]);
  });

  it("moves a label left when the right would leave the frame", () => {
    expect(placeLabels([{ x: 290, y: 50, text: "Phúc Yên" }], 300, 200)[0]?.textAnchor).toBe("end");
  });

  it("keeps two close points' labels off each other's dot and off each other", () => {
    const [a, b] = placeLabels(
      [
        { x: 100, y: 100, text: "Vĩnh Tường" },
        { x: 140, y: 104, text: "Yên Lạc" },
      ],
      300,
      200,
    );
    // The first cannot go right (the second dot is there); the second then takes the right.
    expect(a).toEqual({ textAnchor: "end", dx: -9, dy: 0 });
    expect(b).toEqual({ textAnchor: "start", dx: 9, dy: 0 });
  });
});
