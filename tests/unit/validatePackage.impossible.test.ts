import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/validate/Issue.ts";
import {
  appendLines,
  both,
  editLine,
  locate,
  replaceOnLine,
  setCell,
  validateEdit,
  validateWith,
  type Changes,
  type Edit,
} from "./validatePackageFixture.ts";

/*
 * Data that is well-formed but impossible: every cell has the right type and form, yet the figures
 * cannot be true. The checks run at NOW (30 November 2026, in Viet Nam) unless a case says otherwise.
 *
 * Fixture lines used below — observations.csv: 15 district population 2019-04-01 (the province's is
 * line 5); 55 longevity honoured 2024 (total), 56–63 its eight `longevity-age` groups; 64 VIE070 clubs
 * 2020 (source published 2020-11); 70 sport teams; 79 target members, older-members group; 82 a
 * target 2025/2035; 83 World Bank clubs 2024 (source published 2024-05-28); 91 VN people 60+ 2025;
 * 94 a projection for 2038; 43 the allowance base level, a rule. sources.csv 21: worldbank-2024.
 */

describe("dates in the future", () => {
  it.each<[string, string, Edit, string[]]>([
    [
      "a source published in a later year",
      "sources.csv",
      replaceOnLine(21, ",2024-05-28,", ",2027-05-28,"),
      ["data/sources.csv:21:5 date-future"],
    ],
    ["a source published next month", "sources.csv", replaceOnLine(21, ",2024-05-28,", ",2026-12,"), ["data/sources.csv:21:5 date-future"]],
    [
      "a source published tomorrow",
      "sources.csv",
      replaceOnLine(21, ",2024-05-28,", ",2026-12-01,"),
      ["data/sources.csv:21:5 date-future"],
    ],
    ["a source published today", "sources.csv", replaceOnLine(21, ",2024-05-28,", ",2026-11-30,"), []],
    ["a source published this month, day unknown", "sources.csv", replaceOnLine(21, ",2024-05-28,", ",2026-11,"), []],
    ["a source published this year, month unknown", "sources.csv", replaceOnLine(21, ",2024-05-28,", ",2026,"), []],
    ["a club founded next year", "clubs.csv", replaceOnLine(2, "thôn Đông,,,,", "thôn Đông,2027,,,"), ["data/clubs.csv:2:7 date-future"]],
    ["a club founded this year", "clubs.csv", replaceOnLine(2, "thôn Đông,,,,", "thôn Đông,2026,,,"), []],
    ["a measured figure for next year", "observations.csv", setCell(91, 3, "2027"), ["data/observations.csv:91:3 period-future"]],
    [
      "a measured figure for a range that has not begun",
      "observations.csv",
      setCell(91, 3, "2027/2030"),
      ["data/observations.csv:91:3 period-future"],
    ],
    ["a projection for a later year", "observations.csv", replaceOnLine(94, ",2038,", ",2060,"), []],
    ["a target for a later range", "observations.csv", setCell(82, 3, "2030/2040"), []],
    ["a rule in force from a day after today", "observations.csv", replaceOnLine(43, ",2024-07-01,", ",2027-01-01,"), []],
  ])("%s", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual(expected);
  });

  it("an indicator marked measured instead of projection makes its future figures errors", () => {
    const result = validateEdit("indicators.csv", replaceOnLine(8, ",percent,false,projection,", ",percent,false,measured,"));
    expect(locate(result)).toEqual(["data/observations.csv:94:3 period-future", "data/observations.csv:95:3 period-future"]);
  });

  it("today is the day in Viet Nam: 17:00 UTC on 30 November is already 1 December there", () => {
    const tomorrow = setCell(91, 3, "2026-12-01");
    expect(locate(validateEdit("observations.csv", tomorrow, { now: new Date("2026-11-30T16:59:00Z") }))).toEqual([
      "data/observations.csv:91:3 period-future",
    ]);
    // No longer in the future; still after its source's publication (October 2025).
    expect(locate(validateEdit("observations.csv", tomorrow, { now: new Date("2026-11-30T17:00:00Z") }))).toEqual([
      "data/observations.csv:91:3 period-after-source",
    ]);
  });

  it("a source from the future says what today is, in both languages", () => {
    const issue = validateEdit("sources.csv", replaceOnLine(21, ",2024-05-28,", ",2027-05-28,")).issues[0]!;
    expect(formatIssue(issue)).toBe(
      "data/sources.csv:21:5: published: ngày phát hành 2027-05-28 ở tương lai (hôm nay là 2026-11-30) — kiểm tra lại ngày tháng theo nguồn / the publication date 2027-05-28 is in the future (today is 2026-11-30) — check the date against the source",
    );
  });

  it("a measured figure from the future says how to mark a projection or target", () => {
    const issue = validateEdit("observations.csv", setCell(91, 3, "2027")).issues[0]!;
    expect(formatIssue(issue)).toBe(
      "data/observations.csv:91:3: period: thời kỳ 2027 chưa bắt đầu (hôm nay là 2026-11-30), mà elderly_60plus là số liệu đo (kind là measured trong indicators.csv) — kiểm tra lại thời kỳ; dự báo hay chỉ tiêu kế hoạch cần một chỉ tiêu có kind là projection hoặc target / the period 2027 has not begun (today is 2026-11-30), and elderly_60plus is a measured figure (kind is measured in indicators.csv) — check the period; a projection or a plan's target needs an indicator whose kind is projection or target",
    );
  });
});

