import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForMatch, SuggestionIndex } from "../../src/lib/validate/SuggestionIndex.ts";
import { setCell, validateEdit } from "./validatePackageFixture.ts";

/** The suggestion as it was computed before the index: every allowed value folded per cell. */
function linearSuggest(value: string, allowed: readonly string[]): string | null {
  const folded = foldForMatch(value);
  const stripped = folded.replace(/^0+(?=\d)/, "");
  for (const candidate of allowed) {
    const c = foldForMatch(candidate);
    if (c === folded || c === stripped) return candidate;
  }
  return null;
}

const QUALIFIERS = ["exact", "over", "nearly", "about", "at_least"];
const AREAS = ["VN", "26", "243", "244", "246", "vinh-yen", "phuc-yen", "Vĩnh Tường"];

describe("SuggestionIndex", () => {
  it.each([
    ["Over", QUALIFIERS, "over"],
    ["ÓVER ", QUALIFIERS, "over"],
    ["at least", QUALIFIERS, "at_least"],
    ["At-Least", QUALIFIERS, "at_least"],
    ["0243", AREAS, "243"],
    ["00026", AREAS, "26"],
    ["vinh yen", AREAS, "vinh-yen"],
    ["VINH TUONG", AREAS, "Vĩnh Tường"],
    ["roughly", QUALIFIERS, null],
    ["245", AREAS, null],
  ])("suggests for %j what the linear search did", (value, allowed, expected) => {
    expect(new SuggestionIndex(allowed).suggest(value)).toBe(expected);
    expect(linearSuggest(value, allowed)).toBe(expected);
  });

  it("prefers the value listed first when the cell is close to two", () => {
    expect(new SuggestionIndex(["243", "0243"]).suggest("0243")).toBe("243");
    expect(new SuggestionIndex(["0243", "243"]).suggest("0243")).toBe("0243");
    expect(new SuggestionIndex(["Over", "over"]).suggest("OVER")).toBe("Over");
  });

  it("agrees with the linear search on any list and any near miss", () => {
    const word = fc.stringMatching(/^[0-9a-zA-ZđĐăâêôơưáàảãạéèóòúùíì _-]{0,6}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), word, fc.nat(3), (allowed, value, zeros) => {
        const index = new SuggestionIndex(allowed);
        for (const cell of [value, "0".repeat(zeros) + value, ...allowed.map((a) => "0".repeat(zeros) + a.toUpperCase())]) {
          expect(index.suggest(cell)).toBe(linearSuggest(cell, allowed));
        }
      }),
      { seed: 20240817, numRuns: 300 },
    );
  });

  it("reads the allowed values once, however many cells it is asked about", () => {
    let reads = 0;
    const keys = Array.from({ length: 1000 }, (_, i) => String(i + 1));
    const counted = {
      *[Symbol.iterator]() {
        for (const key of keys) {
          reads++;
          yield key;
        }
      },
    };
    const index = new SuggestionIndex(counted);
    for (const key of keys) expect(index.suggest(`00${key}`)).toBe(key);
    expect(reads).toBe(keys.length);
  });
});

describe("values echoed by the key checks", () => {
  it("a long unknown reference is shortened in the message, as every echoed cell is", () => {
    const id = `nguon-${"x".repeat(100)}`;
    const issue = validateEdit("observations.csv", setCell(2, 7, id)).issues[0]!;
    expect(issue.code).toBe("foreign-key");
    expect(issue.en).toMatch(/^"nguon-x+…" is not found in data\/sources\.csv/);
    expect(issue.en).not.toContain(id);
  });
});
