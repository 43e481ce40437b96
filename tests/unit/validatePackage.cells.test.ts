import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/validate/Issue.ts";
import { validateEdit, locate, lineOf, editLine, replaceOnLine, setCell, ORIGINAL_TEXT, type Edit } from "./validatePackageFixture.ts";

/* The validator on single cells and keys: types, constraints, primary and foreign keys. */

describe("cell types", () => {
  // Observation line 2 is `26,elderly_60plus,2022,,190000,over,ldxh-2022,,`: value is cell 5.
  it.each([
    ["190.000", "number-thousands-separator"],
    ['"190,000"', "number-thousands-separator"],
    ['"1,5"', "number-decimal-comma"],
    ["12e3", "number-scientific"],
    ["1.9E+05", "number-scientific"],
    ["#N/A", "number-placeholder"],
    ["-", "number-placeholder"],
    ["TRUE", "number-boolean"],
    ["70%", "number-percent-sign"],
    ["190000đ", "number-with-unit"],
    ["~190000", "number-with-qualifier"],
    ["0190000", "number-leading-zero"],
    ["một trăm", "number-invalid"],
  ])("value %s is reported as %s at line 2, cell 5", (cell, code) => {
    expect(locate(validateEdit("observations.csv", setCell(2, 5, cell)))).toEqual([`data/observations.csv:2:5 ${code}`]);
  });

  it("a thousands separator is explained with the number to write", () => {
    const issue = validateEdit("observations.csv", setCell(2, 5, "190.000")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/observations.csv:2:5: value: "190.000" không phải là số hợp lệ — viết 190000, không dùng dấu chấm phân cách hàng nghìn / "190.000" is not a valid number — write 190000 without a thousands separator"`,
    );
  });

  it.each<[string, string, Edit, string]>([
    [
      "a decimal in a whole-number column",
      "clubs.csv",
      replaceOnLine(2, "thôn Đông,,,,", "thôn Đông,2018.5,,,"),
      "data/clubs.csv:2:7 integer-decimal",
    ],
    [
      "a boolean the schema does not list",
      "indicators.csv",
      replaceOnLine(2, "population,persons,true,", "population,persons,TRUE,"),
      "data/indicators.csv:2:3 boolean-invalid",
    ],
    [
      "a boolean written as yes",
      "indicators.csv",
      replaceOnLine(2, "population,persons,true,", "population,persons,có,"),
      "data/indicators.csv:2:3 boolean-invalid",
    ],
    ["a date written day first", "areas.csv", setCell(12, 8, "23/12/2008"), "data/areas.csv:12:8 date-format"],
    ["a date that does not exist", "areas.csv", setCell(12, 8, "2008-02-30"), "data/areas.csv:12:8 date-invalid"],
    ["a date shown as Excel's serial number", "areas.csv", setCell(12, 8, "39805"), "data/areas.csv:12:8 date-excel-serial"],
  ])("%s is reported at its cell", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual([expected]);
  });
});

