import { describe, expect, it } from "vitest";
import type { FieldDescriptor } from "../../src/lib/validate/Descriptor.ts";
import { isValidDate } from "../../src/lib/dates.ts";
import { parseCell, parseDate, parseNumber, type Parsed } from "../../src/lib/validate/parseCell.ts";
import { spaceProblem, textProblem } from "../../src/lib/validate/textProblems.ts";

/** The problem of a failed parse; fails the test when the parse succeeded. */
function problemOf(parsed: Parsed) {
  if (parsed.ok) throw new Error(`expected a problem, got the value ${JSON.stringify(parsed.value)}`);
  return parsed.problem;
}

describe("parseNumber", () => {
  it.each<[string, boolean, number]>([
    ["0", false, 0],
    ["190000", false, 190000],
    ["190000", true, 190000],
    ["1.5", false, 1.5],
    ["50.8", false, 50.8],
    ["120.13", false, 120.13],
    ["21.30891", false, 21.30891],
    ["-3", true, -3],
    ["-0.5", false, -0.5],
    ["0.125", false, 0.125],
    ["0.001", false, 0.001],
    ["11409000", true, 11409000],
  ])("parseNumber(%j, integer=%s) reads %d", (raw, integer, value) => {
    expect(parseNumber(raw, integer)).toEqual({ ok: true, value });
  });

  // [raw, integer, what it reports, code, words the English hint must contain]
  it.each<[string, boolean, string, string, string]>([
    ["190.000", false, "a thousands separator", "number-thousands-separator", "write 190000 without a thousands separator"],
    ["1.151.154", true, "a thousands separator", "number-thousands-separator", "write 1151154"],
    ["-2.500", false, "a thousands separator", "number-thousands-separator", "write -2500"],
    ["190,000", false, "a thousands separator", "number-thousands-separator", "write 190000"],
    ["190 000", false, "a thousands separator", "number-thousands-separator", "write 190000 without spaces"],
    ["190\u00a0000", false, "a thousands separator", "number-thousands-separator", "write 190000 without spaces"],
    ["190\u202f000", false, "a thousands separator", "number-thousands-separator", "write 190000 without spaces"],
    ["1,5", false, "a decimal comma", "number-decimal-comma", "write 1.5 with a decimal point"],
    ["0,125", false, "a decimal comma", "number-decimal-comma", "write 0.125 with a decimal point"],
    ["11,86", false, "a decimal comma", "number-decimal-comma", "write 11.86"],
    ["12e3", false, "scientific notation", "number-scientific", "write 12000 in full"],
    ["1.9E+05", true, "scientific notation", "number-scientific", "write 190000 in full"],
    ["1E-5", false, "scientific notation", "number-scientific", "write 0.00001 in full"],
    ["1.2e21", false, "scientific notation", "number-scientific", "write all the digits in full"],
    ["#N/A", false, "a spreadsheet error value", "number-placeholder", "leave the cell empty"],
    ["#VALUE!", false, "a spreadsheet error value", "number-placeholder", "leave the cell empty"],
    ["#DIV/0!", false, "a spreadsheet error value", "number-placeholder", "leave the cell empty"],
    ["N/A", false, "a placeholder", "number-placeholder", "leave the cell empty"],
    ["-", false, "a placeholder", "number-placeholder", "leave the cell empty"],
    ["…", false, "a placeholder", "number-placeholder", "leave the cell empty"],
    ["không có", false, "a placeholder in Vietnamese", "number-placeholder", "leave the cell empty"],
    ["TRUE", false, "a true/false value", "number-boolean", "not true/false"],
    ["false", true, "a true/false value", "number-boolean", "not true/false"],
    ["70%", false, "a percent sign", "number-percent-sign", "without %"],
    ["2,9 %", false, "a percent sign", "number-percent-sign", "without %"],
    ["500000đ", true, "a unit", "number-with-unit", "without its unit"],
    ["500.000 ₫", true, "a unit", "number-with-unit", "without its unit"],
    ["1000 người", true, "a unit", "number-with-unit", "without its unit"],
    ["~1000", true, "a qualifier", "number-with-qualifier", "qualifier column"],
    [">95", true, "a qualifier", "number-with-qualifier", "qualifier column"],
    ["hơn 190000", true, "a qualifier in Vietnamese", "number-with-qualifier", "qualifier column"],
    ["over 190000", true, "a qualifier", "number-with-qualifier", "qualifier column"],
    ["0243", true, "a leading zero", "number-leading-zero", "drop the leading zero: write 243"],
    ["007.5", false, "a leading zero", "number-leading-zero", "write 7.5"],
    ["1.5", true, "a decimal in a whole-number column", "integer-decimal", "whole numbers only"],
    ["50.8", true, "a decimal in a whole-number column", "integer-decimal", "whole numbers only"],
    ["một trăm", false, "words", "number-invalid", "use digits, a decimal point and a minus sign only"],
    ["1.2.3", false, "a version-like number", "number-invalid", "e.g. 190000 or 1.5"],
    [".5", false, "a missing leading zero", "number-invalid", "e.g. 190000 or 1.5"],
    ["1.", false, "a trailing point", "number-invalid", "e.g. 190000 or 1.5"],
    ["+5", false, "a plus sign", "number-with-qualifier", "qualifier column"],
  ])("parseNumber(%j, integer=%s) reports %s", (raw, integer, _what, code, hint) => {
    const problem = problemOf(parseNumber(raw, integer));
    expect(problem.code).toBe(code);
    expect(problem.en).toContain(hint);
    // The cell is quoted back in both languages, so the editor can find it.
    expect(problem.vi).toContain(`"${raw.replace(/\u00a0/g, "<U+00A0>").replace(/\u202f/g, "<U+202F>")}"`);
    expect(problem.en).toContain(`"${raw.replace(/\u00a0/g, "<U+00A0>").replace(/\u202f/g, "<U+202F>")}"`);
  });

  it("names the kind of number the column needs, in both languages", () => {
    expect(problemOf(parseNumber("abc", true))).toMatchObject({
      vi: expect.stringContaining("không phải là số nguyên hợp lệ"),
      en: expect.stringContaining("is not a valid whole number"),
    });
    expect(problemOf(parseNumber("abc", false))).toMatchObject({
      vi: expect.stringContaining("không phải là số hợp lệ"),
      en: expect.stringContaining("is not a valid number"),
    });
  });

  it('parseNumber("190.000") gives the Vietnamese and English message an editor reads', () => {
    expect(problemOf(parseNumber("190.000", false))).toMatchInlineSnapshot(`
      {
        "code": "number-thousands-separator",
        "en": ""190.000" is not a valid number — write 190000 without a thousands separator",
        "vi": ""190.000" không phải là số hợp lệ — viết 190000, không dùng dấu chấm phân cách hàng nghìn",
      }
    `);
  });

  it('parseNumber("1,5") suggests the decimal point in Vietnamese too', () => {
    expect(problemOf(parseNumber("1,5", false)).vi).toBe('"1,5" không phải là số hợp lệ — viết 1.5, dùng dấu chấm cho phần thập phân');
  });
});

