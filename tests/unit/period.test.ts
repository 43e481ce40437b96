import { describe, expect, it } from "vitest";
import { calendarDay, dayRange } from "../../src/lib/dates.ts";
import { parsePeriod, periodKey, shorterPeriodText } from "../../src/lib/period.ts";

describe("parsePeriod", () => {
  it.each([
    ["2022", "2022-01-01", "2022-12-31"],
    ["2019-04-01", "2019-04-01", "2019-04-01"],
    ["2021/2025", "2021-01-01", "2025-12-31"],
    ["2021-07-01/2025", "2021-07-01", "2025-12-31"],
  ])("parsePeriod(%j) spans %s to %s", (text, start, end) => {
    expect(parsePeriod(text)).toMatchObject({ start, end });
  });

  it.each(["2025/2021", "2023-02-29", "2022/2023/2024", "22"])("parsePeriod(%j) is not a period", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe("periodKey", () => {
  it.each(["2022", "2022/2022", "2022-01-01/2022-12-31", "2022/2022-12-31"])("periodKey(%j) is the year 2022", (text) => {
    expect(periodKey(text)).toBe("2022-01-01/2022-12-31");
  });

  it("tells a year from its first day", () => {
    expect(periodKey("2022")).not.toBe(periodKey("2022-01-01"));
  });

  it("keeps text that is not a period as it is", () => {
    expect(periodKey("2022-02-30")).toBe("2022-02-30");
  });
});

describe("shorterPeriodText", () => {
  it.each([
    ["2022/2022", "2022"],
    ["2022-01-01/2022-12-31", "2022"],
    ["2022-01-01/2022", "2022"],
    ["2021-01-01/2025-12-31", "2021/2025"],
    ["2021/2025-12-31", "2021/2025"],
    ["2019-04-01/2019-04-01", "2019-04-01"],
  ])("shorterPeriodText(%j) is %j", (text, short) => {
    expect(shorterPeriodText(parsePeriod(text)!)).toBe(short);
  });

  it.each(["2022", "2019-04-01", "2021/2025", "2021-07-01/2025", "2021/2025-06-30", "2022-01-01/2022-06-30"])(
    "shorterPeriodText(%j) is null: already the short form",
    (text) => {
      expect(shorterPeriodText(parsePeriod(text)!)).toBeNull();
    },
  );
});

describe("dayRange", () => {
  it.each([
    ["2020", "2020-01-01", "2020-12-31"],
    ["2020-11", "2020-11-01", "2020-11-30"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2023-02", "2023-02-01", "2023-02-28"],
    ["2022-10-21", "2022-10-21", "2022-10-21"],
  ])("dayRange(%j) is %s to %s", (text, first, last) => {
    expect(dayRange(text)).toEqual({ first, last });
  });

  it.each(["", "20", "2020-13", "2023-02-29", "2020/2021"])("dayRange(%j) is null", (text) => {
    expect(dayRange(text)).toBeNull();
  });
});

describe("calendarDay", () => {
  it("gives the day in Viet Nam: 20:00 UTC is already the next morning there", () => {
    expect(calendarDay(new Date("2026-11-29T20:00:00Z"))).toBe("2026-11-30");
    expect(calendarDay(new Date("2026-11-29T16:00:00Z"))).toBe("2026-11-29");
  });
});
