import { isValidDate } from "../dates.ts";
import type { FieldDescriptor } from "./Descriptor.ts";
import { message, showValue, type Message } from "./Issue.ts";

export type CellValue = string | number | boolean | null;
export type Parsed = { ok: true; value: CellValue } | { ok: false; problem: Message };

/** Spreadsheet error values and placeholders editors use for "no figure". */
const PLACEHOLDER =
  /^(#N\/A|N\/A|NA|n\.a\.|null|none|nan|-|–|—|\?|\.\.\.|…|x|#VALUE!|#REF!|#DIV\/0!|#NAME\?|#NUM!|#NULL!|không có|chưa có)$/iu;
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

const ok = (value: CellValue): Parsed => ({ ok: true, value });

function inRange(value: number, range: { minimum?: number; maximum?: number }): boolean {
  return (range.minimum === undefined || value >= range.minimum) && (range.maximum === undefined || value <= range.maximum);
}

/** True when "21.236" can only be the decimal 21.236 in this column, never 21236. */
function onlyDecimalFits(raw: string, range: { minimum?: number; maximum?: number }): boolean {
  return /^-?\d+\.\d{3}$/.test(raw) && inRange(Number(raw), range) && !inRange(Number(raw.replace(/\./g, "")), range);
}
const fail = (problem: Message): Parsed => ({ ok: false, problem });

function notNumber(raw: string, code: string, hint: { vi: string; en: string }, kind = "số"): Parsed {
  return fail(
    message(
      code,
      `${showValue(raw)} không phải là ${kind} hợp lệ`,
      `${showValue(raw)} is not a valid ${kind === "số" ? "number" : "whole number"}`,
      hint,
    ),
  );
}

/** Significant digits a number on a page keeps exactly: a double holds 15 whatever the value. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * A value the page cannot show as written: so large it reads as infinity, or with more digits
 * than a number keeps, so it would be published rounded. Both are refused, never coerced.
 */
function tooManyDigits(raw: string, value: number): Message | null {
  const digits = raw.replace(/^-/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  const integerDigits = raw.replace(/^-/, "").split(".")[0]!.length;
  if (!Number.isFinite(value)) {
    return message(
      "number-not-finite",
      `số này có ${integerDigits} chữ số, quá lớn để hiển thị (trang sẽ ghi là ∞)`,
      `this number has ${integerDigits} digits, too large to show (the page would read ∞)`,
      { vi: "kiểm tra lại con số theo nguồn", en: "check the figure against the source" },
    );
  }
  if (digits.length > MAX_SIGNIFICANT_DIGITS) {
    return message(
      "number-too-many-digits",
      `số này có ${digits.length} chữ số có nghĩa; trang chỉ giữ đúng ${MAX_SIGNIFICANT_DIGITS} chữ số, phần còn lại sẽ bị làm tròn`,
      `this number has ${digits.length} significant digits; the page keeps only ${MAX_SIGNIFICANT_DIGITS} exactly and would round the rest`,
      {
        vi: "kiểm tra lại con số theo nguồn, hoặc bớt chữ số thập phân",
        en: "check the figure against the source, or drop decimal places",
      },
    );
  }
  return null;
}

/**
 * Reads a number the strict way a machine would, and when it fails says what the editor most
 * likely typed: a thousands separator, a decimal comma, a spreadsheet error value, a percent sign.
 */
export function parseNumber(raw: string, integer: boolean, range: { minimum?: number; maximum?: number } = {}): Parsed {
  const kind = integer ? "số nguyên" : "số";
  // "190.000" reads as 190 to a machine but as 190,000 to a Vietnamese reader: never guess.
  // A first group of 0 ("0.125") cannot be thousands, so that is a plain decimal; so is a
  // value such as a latitude "21.236" whose column's range rules out the thousands reading.
  if (/^-?[1-9]\d{0,2}(\.\d{3})+$/.test(raw) && !onlyDecimalFits(raw, range)) {
    const digits = raw.replace(/\./g, "");
    return notNumber(
      raw,
      "number-thousands-separator",
      { vi: `viết ${digits}, không dùng dấu chấm phân cách hàng nghìn`, en: `write ${digits} without a thousands separator` },
      kind,
    );
  }
  if (PLAIN_NUMBER.test(raw)) {
    const value = Number(raw);
    const tooLong = tooManyDigits(raw, value);
    if (tooLong) return fail(tooLong);
    // "-0" passes a minimum of 0 yet would be published as "-0".
    if (value === 0 && raw.startsWith("-")) {
      return notNumber(raw, "number-negative-zero", { vi: "viết 0, không có dấu trừ", en: "write 0 without the minus sign" }, kind);
    }
    if (integer && !Number.isInteger(value)) {
      return notNumber(
        raw,
        "integer-decimal",
        { vi: "cột này chỉ nhận số nguyên, không có phần thập phân", en: "this column takes whole numbers only" },
        kind,
      );
    }
    return ok(value);
  }
  const digits = raw.replace(/[.,\s\u00a0\u202f]/gu, "");
  if (PLACEHOLDER.test(raw)) {
    return notNumber(
      raw,
      "number-placeholder",
      { vi: "nếu không có số liệu, để trống ô này", en: "if there is no figure, leave the cell empty" },
      kind,
    );
  }
  if (/^(true|false)$/i.test(raw)) {
    return notNumber(
      raw,
      "number-boolean",
      { vi: "cột này cần một con số, không phải đúng/sai", en: "this column needs a number, not true/false" },
      kind,
    );
  }
  if (/^-?[1-9]\d{0,2}(,\d{3})+$/.test(raw)) {
    return notNumber(
      raw,
      "number-thousands-separator",
      { vi: `viết ${digits}, không dùng dấu phẩy phân cách hàng nghìn`, en: `write ${digits} without a thousands separator` },
      kind,
    );
  }
  if (/^-?[1-9]\d{0,2}([ \u00a0\u202f]\d{3})+$/u.test(raw)) {
    return notNumber(
      raw,
      "number-thousands-separator",
      { vi: `viết ${digits}, không dùng khoảng trắng phân cách hàng nghìn`, en: `write ${digits} without spaces between the digits` },
      kind,
    );
  }
  if (/^-?\d+,\d+$/.test(raw)) {
    const dotted = raw.replace(",", ".");
    return notNumber(
      raw,
      "number-decimal-comma",
      { vi: `viết ${dotted}, dùng dấu chấm cho phần thập phân`, en: `write ${dotted} with a decimal point` },
      kind,
    );
  }
  if (/^-?\d+(\.\d+)?e[+-]?\d+$/i.test(raw)) {
    const full = Number(raw);
    const hint = Number.isFinite(full) && Math.abs(full) < 1e15 ? String(full) : "đầy đủ các chữ số";
    return notNumber(
      raw,
      "number-scientific",
      {
        vi: `viết đầy đủ ${hint}, không dùng dạng lũy thừa (định dạng ô trong Excel thành Số)`,
        en: `write ${hint === "đầy đủ các chữ số" ? "all the digits" : hint} in full, not in scientific notation (format the cell as Number in Excel)`,
      },
      kind,
    );
  }
  if (/^-?[\d.,]+\s*%$/.test(raw)) {
    return notNumber(
      raw,
      "number-percent-sign",
      {
        vi: "viết con số không kèm dấu %, đơn vị đã ghi trong indicators.csv",
        en: "write the number without %: the unit is set in indicators.csv",
      },
      kind,
    );
  }
  if (/^[\d.,\s]+\s*(đ|₫|vnd|đồng|người|km2|km²)$/iu.test(raw)) {
    return notNumber(
      raw,
      "number-with-unit",
      { vi: "chỉ viết con số, không kèm đơn vị", en: "write only the number, without its unit" },
      kind,
    );
  }
  if (/^[~≈<>≥≤+]|^(hơn|gần|khoảng|trên|over|about|nearly)\s/iu.test(raw)) {
    return notNumber(
      raw,
      "number-with-qualifier",
      {
        vi: "chỉ viết con số; ghi 'hơn', 'gần', 'khoảng' ở cột qualifier",
        en: "write only the number; put 'over', 'nearly', 'about' in the qualifier column",
      },
      kind,
    );
  }
  if (/^-?0\d+(\.\d+)?$/.test(raw)) {
    return notNumber(
      raw,
      "number-leading-zero",
      { vi: `bỏ số 0 ở đầu: viết ${String(Number(raw))}`, en: `drop the leading zero: write ${String(Number(raw))}` },
      kind,
    );
  }
  return notNumber(
    raw,
    "number-invalid",
    {
      vi: "chỉ dùng chữ số, dấu chấm thập phân và dấu trừ, ví dụ 190000 hoặc 1.5",
      en: "use digits, a decimal point and a minus sign only, e.g. 190000 or 1.5",
    },
    kind,
  );
}

export function parseDate(raw: string): Parsed {
  if (isValidDate(raw)) return ok(raw);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (dmy) {
    const iso = `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
    // Only suggest the rewritten day when it exists: "31/02/2009" gets the general hint.
    const hint = isValidDate(iso)
      ? { vi: `viết ${iso} (năm-tháng-ngày)`, en: `write ${iso} (year-month-day)` }
      : { vi: "ngày này không có thật; viết theo dạng YYYY-MM-DD", en: "that day does not exist; write it as YYYY-MM-DD" };
    return fail(message("date-format", `${showValue(raw)} không đúng định dạng ngày`, `${showValue(raw)} is not in the date format`, hint));
  }
  if (/^\d{5}$/.test(raw)) {
    return fail(
      message(
        "date-excel-serial",
        `${showValue(raw)} là số ngày của Excel, không phải ngày`,
        `${showValue(raw)} is an Excel serial number, not a date`,
        { vi: "định dạng ô thành Văn bản và viết YYYY-MM-DD", en: "format the cell as Text and write YYYY-MM-DD" },
      ),
    );
  }
  return fail(
    message("date-invalid", `${showValue(raw)} không phải là ngày hợp lệ`, `${showValue(raw)} is not a valid date`, {
      vi: "viết theo dạng YYYY-MM-DD, ví dụ 2025-07-01",
      en: "write it as YYYY-MM-DD, e.g. 2025-07-01",
    }),
  );
}

export function parseBoolean(raw: string, field: FieldDescriptor): Parsed {
  const trueValues = field.trueValues ?? ["true", "True", "TRUE", "1"];
  const falseValues = field.falseValues ?? ["false", "False", "FALSE", "0"];
  if (trueValues.includes(raw)) return ok(true);
  if (falseValues.includes(raw)) return ok(false);
  const allowed = [...trueValues, ...falseValues].join(", ");
  return fail(
    message("boolean-invalid", `${showValue(raw)} không phải là giá trị đúng/sai`, `${showValue(raw)} is not a true/false value`, {
      vi: `dùng một trong: ${allowed}`,
      en: `use one of: ${allowed}`,
    }),
  );
}

/** Turns a non-empty cell into the field's type; strings pass through unchanged. */
export function parseCell(raw: string, field: FieldDescriptor): Parsed {
  switch (field.type) {
    case "number":
      return parseNumber(raw, false, field.constraints ?? {});
    case "integer":
      return parseNumber(raw, true, field.constraints ?? {});
    case "date":
      return parseDate(raw);
    case "boolean":
      return parseBoolean(raw, field);
    case "string":
      return ok(raw);
  }
}