describe("parseDate", () => {
  it.each(["2019-04-01", "2024-02-29", "2025-07-01"])("parseDate(%j) reads the day", (raw) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: raw });
  });

  it.each<[string, string, string, string]>([
    ["01/04/2009", "a day-first date", "date-format", "write 2009-04-01 (year-month-day)"],
    ["1.4.2009", "a day-first date with dots", "date-format", "write 2009-04-01"],
    ["23-12-2008", "a day-first date with hyphens", "date-format", "write 2008-12-23"],
    ["39805", "an Excel serial number", "date-excel-serial", "format the cell as Text"],
    ["2023-02-29", "a day that does not exist", "date-invalid", "YYYY-MM-DD"],
    ["2019-4-1", "a date without leading zeros", "date-invalid", "YYYY-MM-DD"],
    ["tháng 4/2019", "a date in words", "date-invalid", "YYYY-MM-DD"],
  ])("parseDate(%j) reports %s", (raw, _what, code, hint) => {
    const problem = problemOf(parseDate(raw));
    expect(problem.code).toBe(code);
    expect(problem.en).toContain(hint);
  });

  it.each<[string, boolean]>([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2025-13-01", false],
    ["2025-04-31", false],
    ["2025-4-01", false],
    [" 2025-04-01", false],
  ])("isValidDate(%j) is %s", (raw, valid) => {
    expect(isValidDate(raw)).toBe(valid);
  });
});

describe("parseCell", () => {
  const field = (type: FieldDescriptor["type"], extra: Partial<FieldDescriptor> = {}): FieldDescriptor => ({
    name: "x",
    type,
    title: "X",
    titleVi: "X",
    description: "",
    descriptionVi: "",
    ...extra,
  });

  it.each<[string, FieldDescriptor, string, Parsed["ok"], unknown]>([
    ["a string passes through unchanged", field("string"), " 0243 ", true, " 0243 "],
    ["a number is read as a number", field("number"), "50.8", true, 50.8],
    ["an integer refuses a decimal", field("integer"), "50.8", false, "integer-decimal"],
    ["a date is kept as ISO text", field("date"), "2008-12-23", true, "2008-12-23"],
    ["a boolean reads the default true values", field("boolean"), "TRUE", true, true],
    ["a boolean reads the default false values", field("boolean"), "0", true, false],
    [
      "a boolean with its own values refuses the others",
      field("boolean", { trueValues: ["true"], falseValues: ["false"] }),
      "TRUE",
      false,
      "boolean-invalid",
    ],
    ["a boolean with its own values reads them", field("boolean", { trueValues: ["có"], falseValues: ["không"] }), "không", true, false],
  ])("%s", (_name, f, raw, ok, expected) => {
    const parsed = parseCell(raw, f);
    expect(parsed.ok).toBe(ok);
    expect(parsed.ok ? parsed.value : parsed.problem.code).toEqual(expected);
  });

  it("a boolean that is not allowed lists the values that are", () => {
    const problem = problemOf(parseCell("yes", field("boolean", { trueValues: ["true"], falseValues: ["false"] })));
    expect(problem.en).toBe('"yes" is not a true/false value — use one of: true, false');
  });
});

