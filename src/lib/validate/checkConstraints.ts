import { anchoredPattern, type FieldDescriptor } from "./Descriptor.ts";
import { message, showValue, type Message } from "./Issue.ts";
import type { CellValue } from "./parseCell.ts";
import { SuggestionIndex } from "./SuggestionIndex.ts";

// Re-exported for the header check in readTable.ts, which suggests from a handful of names.
export { suggest } from "./SuggestionIndex.ts";

/** One index per enum list of the descriptor, so a column of wrong values folds the list once. */
const enumHints = new WeakMap<readonly string[], SuggestionIndex>();

const patternCache = new Map<string, RegExp>();

/** Constraint checks on one parsed, non-empty value (required and unique are checked elsewhere). */
export function checkConstraints(raw: string, value: CellValue, field: FieldDescriptor): Message | null {
  const c = field.constraints;
  if (!c) return null;
  if (c.enum && !c.enum.includes(raw)) {
    let hints = enumHints.get(c.enum);
    if (!hints) enumHints.set(c.enum, (hints = new SuggestionIndex(c.enum)));
    const close = hints.suggest(raw);
    const list = c.enum.join(", ");
    return message(
      "enum",
      `${showValue(raw)} không nằm trong danh sách cho phép (${list})`,
      `${showValue(raw)} is not one of the allowed values (${list})`,
      close ? { vi: `có phải ý bạn là ${showValue(close)}?`, en: `did you mean ${showValue(close)}?` } : undefined,
    );
  }
  if (c.pattern !== undefined) {
    let re = patternCache.get(c.pattern);
    if (!re) patternCache.set(c.pattern, (re = anchoredPattern(c.pattern)));
    if (!re.test(raw)) {
      const example = field.example ? { vi: `ví dụ: ${field.example}`, en: `for example: ${field.example}` } : undefined;
      return message(
        "pattern",
        `${showValue(raw)} không đúng dạng của cột này (${field.descriptionVi})`,
        `${showValue(raw)} does not have the form this column needs (${field.description})`,
        example,
      );
    }
  }
  if (typeof value === "number") {
    if (c.minimum !== undefined && value < c.minimum) {
      return message(
        "minimum",
        `${raw} nhỏ hơn giá trị thấp nhất cho phép (${c.minimum})`,
        `${raw} is below the lowest allowed value (${c.minimum})`,
      );
    }
    if (c.maximum !== undefined && value > c.maximum) {
      return message(
        "maximum",
        `${raw} lớn hơn giá trị cao nhất cho phép (${c.maximum})`,
        `${raw} is above the highest allowed value (${c.maximum})`,
      );
    }
  }
  const length = [...raw].length;
  if (c.minLength !== undefined && length < c.minLength) {
    return message(
      "min-length",
      `${showValue(raw)} ngắn hơn ${c.minLength} ký tự`,
      `${showValue(raw)} is shorter than ${c.minLength} characters`,
    );
  }
  if (c.maxLength !== undefined && length > c.maxLength) {
    return message(
      "max-length",
      `${showValue(raw)} dài hơn ${c.maxLength} ký tự`,
      `${showValue(raw)} is longer than ${c.maxLength} characters`,
    );
  }
  return null;
}