describe("a measured figure dated after its source", () => {
  it.each<[string, Edit, string[]]>([
    ["a year after the source's day", setCell(83, 3, "2025"), ["data/observations.csv:83:3 period-after-source"]],
    ["the day after the source's day", setCell(83, 3, "2024-06-01"), ["data/observations.csv:83:3 period-after-source"]],
    ["the source's own day", setCell(83, 3, "2024-05-28"), []],
    ["a year whose start precedes the source, though its end does not", setCell(83, 3, "2024"), []],
    ["the last day of a source dated by month (2020-11)", setCell(64, 3, "2020-11-30"), []],
    ["the day after a source dated by month", setCell(64, 3, "2020-12-01"), ["data/observations.csv:64:3 period-after-source"]],
    ["the last day of a source dated by year (2024)", setCell(53, 3, "2024-12-31"), []],
    ["the year after a source dated by year", setCell(53, 3, "2025"), ["data/observations.csv:53:3 period-after-source"]],
    ["a figure from an undated source (yearbook-2022-vp), which cannot be checked", setCell(24, 3, "2024"), []],
    ["a target set for years after its plan was published", setCell(82, 3, "2030/2035"), []],
    ["a rule in force after its decree was published", replaceOnLine(43, ",2024-07-01,", ",2025-01-01,"), []],
  ])("%s", (_name, edit, expected) => {
    expect(locate(validateEdit("observations.csv", edit))).toEqual(expected);
  });

  it("a figure after its unit ended is reported for that alone, not also as after its source", () => {
    // Vĩnh Yên ended on 2025-07-01; the census source was published in 2019.
    expect(locate(validateEdit("observations.csv", setCell(6, 3, "2026")))).toEqual(["data/observations.csv:6:3 period-outside-area"]);
  });

  it("names the source and its date", () => {
    const issue = validateEdit("observations.csv", setCell(83, 3, "2025")).issues[0]!;
    expect(formatIssue(issue)).toBe(
      "data/observations.csv:83:3: period: thời kỳ 2025 bắt đầu sau khi nguồn worldbank-2024 được phát hành (2024-05-28): nguồn không thể đưa số liệu đo của thời gian chưa đến — kiểm tra lại thời kỳ hoặc mã nguồn / the period 2025 starts after the source worldbank-2024 was published (2024-05-28): a source cannot report a measured figure for a time still to come — check the period or the source id",
    );
  });
});

describe("fractional counts", () => {
  it.each<[string, Edit, string[]]>([
    ["half a club", setCell(83, 5, "186.5"), ["data/observations.csv:83:5 count-fraction"]],
    ["a fraction of a person", setCell(91, 5, "14300000.5"), ["data/observations.csv:91:5 count-fraction"]],
    ["a fraction of a team", setCell(70, 5, "32.5"), ["data/observations.csv:70:5 count-fraction"]],
    ["a fraction of a person in a group", setCell(56, 5, "7565.5"), ["data/observations.csv:56:5 count-fraction"]],
    [
      // Its province's total (line 28) no longer adds up either; the fraction is the one mistake shown.
      "a fraction of an administrative unit",
      setCell(29, 5, "9.5"),
      ["data/observations.csv:29:5 count-fraction"],
    ],
    ["a decimal area in km²", setCell(27, 5, "234.75"), []],
    ["a decimal coefficient", replaceOnLine(44, ",1.5,", ",1.75,"), []],
    ["a decimal percentage", setCell(54, 5, "2.95"), []],
    ["a count written with a zero decimal (186.0)", setCell(83, 5, "186.0"), []],
  ])("%s", (_name, edit, expected) => {
    expect(locate(validateEdit("observations.csv", edit))).toEqual(expected);
  });

  it("says what is counted and how to write millions", () => {
    const issue = validateEdit("observations.csv", setCell(91, 5, "14300000.5")).issues[0]!;
    expect(formatIssue(issue)).toBe(
      "data/observations.csv:91:5: value: 14300000.5 có phần lẻ, nhưng elderly_60plus đếm số người: số người phải là số nguyên — kiểm tra lại con số theo nguồn (2,5 triệu người viết là 2500000) / 14300000.5 has a fractional part, but elderly_60plus counts people: a number of people is a whole number — check the figure against the source (2.5 million people is written 2500000)",
    );
  });
});