describe("textProblem", () => {
  it.each([
    "Vĩnh Phúc",
    "Tổng điều tra dân số và nhà ở 2019.",
    "ĐỒNG BẰNG SÔNG HỒNG",
    // Vowel pairs real Vietnamese writes, which a VNI check must not flag.
    "hoà quá thuý khoẻ xuân huế giá già kìa mùa của ngõ rõ Nguyễn tuổi người",
    "HOÀ QUÁ THUÝ KHOẺ XUÂN HUẾ",
    "21°, 234.7 km², 2021–2025 · “quoted” — …",
    "Café, São Paulo, Bogotá",
    "",
  ])("accepts %j", (text) => {
    expect(textProblem(text)).toBeNull();
  });

  it.each<[string, string, string]>([
    ["V\ufffdnh Ph\ufffdc", "bytes that are not UTF-8", "encoding-not-utf8"],
    ["VÄ©nh PhÃºc", "mojibake of Vĩnh Phúc", "encoding-mojibake"],
    ["Ngưá»i cao tuá»•i", "mojibake of Người cao tuổi", "encoding-mojibake"],
    ["Háº¡nh", "mojibake of ạ", "encoding-mojibake"],
    ["VÜnh Yªn", "TCVN3 (ABC) for Vĩnh Yên", "encoding-legacy-font"],
    ["Ng\u00adêi cao tuæi", "TCVN3 (ABC) for Người cao tuổi", "encoding-legacy-font"],
    ["Vónh Phuùc", "VNI for Vĩnh Phúc", "encoding-legacy-font"],
    ["VÓNH PHUÙC", "VNI in capitals", "encoding-legacy-font"],
    ["Ngöôøi cao tuoåi", "VNI for Người cao tuổi", "encoding-legacy-font"],
    ["Tam Ñaûo", "VNI for Tam Đảo", "encoding-legacy-font"],
    ["Vieät Nam", "VNI for Việt Nam", "encoding-legacy-font"],
    ["Phaân", "VNI for Phân", "encoding-legacy-font"],
    ["tænh", "VNI for tỉnh", "encoding-legacy-font"],
    ["a\u200bb", "a zero-width space", "invisible-character"],
    ["\ufeff26", "a byte order mark", "invisible-character"],
    ["190\u00a0000", "a no-break space", "invisible-character"],
    // TCVN3 writes ư as U+00AD, so a soft hyphen is taken for a legacy-font remnant.
    ["soft\u00adhyphen", "a soft hyphen", "encoding-legacy-font"],
    ["left\u200eto right", "a direction mark", "invisible-character"],
  ])("reports %j (%s) as %s", (text, _what, code) => {
    expect(textProblem(text)?.code).toBe(code);
  });

  it("shows an invisible character by its code point", () => {
    const problem = textProblem("ldxh-2022\u200b")!;
    expect(problem.vi).toBe('"ldxh-2022<U+200B>" có ký tự ẩn U+200B — xóa ký tự đó (thường do chép từ web hoặc Word)');
    expect(problem.en).toBe(
      '"ldxh-2022<U+200B>" contains the invisible character U+200B — delete it (it usually comes from copying from the web or Word)',
    );
  });
});

describe("spaceProblem", () => {
  it.each(["over", "Vĩnh Yên", "", "a b"])("accepts %j", (text) => {
    expect(spaceProblem(text)).toBeNull();
  });

  it.each([" over", "over ", "  ", "over\n"])("reports %j", (text) => {
    expect(spaceProblem(text)?.code).toBe("stray-space");
  });
});

describe("parseNumber with the column's range", () => {
  it("parseNumber('21.236') in a latitude column (8–24) is the decimal 21.236", () => {
    expect(parseNumber("21.236", false, { minimum: 8, maximum: 24 })).toEqual({ ok: true, value: 21.236 });
  });

  it("parseNumber('190.000') in a column with no upper bound still reports a thousands separator", () => {
    const parsed = parseNumber("190.000", false, { minimum: 0 });
    expect(parsed.ok ? null : parsed.problem.code).toBe("number-thousands-separator");
  });
});

describe("edge cases found in review", () => {
  it("parseDate('31/02/2009') does not suggest the impossible day 2009-02-31", () => {
    const parsed = parseDate("31/02/2009");
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.problem.en).not.toContain("2009-02-31");
  });

  it("textProblem reports a tab inside a cell", () => {
    expect(textProblem("Vĩnh\tYên")?.code).toBe("invisible-character");
  });
});