describe("constraints and keys", () => {
  it.each<[string, string, Edit, string[]]>([
    ["a required cell left empty", "observations.csv", setCell(2, 7, ""), ["data/observations.csv:2:7 required"]],
    ["a required cell in a table others refer to", "areas.csv", setCell(4, 5, ""), ["data/areas.csv:4:5 required"]],
    ["a value not in the list (Over)", "observations.csv", setCell(2, 6, "Over"), ["data/observations.csv:2:6 enum"]],
    ["a value not in the list and not close to any", "sources.csv", setCell(8, 6, "D"), ["data/sources.csv:8:6 enum"]],
    ["a negative value", "observations.csv", setCell(2, 5, "-5"), ["data/observations.csv:2:5 minimum"]],
    ["a latitude out of range", "areas.csv", setCell(4, 11, "121.30891"), ["data/areas.csv:4:11 maximum"]],
    ["a longitude out of range", "areas.csv", setCell(4, 12, "21.30891"), ["data/areas.csv:4:12 minimum"]],
    ["a slug with capitals and a space", "areas.csv", setCell(4, 4, "Vinh Yen"), ["data/areas.csv:4:4 pattern"]],
    ["a slug with Vietnamese letters", "areas.csv", setCell(4, 4, "vĩnh-yên"), ["data/areas.csv:4:4 pattern"]],
    ["a period written day first (01/04/2009)", "observations.csv", setCell(6, 3, "01/04/2009"), ["data/observations.csv:6:3 pattern"]],
    [
      "a period with a day that does not exist",
      "observations.csv",
      setCell(2, 3, "2022-02-30"),
      ["data/observations.csv:2:3 period-invalid"],
    ],
    [
      "a period range that runs backwards",
      "observations.csv",
      replaceOnLine(76, "2021/2025", "2025/2021"),
      ["data/observations.csv:76:3 period-invalid"],
    ],
    [
      "a repeated primary key",
      "observations.csv",
      editLine(16, () => lineOf(ORIGINAL_TEXT("observations.csv"), 15)),
      ["data/observations.csv:16:1 primary-key-duplicate"],
    ],
    ["a repeated unique slug", "areas.csv", setCell(5, 4, "vinh-yen"), ["data/areas.csv:5:4 unique-duplicate"]],
    // The renamed row's old id is gone, so the figure citing it is reported too.
    [
      "a repeated single-column primary key",
      "indicators.csv",
      replaceOnLine(3, "population_average,", "population,"),
      ["data/indicators.csv:3:1 unique-duplicate", "data/observations.csv:24:2 foreign-key"],
    ],
    ["a source id that does not exist", "observations.csv", setCell(2, 7, "ldxh-2099"), ["data/observations.csv:2:7 foreign-key"]],
    ["an area code with a leading zero (0243)", "observations.csv", setCell(6, 1, "0243"), ["data/observations.csv:6:1 foreign-key"]],
    ["an indicator id in capitals", "observations.csv", setCell(2, 2, "Elderly_60plus"), ["data/observations.csv:2:2 foreign-key"]],
    ["a group that does not exist", "observations.csv", setCell(56, 4, "age-71"), ["data/observations.csv:56:4 foreign-key"]],
    ["a parent that does not exist", "areas.csv", setCell(4, 3, "27"), ["data/areas.csv:4:3 foreign-key"]],
    ["a club in an unknown district", "clubs.csv", replaceOnLine(2, ",252,", ",250,"), ["data/clubs.csv:2:4 foreign-key"]],
  ])("%s is reported at its cell", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual(expected);
  });

  it("a repeated key is reported on the later line and names the earlier line", () => {
    const issue = validateEdit(
      "observations.csv",
      editLine(16, () => lineOf(ORIGINAL_TEXT("observations.csv"), 15)),
    ).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/observations.csv:16:1: area: dòng này trùng khóa (area=243, indicator=population, period=2019-04-01, group=) với dòng 15 — mỗi số liệu chỉ được có một dòng; xóa dòng trùng hoặc sửa lại / this line repeats the key (area=243, indicator=population, period=2019-04-01, group=) of line 15 — each figure may have one line only; delete the repeat or correct it"`,
    );
  });

  it("a repeated unique value names the earlier line in both languages", () => {
    const issue = validateEdit("areas.csv", setCell(5, 4, "vinh-yen")).issues[0]!;
    expect(issue.vi).toContain("dòng 4");
    expect(issue.en).toContain("line 4");
  });

  it("a leading-zero area code suggests the code without the zero", () => {
    const issue = validateEdit("observations.csv", setCell(6, 1, "0243")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/observations.csv:6:1: area: "0243" không có trong data/areas.csv (cột code) — có phải ý bạn là "243"? / "0243" is not found in data/areas.csv (column code) — did you mean "243"?"`,
    );
  });

  it.each([
    ["Over", "over"],
    ["OVER", "over"],
    ["at least", "at_least"],
    ["At-Least", "at_least"],
  ])("qualifier %j suggests %j", (typed, meant) => {
    const issue = validateEdit("observations.csv", setCell(2, 6, typed)).issues[0]!;
    expect(issue.code).toBe("enum");
    expect(issue.vi).toContain(`có phải ý bạn là "${meant}"?`);
    expect(issue.en).toContain(`did you mean "${meant}"?`);
  });

  it("a source id that does not exist says to add it to sources.csv first", () => {
    const issue = validateEdit("observations.csv", setCell(2, 7, "ldxh-2099")).issues[0]!;
    expect(issue.en).toBe('"ldxh-2099" is not found in data/sources.csv (column id) — add that row to data/sources.csv first');
  });

  it("a source that is removed is reported on every row that cites it", () => {
    const result = validateEdit("sources.csv", (text) =>
      text
        .split("\n")
        .filter((line) => !line.startsWith("worldbank-2024,"))
        .join("\n"),
    );
    expect(locate(result)).toEqual([
      "data/observations.csv:83:7 foreign-key",
      "data/observations.csv:84:7 foreign-key",
      "data/programmes.csv:3:7 foreign-key",
    ]);
  });
});

describe("numbers that look like thousands", () => {
  it("a latitude of 21.236 is accepted: its column's range rules out 21,236", () => {
    const result = validateEdit("areas.csv", replaceOnLine(4, "21.30891", "21.236"));
    expect(locate(result)).toEqual([]);
  });

  it("190 000 written with a no-break space gets the thousands-separator hint", () => {
    const result = validateEdit("observations.csv", replaceOnLine(2, "190000", "190\u00a0000"));
    expect(locate(result)).toEqual(["data/observations.csv:2:5 number-thousands-separator"]);
  });
});
