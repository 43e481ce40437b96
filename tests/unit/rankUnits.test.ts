import { describe, expect, it } from "vitest";
import { extremes, joinNames, rankUnits } from "../../src/lib/format/rankUnits.ts";

/** Commune counts on 1 Oct 2022 as the GSO list gives them: Vĩnh Yên and Tam Đảo tie at 9. */
const COMMUNES = [
  { name: "Vĩnh Yên", value: 9 },
  { name: "Phúc Yên", value: 10 },
  { name: "Lập Thạch", value: 20 },
  { name: "Tam Dương", value: 13 },
  { name: "Tam Đảo", value: 9 },
  { name: "Bình Xuyên", value: 13 },
  { name: "Yên Lạc", value: 17 },
  { name: "Vĩnh Tường", value: 28 },
  { name: "Sông Lô", value: 17 },
] as const;
const value = (u: { value: number | null }) => u.value;
const names = (units: readonly { name: string }[]) => units.map((u) => u.name);

describe("rankUnits", () => {
  it("gives tied units the same rank and skips the ranks they share (1, 2, 2, 4)", () => {
    const { ranked, of } = rankUnits(COMMUNES, value);
    expect(of).toBe(9);
    expect(ranked.map((r) => [r.unit.name, r.rank, r.tied])).toEqual([
      ["Vĩnh Tường", 1, false],
      ["Lập Thạch", 2, false],
      ["Yên Lạc", 3, true],
      ["Sông Lô", 3, true],
      ["Tam Dương", 5, true],
      ["Bình Xuyên", 5, true],
      ["Phúc Yên", 7, false],
      ["Vĩnh Yên", 8, true],
      ["Tam Đảo", 8, true],
    ]);
  });

  it("keeps tied units in the order given, whatever the order of their values elsewhere", () => {
    const reversed = [...COMMUNES].reverse();
    expect(names(rankUnits(reversed, value).ranked.map((r) => r.unit)).slice(-2)).toEqual(["Tam Đảo", "Vĩnh Yên"]);
  });

  it("sets units without a value apart: never ranked, never counted as zero", () => {
    const units = [
      { name: "Vĩnh Tường", value: 1 },
      { name: "Sông Lô", value: null },
      { name: "Tam Đảo", value: 0 },
    ];
    const ranking = rankUnits(units, value);
    expect(ranking.of).toBe(2);
    expect(names(ranking.unranked)).toEqual(["Sông Lô"]);
    expect(ranking.rankOf(units[1]!)).toBeNull();
    expect(ranking.rankOf(units[2]!)).toMatchObject({ rank: 2, tied: false });
  });

  it("ranks one unit alone as untied", () => {
    expect(rankUnits([{ value: 1 }], value).ranked).toEqual([{ unit: { value: 1 }, value: 1, rank: 1, tied: false }]);
  });
});

describe("extremes", () => {
  it("returns every unit tied at the minimum, not the last one sorted", () => {
    const ends = extremes(COMMUNES, value)!;
    expect(names(ends.highest)).toEqual(["Vĩnh Tường"]);
    expect(names(ends.lowest)).toEqual(["Vĩnh Yên", "Tam Đảo"]);
    expect([ends.max, ends.min, ends.allEqual]).toEqual([28, 9, false]);
  });

  it("returns every unit tied at the maximum too, three or more of them", () => {
    const ends = extremes(
      [
        { name: "A", value: 5 },
        { name: "B", value: 5 },
        { name: "C", value: 1 },
        { name: "D", value: 5 },
      ],
      value,
    )!;
    expect(names(ends.highest)).toEqual(["A", "B", "D"]);
  });

  it("says when every unit with a value has the same one, ignoring units without", () => {
    const ends = extremes(
      [
        { name: "A", value: 3 },
        { name: "B", value: null },
        { name: "C", value: 3 },
      ],
      value,
    )!;
    expect(ends.allEqual).toBe(true);
    expect(names(ends.highest)).toEqual(["A", "C"]);
  });

  it("returns null when no unit has a value", () => {
    expect(extremes([{ value: null }], value)).toBeNull();
  });
});

describe("joinNames", () => {
  it.each([
    [["Vĩnh Yên"], "Vĩnh Yên", "Vĩnh Yên"],
    [["Vĩnh Yên", "Tam Đảo"], "Vĩnh Yên và Tam Đảo", "Vĩnh Yên and Tam Đảo"],
    [["Vĩnh Yên", "Tam Đảo", "Sông Lô"], "Vĩnh Yên, Tam Đảo và Sông Lô", "Vĩnh Yên, Tam Đảo and Sông Lô"],
  ])("joinNames(%j) lists the names as a writer would", (list, vi, en) => {
    expect(joinNames(list, "vi")).toBe(vi);
    expect(joinNames(list, "en")).toBe(en);
  });
});
