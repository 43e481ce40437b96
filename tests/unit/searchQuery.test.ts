import { describe, expect, it } from "vitest";
import { mergeResults } from "../../src/lib/search/mergeResults.ts";
import { strokeVariants } from "../../src/lib/search/strokeVariants.ts";

describe("strokeVariants", () => {
  it("strokeVariants('tam dao') also tries đ where a word begins with d", () => {
    expect(strokeVariants("tam dao")).toEqual(["tam dao", "tam đao"]);
  });

  it("strokeVariants('Dien tich dat') tries every choice of d or đ, the reader's own first", () => {
    expect(strokeVariants("Dien tich dat")).toEqual(["Dien tich dat", "đien tich dat", "Dien tich đat", "đien tich đat"]);
  });

  it("strokeVariants leaves words without an initial d, and words already written with đ, as they are", () => {
    expect(strokeVariants("vinh tuong")).toEqual(["vinh tuong"]);
    expect(strokeVariants("Tam Đảo")).toEqual(["Tam Đảo"]);
    expect(strokeVariants("  lung   hoa ")).toEqual(["lung hoa"]);
  });

  it("strokeVariants stops at `max` queries", () => {
    const variants = strokeVariants("da de di do du", 8);
    expect(variants).toHaveLength(8);
    expect(variants[0]).toBe("da de di do du");
    expect(new Set(variants).size).toBe(8);
  });

  it("strokeVariants('') and strokeVariants('   ') give no query", () => {
    expect(strokeVariants("")).toEqual([]);
    expect(strokeVariants("   ")).toEqual([]);
  });
});

describe("mergeResults", () => {
  it("mergeResults keeps each page once, with its best score, best first", () => {
    const merged = mergeResults([
      [
        { id: "a", score: 1 },
        { id: "b", score: 3 },
      ],
      [
        { id: "a", score: 5 },
        { id: "c", score: 2 },
      ],
    ]);
    expect(merged).toEqual([
      { id: "a", score: 5 },
      { id: "b", score: 3 },
      { id: "c", score: 2 },
    ]);
  });

  it("mergeResults keeps the first-seen order of equal scores", () => {
    expect(mergeResults([[{ id: "x", score: 1 }], [{ id: "y", score: 1 }]]).map((r) => r.id)).toEqual(["x", "y"]);
  });

  it("mergeResults([]) is empty", () => {
    expect(mergeResults([])).toEqual([]);
  });
});