describe("groups against their total", () => {
  /** Two more groups forming a second complete breakdown of the people honoured in 2024. */
  const bySex = (men: string, women: string): Changes => ({
    "groups.csv": appendLines("men,sex,Nam,Men", "women,sex,Nữ,Women"),
    "observations.csv": appendLines(
      `26,longevity_honoured,2024,men,${men},exact,opmoc-2024,,`,
      `26,longevity_honoured,2024,women,${women},exact,opmoc-2024,,`,
    ),
  });
  /** The target for club members made additive, so its one group (not in any breakdown) is compared with its total. */
  const additiveTarget = replaceOnLine(26, "ishc_target_members,persons,false,", "ishc_target_members,persons,true,");
  const dropLine = (n: number) => editLine(n, () => "DROP");
  const withoutDropped = (edit: (text: string) => string) => (text: string) =>
    edit(text)
      .split("\n")
      .filter((l) => l !== "DROP")
      .join("\n");

  it.each<[string, Changes, string[]]>([
    [
      "a total one more than its complete breakdown",
      { "observations.csv": setCell(55, 5, "20929") },
      ["data/observations.csv:55:5 breakdown-sum-mismatch"],
    ],
    [
      "a group one more, breaking its complete breakdown",
      { "observations.csv": setCell(56, 5, "7566") },
      ["data/observations.csv:55:5 breakdown-sum-mismatch"],
    ],
    [
      "an incomplete breakdown (one age missing) that adds up to less than the total",
      { "observations.csv": withoutDropped(dropLine(63)) },
      [],
    ],
    [
      "an incomplete breakdown that adds up to more than the total",
      { "observations.csv": withoutDropped(both(dropLine(63), setCell(56, 5, "20000"))) },
      ["data/observations.csv:55:5 breakdown-over-total"],
    ],
    ["a group stated as over a number, which makes the sum only a lower bound", { "observations.csv": setCell(56, 6, "over") }, []],
    [
      "a group stated as over a number large enough to exceed the total",
      { "observations.csv": both(setCell(56, 5, "8000"), setCell(56, 6, "over")) },
      ["data/observations.csv:55:5 breakdown-over-total"],
    ],
    [
      "a group stated as about a number, which bounds nothing",
      { "observations.csv": both(setCell(56, 5, "80000"), setCell(56, 6, "about")) },
      [],
    ],
    [
      "a total stated as over a number, which has no upper bound",
      { "observations.csv": both(setCell(55, 5, "20000"), setCell(55, 6, "over")) },
      [],
    ],
    ["a total stated as nearly a number", { "observations.csv": both(setCell(55, 5, "20000"), setCell(55, 6, "nearly")) }, []],
    ["two complete breakdowns of the same total, each adding up", bySex("10000", "10928"), []],
    ["a second breakdown that does not add up", bySex("10000", "10929"), ["data/observations.csv:55:5 breakdown-sum-mismatch"]],
    ["a group in no breakdown, smaller than its total", { "indicators.csv": additiveTarget }, []],
    [
      "a group in no breakdown, larger than its total",
      { "indicators.csv": additiveTarget, "observations.csv": setCell(79, 5, "160000") },
      ["data/observations.csv:79:5 group-over-total"],
    ],
    ["a larger group of an indicator that is not additive (a share)", { "observations.csv": setCell(68, 5, "90") }, []],
    [
      "a breakdown whose groups.csv row has a mistake is not taken as complete",
      { "groups.csv": replaceOnLine(16, "age-over-100,", "Age-over-100,"), "observations.csv": setCell(55, 5, "20929") },
      ["data/groups.csv:16:1 pattern", "data/observations.csv:63:4 foreign-key"],
    ],
  ])("%s", (_name, changes, expected) => {
    expect(locate(validateWith(changes))).toEqual(expected);
  });

  it("a breakdown that does not add up names its total, its sum and its lines", () => {
    const issue = validateEdit("observations.csv", setCell(55, 5, "20929")).issues[0]!;
    expect(formatIssue(issue)).toBe(
      "data/observations.csv:55:5: value: 20929 khác tổng các nhóm của cách chia longevity-age (20928, các dòng 56, 57, 58, 59, 60, 61, 62, 63) — kiểm tra lại từng số theo nguồn / 20929 differs from the sum of its longevity-age groups (20928, lines 56, 57, 58, 59, 60, 61, 62, 63) — check each figure against the source",
    );
  });

  it("a group larger than its total says a part cannot exceed the whole", () => {
    const result = validateWith({ "indicators.csv": additiveTarget, "observations.csv": setCell(79, 5, "160000") });
    expect(formatIssue(result.issues[0]!)).toBe(
      "data/observations.csv:79:5: value: 160000 lớn hơn số liệu của toàn bộ (150000, dòng 78): một nhóm không thể lớn hơn toàn bộ — kiểm tra lại từng số theo nguồn / 160000 is more than the figure for everyone (150000, line 78): a group cannot be larger than the whole — check each figure against the source",
    );
  });
});

