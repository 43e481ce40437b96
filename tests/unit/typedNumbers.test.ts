import { describe, expect, it } from "vitest";
import { typedNumbers } from "../../src/lib/stories/typedNumbers.ts";

/* typedNumbers: the numbers a person typed in a story's text, read the way its language writes them. */

const values = (text: string, lang: "vi" | "en") => typedNumbers(text, lang).map((n) => n.value);

describe("typedNumbers", () => {
  it.each([
    ["190.000", "vi", [190000]],
    ["1,24", "vi", [1.24]],
    ["1.151.154", "vi", [1151154]],
    ["190,000", "en", [190000]],
    ["1.24", "en", [1.24]],
    ["1,151,154", "en", [1151154]],
    ["70%", "vi", [70]],
    ["70%", "en", [70]],
    ["60+", "en", [60]],
    ["-15", "vi", [15]],
  ] as const)("typedNumbers(%j, %s) reads %j", (text, lang, expected) => {
    expect(values(text, lang)).toEqual(expected);
  });

  it("gives each number's text and where it starts", () => {
    expect(typedNumbers("Có 15 câu lạc bộ và 1.000 hội viên", "vi")).toEqual([
      { text: "15", value: 15, index: 3 },
      { text: "1.000", value: 1000, index: 20 },
    ]);
  });

  it.each([
    ["2017–2020", "vi"],
    ["2021-2025", "en"],
    ["năm 2018", "vi"],
    ["19/11/2020", "vi"],
    ["11/2020", "vi"],
    ["1336/QĐ-TTg", "vi"],
    ["20/2021/NĐ-CP", "vi"],
    ["484/NQ-UBTVQH14", "vi"],
    ["VIE070", "en"],
    ["UBTVQH14", "vi"],
  ] as const)("typedNumbers(%j, %s) finds no figure: years, dates, document numbers and codes", (text, lang) => {
    expect(values(text, lang)).toEqual([]);
  });

  it("reads a year outside 1900–2100, or a year with a separator, as a number", () => {
    expect(values("năm 1800 và 2.020 người", "vi")).toEqual([1800, 2020]);
  });

  it("reads a lone separator group by the language: 1.000 is a thousand in vi, one in en", () => {
    expect(values("1.000", "vi")).toEqual([1000]);
    expect(values("1.000", "en")).toEqual([1]);
  });

  it("reads the numbers around a date, but not the date", () => {
    expect(values("15 câu lạc bộ ngày 19/11/2020, 74 người", "vi")).toEqual([15, 74]);
  });
});
