import { describe, expect, it } from "vitest";
import { formatFigure, formatQuantity } from "../../src/lib/format/formatFigure.ts";
import { formatNumber } from "../../src/lib/format/formatNumber.ts";
import { formatPeriod, formatPublished } from "../../src/lib/format/formatPeriod.ts";

describe("formatNumber", () => {
  it.each([
    [190000, "vi", "190.000"],
    [190000, "en", "190,000"],
    [11.8, "vi", "11,8"],
    [11.8, "en", "11.8"],
    [8.68, "vi", "8,68"],
    [1151154, "vi", "1.151.154"],
    [1.5, "en", "1.5"],
  ] as const)("formatNumber(%d, %s) is %s", (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });
});

describe("formatFigure", () => {
  it("keeps the source's qualifier: hơn 190.000 is over 190,000", () => {
    expect(formatFigure({ value: 190000, qualifier: "over" }, "persons", "vi", true)).toBe("Hơn 190.000");
    expect(formatFigure({ value: 190000, qualifier: "over" }, "persons", "en", true)).toBe("Over 190,000");
  });

  it.each([
    ["nearly", "vi", "gần 1.000"],
    ["about", "en", "about 1,000"],
    ["at_least", "vi", "ít nhất 1.000"],
    ["exact", "en", "1,000"],
  ] as const)("formatFigure with %s in %s reads %s", (qualifier, lang, expected) => {
    expect(formatFigure({ value: 1000, qualifier }, "persons", lang)).toBe(expected);
  });

  it.each([
    [11.8, "percent", "vi", "11,8%"],
    [500000, "vnd_per_month", "vi", "500.000 đồng/tháng"],
    [500000, "vnd_per_month", "en", "VND 500,000 a month"],
    [50.8, "km2", "en", "50.8 km²"],
  ] as const)("formatQuantity(%d, %s, %s) is %s", (value, unit, lang, expected) => {
    expect(formatQuantity(value, unit, lang)).toBe(expected);
  });
});

describe("formatPeriod", () => {
  it.each([
    ["2022", "vi", "2022"],
    ["2019-04-01", "vi", "1/4/2019"],
    ["2019-04-01", "en", "1 April 2019"],
    ["2021/2025", "en", "2021–2025"],
  ] as const)("formatPeriod(%s, %s) is %s", (text, lang, expected) => {
    expect(formatPeriod(text, lang)).toBe(expected);
  });

  it("formatPeriod throws on a string that is not a period", () => {
    expect(() => formatPeriod("2025/2021", "vi")).toThrow(/invalid period/);
  });

  it.each([
    ["2020-11", "vi", "11/2020"],
    ["2020-11", "en", "November 2020"],
    ["2024", "en", "2024"],
  ] as const)("formatPublished(%s, %s) is %s", (text, lang, expected) => {
    expect(formatPublished(text, lang)).toBe(expected);
  });
});
