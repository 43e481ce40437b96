import type { z } from "zod";
import { issueAt, message, showValue, type Issue } from "../validate/Issue.ts";
import type { ParsedStory } from "./parseStoryFile.ts";

const fieldName = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("") || "frontmatter";

/**
 * One message per schema problem, in Vietnamese and English, at the value it is about. The
 * schema must have been run with `reportInput: true`, so that a value of the wrong type is told
 * apart from a missing one.
 */
export function frontmatterIssues(file: string, parsed: ParsedStory, error: z.ZodError): Issue[] {
  return error.issues.map((problem) => {
    const path = problem.path as PropertyKey[];
    const field = fieldName(path);
    const place = parsed.placeOf(path);
    const at = (vi: string, en: string, hint?: { vi: string; en: string }) =>
      issueAt(file, place.line, place.column, field, message("story-frontmatter", vi, en, hint));
    switch (problem.code) {
      case "unrecognized_keys": {
        const keys = problem.keys.map((k) => fieldName([...path, k])).join(", ");
        const first = parsed.keyPlaceOf([...path, problem.keys[0]!]);
        return issueAt(
          file,
          first.line,
          first.column,
          fieldName([...path, problem.keys[0]!]),
          message("story-frontmatter", `trường không có trong mẫu bài: ${keys}`, `not a story field: ${keys}`, {
            vi: "xem danh sách trường trong data/stories/README.md (có thể gõ sai tên)",
            en: "see the list of fields in data/stories/README.md (it may be misspelt)",
          }),
        );
      }
      case "invalid_type":
        return problem.input === undefined
          ? at(`thiếu trường bắt buộc ${field}`, `the required field ${field} is missing`)
          : at(`${field} phải là ${expected(problem.expected, "vi")}`, `${field} must be ${expected(problem.expected, "en")}`);
      case "too_small":
        return problem.origin === "array"
          ? at(`${field} phải có ít nhất ${String(problem.minimum)} mục`, `${field} needs at least ${String(problem.minimum)} item(s)`)
          : at(`${field} không được để trống`, `${field} must not be empty`);
      case "too_big":
        return problem.origin === "array"
          ? at(
              `${field} có quá nhiều mục (tối đa ${String(problem.maximum)})`,
              `${field} has too many items (at most ${String(problem.maximum)})`,
            )
          : at(`${field} dài quá ${String(problem.maximum)} ký tự`, `${field} is longer than ${String(problem.maximum)} characters`);
      case "invalid_value":
        return at(
          `${field} phải là một trong: ${problem.values.map(String).join(", ")}`,
          `${field} must be one of: ${problem.values.map(String).join(", ")}`,
        );
      case "invalid_format":
        return at(
          `${field} viết sai dạng: ${showValue(String(problem.input ?? ""))}`,
          `${field} is not in the right form: ${problem.message}`,
        );
      default:
        return at(`${field} không hợp lệ`, `${field} is not valid: ${problem.message}`);
    }
  });
}

function expected(type: string, lang: "vi" | "en"): string {
  const words: Record<string, [string, string]> = {
    string: ["chữ (đặt trong dấu ngoặc kép nếu có dấu hai chấm)", "text (in quotes if it holds a colon)"],
    array: ["danh sách, ví dụ [a, b]", "a list, e.g. [a, b]"],
    object: ["một nhóm trường lùi vào bên dưới", "a group of indented fields"],
  };
  const w = words[type];
  return w ? w[lang === "vi" ? 0 : 1] : type;
}