describe("one period written two ways", () => {
  it.each<[string, Edit, string[]]>([
    ["a year written as a range of itself (2024/2024)", setCell(83, 3, "2024/2024"), ["data/observations.csv:83:3 period-long-form"]],
    ["a year written as its first and last days", setCell(83, 3, "2024-01-01/2024-12-31"), ["data/observations.csv:83:3 period-long-form"]],
    ["a range of years written as days", setCell(82, 3, "2025-01-01/2035-12-31"), ["data/observations.csv:82:3 period-long-form"]],
    ["a day written as a range of itself", setCell(15, 3, "2019-04-01/2019-04-01"), ["data/observations.csv:15:3 period-long-form"]],
    ["a range starting mid-year, which has no shorter form", setCell(82, 3, "2025-07-01/2035"), []],
    [
      "the same figure again under the long form of its period",
      appendLines("26,elderly_60plus,2022/2022,,190000,over,ldxh-2022,,"),
      ["data/observations.csv:96:1 primary-key-duplicate", "data/observations.csv:96:3 period-long-form"],
    ],
    [
      "the same figure again under its period written as days",
      appendLines("26,elderly_60plus,2022-01-01/2022-12-31,,190000,over,ldxh-2022,,"),
      ["data/observations.csv:96:1 primary-key-duplicate", "data/observations.csv:96:3 period-long-form"],
    ],
    [
      "a figure for the year's first day beside the year's figure",
      appendLines("26,elderly_60plus,2022-01-01,,190000,over,ldxh-2022,,"),
      [],
    ],
    [
      // The district's period, written the long way, still counts in its province's sum (line 5).
      "a district figure under a long-form period still adds up into its province",
      both(setCell(15, 3, "2019-04-01/2019-04-01"), setCell(15, 5, "119129")),
      ["data/observations.csv:5:5 sum-mismatch", "data/observations.csv:15:3 period-long-form"],
    ],
  ])("%s", (_name, edit, expected) => {
    expect(locate(validateEdit("observations.csv", edit))).toEqual(expected);
  });

  it("the long form says which short form to write", () => {
    const issue = validateEdit("observations.csv", setCell(83, 3, "2024/2024")).issues[0]!;
    expect(formatIssue(issue)).toBe(
      'data/observations.csv:83:3: period: "2024/2024" là cách viết dài của thời kỳ 2024; mỗi thời kỳ chỉ viết một cách — viết 2024 / "2024/2024" is a long way of writing the period 2024; each period is written one way only — write 2024',
    );
  });

  it("a repeated figure under another writing of its period says the two are one period", () => {
    const issue = validateEdit("observations.csv", appendLines("26,elderly_60plus,2022/2022,,190000,over,ldxh-2022,,")).issues[0]!;
    expect(formatIssue(issue)).toBe(
      'data/observations.csv:96:1: area: dòng này trùng khóa (area=26, indicator=elderly_60plus, period=2022/2022, group=) với dòng 2: "2022/2022" và "2022" là cùng một thời kỳ — mỗi số liệu chỉ được có một dòng; xóa dòng trùng hoặc sửa lại / this line repeats the key (area=26, indicator=elderly_60plus, period=2022/2022, group=) of line 2: "2022/2022" and "2022" are the same period — each figure may have one line only; delete the repeat or correct it',
    );
  });
});
