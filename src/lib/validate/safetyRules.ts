import { safeHref } from "../safety/linkPolicy.ts";
import type { PackageDescriptor } from "./Descriptor.ts";
import { issueAt, message, showValue, type Issue } from "./Issue.ts";
import type { Report, Tables } from "./ruleContext.ts";

/*
 * Rules that keep editor-controlled files from harming readers. They live in code, because the
 * same pull request that adds a hostile cell can edit `datapackage.json`: the descriptor may
 * repeat a rule (so Frictionless tools see it too) but can never loosen or remove it.
 */

/** Columns whose text becomes a link on the site, and the pattern the descriptor must keep for each. */
const LINK_COLUMNS: readonly { readonly resource: string; readonly field: string; readonly pattern: string }[] = [
  { resource: "sources", field: "url", pattern: "https?://\\S+" },
];

/**
 * Where a column's rule is written in the descriptor's text: its `"constraints"` (or, failing
 * that, its `"name"`), as 1-based line and column; line 1 when the text does not show it.
 */
function ruleAt(text: string, resource: string, field: string): { line: number; column: number } {
  const resourceAt = text.search(new RegExp(`"name"\\s*:\\s*"${resource}"`));
  const fieldMatch = resourceAt < 0 ? null : new RegExp(`"name"\\s*:\\s*"${field}"`).exec(text.slice(resourceAt));
  if (!fieldMatch) return { line: 1, column: 1 };
  const fieldAt = resourceAt + fieldMatch.index;
  const next = text.indexOf('"name"', fieldAt + fieldMatch[0].length);
  const block = text.slice(fieldAt, next < 0 ? undefined : next);
  const constraints = block.indexOf('"constraints"');
  const at = constraints < 0 ? fieldAt : fieldAt + constraints;
  const before = text.slice(0, at);
  return { line: before.split("\n").length, column: at - before.lastIndexOf("\n") };
}

/**
 * The descriptor keeps the project's safety rules: each link column exists as text with the
 * project's URL pattern. Changing or dropping the pattern is refused even though the check would
 * still apply the rule, so that a reviewer sees the attempt and the descriptor stays truthful.
 */
export function checkDescriptorSafety(descriptor: PackageDescriptor, file: string, text: string, issues: Issue[]): void {
  for (const rule of LINK_COLUMNS) {
    const resource = descriptor.resources.find((r) => r.name === rule.resource);
    if (!resource) continue; // A missing table is reported by its own rule.
    const field = resource.schema.fields.find((f) => f.name === rule.field);
    if (!field) continue; // Likewise a missing column.
    const pattern = field.constraints?.pattern;
    if (field.type === "string" && pattern === rule.pattern) continue;
    const { line, column } = ruleAt(text, rule.resource, rule.field);
    issues.push(
      issueAt(
        file,
        line,
        column,
        `${rule.resource}.${rule.field}`,
        message(
          "descriptor-safety",
          `cột ${rule.field} của bảng ${rule.resource} phải giữ kiểu string và mẫu ${JSON.stringify(rule.pattern)} (chỉ địa chỉ http/https); không được nới lỏng quy tắc an toàn này`,
          `column ${rule.field} of table ${rule.resource} must keep type string and the pattern ${JSON.stringify(rule.pattern)} (http/https addresses only); this safety rule cannot be loosened`,
          {
            vi: `đặt lại "constraints": { "pattern": ${JSON.stringify(rule.pattern)} }`,
            en: `restore "constraints": { "pattern": ${JSON.stringify(rule.pattern)} }`,
          },
        ),
      ),
    );
  }
}

/** Every address in a link column is an absolute http(s) URL, whatever the descriptor says. */
export function linkColumns(tables: Tables, report: Report): void {
  for (const rule of LINK_COLUMNS) {
    const table = tables.get(rule.resource);
    for (const row of table?.rows ?? []) {
      const url = row.values[rule.field];
      if (typeof url !== "string" || url === "" || safeHref(url) !== null) continue;
      report(
        table!,
        row,
        rule.field,
        message(
          "url-scheme",
          `${showValue(url)} không phải địa chỉ web http hoặc https; trang sẽ không biến nó thành liên kết`,
          `${showValue(url)} is not an http or https web address; the site will not make it a link`,
          {
            vi: "viết địa chỉ đầy đủ bắt đầu bằng https://, hoặc để trống ô",
            en: "write the full address starting with https://, or leave the cell empty",
          },
        ),
      );
    }
  }
}

/** Control characters (other than tab and line breaks), zero-width and bidirectional characters. */
const HIDDEN = "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff";
/** The same characters written as JSON escapes (`\u202e`), which a JSON file can hide them behind. */
const HIDDEN_ESCAPE = /\\u(00[01][0-8bcef]|001[0-9a-f]|00[89][0-9a-f]|007f|061c|200[b-f]|202[89a-e]|206[0-9]|feff)/giu;

/** The code point (e.g. "202E") of the first hidden character in `text`, or null. */
export function firstHiddenCharacter(text: string): string | null {
  const match = new RegExp(`[${HIDDEN}]`, "u").exec(text);
  return match ? match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0") : null;
}

/**
 * Characters no editor means to write in the descriptor or the changelog: control characters,
 * zero-width characters and bidirectional overrides, which can make published text read
 * differently from what a reviewer sees in the diff. Reported at their line and column.
 */
export function checkHiddenCharacters(file: string, text: string, issues: Issue[]): void {
  const found = [...text.matchAll(new RegExp(`[${HIDDEN}]`, "gu")), ...(file.endsWith(".json") ? text.matchAll(HIDDEN_ESCAPE) : [])];
  for (const match of found.sort((a, b) => a.index - b.index)) {
    const before = text.slice(0, match.index);
    const code = (match[1] ?? match[0].codePointAt(0)!.toString(16)).toUpperCase().padStart(4, "0");
    issues.push(
      issueAt(
        file,
        before.split("\n").length,
        match.index - before.lastIndexOf("\n"),
        null,
        message("invisible-character", `có ký tự ẩn U+${code}`, `contains the invisible character U+${code}`, {
          vi: "xóa ký tự đó (thường do chép từ web hoặc Word)",
          en: "delete it (it usually comes from copying from the web or Word)",
        }),
      ),
    );
  }
}
