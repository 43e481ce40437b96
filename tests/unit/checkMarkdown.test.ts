import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkMarkdown } from "../../src/lib/validate/checkMarkdown.ts";
import { formatIssue, type Issue } from "../../src/lib/validate/Issue.ts";
import { FIXTURE_DIR } from "../support/packageFiles.ts";

const FILE = "data/CHANGELOG.md";

/** The issues for `text` as `LINE:COLUMN code`, the way a reader scans them. */
function located(text: string | Uint8Array): string[] {
  const issues: Issue[] = [];
  checkMarkdown(FILE, typeof text === "string" ? new TextEncoder().encode(text) : text, issues);
  return issues.map((i) => `${i.line}:${i.column} ${i.code}`);
}

function issuesFor(text: string): Issue[] {
  const issues: Issue[] = [];
  checkMarkdown(FILE, new TextEncoder().encode(text), issues);
  return issues;
}

const ENTRY = "### 2.1.0 — 2026-12-01\n\n";

describe("checkMarkdown", () => {
  it.each([
    ["the fixture's", join(FIXTURE_DIR, "CHANGELOG.md")],
    ["data/'s", join(import.meta.dirname, "../../data/CHANGELOG.md")],
  ])("accepts %s CHANGELOG.md, its explanatory comment included", (_, file) => {
    expect(located(readFileSync(file))).toEqual([]);
  });

  it.each([
    ["a script block", `${ENTRY}<script>alert(1)</script>\n`, ["3:1 markdown-html"]],
    ["an inline element, reported once for its two tags", `${ENTRY}- Thêm <b>đậm</b> ở đây\n`, ["3:8 markdown-html"]],
    ["an image with onerror inside an item", `${ENTRY}- x <img src=x onerror=alert(1)>\n`, ["3:5 markdown-html"]],
    ["an iframe after text", `${ENTRY}Xem:\n\n<iframe src="https://evil.example/"></iframe>\n`, ["5:1 markdown-html"]],
    ["a comment that ends early and lets markup through", `<!-- a --><script>alert(1)</script>-->\n`, ["1:1 markdown-html"]],
    ["an unclosed comment that hides the rest of the file", `${ENTRY}<!-- the rest\n\n- hidden\n`, ["3:1 markdown-html"]],
    ["a javascript: link", `${ENTRY}- [xem](javascript:alert(1))\n`, ["3:3 markdown-link"]],
    ["an autolink", `${ENTRY}- <javascript:alert(1)>\n`, ["3:3 markdown-link"]],
    ["a reference-style definition, where the address is written", `${ENTRY}- [xem][a]\n\n[a]: vbscript:x\n`, ["5:1 markdown-link"]],
    ["a protocol-relative link", `${ENTRY}- [xem](//evil.example/)\n`, ["3:3 markdown-link"]],
    ["an image from another host", `${ENTRY}- ![ảnh](https://evil.example/x.png)\n`, ["3:3 markdown-link"]],
    ["a referenced image from another host", `${ENTRY}- ![ảnh][i]\n\n[i]: https://evil.example/x.png\n`, ["3:3 markdown-link"]],
  ])("reports %s at its line and column", (_, text, expected) => {
    expect(located(text)).toEqual(expected);
  });

  it("accepts web links, same-site paths, inline comments and images from this site", () => {
    expect(located(`${ENTRY}- [GSO](https://www.gso.gov.vn/) [dữ liệu](/data/) <!-- ghi chú --> ![bản đồ](/favicon.svg)\n`)).toEqual([]);
  });

  it("counts columns in characters after Vietnamese text, and lines across CRLF and a BOM", () => {
    const text = `\ufeff${ENTRY.replaceAll("\n", "\r\n")}- Thêm nguồn Nghị định [x](javascript:1)\r\n`;
    expect(located(text)).toEqual(["3:24 markdown-link"]);
  });

  it("quotes what the editor wrote, control characters visible, and says how to fix it", () => {
    const [html] = issuesFor(`${ENTRY}<script>\nalert(1)\n</script>\n`);
    expect(formatIssue(html!)).toBe(
      `${FILE}:3:1: HTML viết trực tiếp "<script>\\nalert(1)\\n</script>" sẽ không hiện trên trang — chỉ viết Markdown thường: **đậm**, _nghiêng_, \`mã\`, [chữ](https://…), dòng bắt đầu bằng “- ” cho danh sách / raw HTML "<script>\\nalert(1)\\n</script>" is not shown on the site — write plain Markdown only: **bold**, _italic_, \`code\`, [text](https://…), lines starting with “- ” for a list`,
    );
    const [link] = issuesFor(`[x](<java\tscript:alert(1)>)\n`);
    expect(link!.en).toBe(
      'the link address "java<U+0009>script:alert(1)" is not allowed — use only a full web address starting with https:// (or http://), or a path on this site such as /data/',
    );
  });
});
