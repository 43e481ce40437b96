import { markdownProblems, type MarkdownProblem, type MarkdownProblemKind } from "../markdown/markdownProblems.ts";
import { issueAt, message, showValue, type Issue, type Message } from "./Issue.ts";

/*
 * Markdown that editors write (data/CHANGELOG.md; stories later) is published through
 * renderMarkdown, which drops raw HTML and unlinks addresses the site's link rule refuses. The
 * check names each such place first, so nothing an editor wrote disappears from the page unseen.
 */

const MESSAGES: Record<MarkdownProblemKind, (value: string) => Message> = {
  html: (value) =>
    message(
      "markdown-html",
      `HTML viết trực tiếp ${showValue(value)} sẽ không hiện trên trang`,
      `raw HTML ${showValue(value)} is not shown on the site`,
      {
        vi: "chỉ viết Markdown thường: **đậm**, _nghiêng_, `mã`, [chữ](https://…), dòng bắt đầu bằng “- ” cho danh sách",
        en: "write plain Markdown only: **bold**, _italic_, `code`, [text](https://…), lines starting with “- ” for a list",
      },
    ),
  link: (value) =>
    message(
      "markdown-link",
      `địa chỉ liên kết ${showValue(value)} không được phép`,
      `the link address ${showValue(value)} is not allowed`,
      {
        vi: "chỉ dùng địa chỉ web đầy đủ bắt đầu bằng https:// (hoặc http://), hoặc đường dẫn trong trang này như /data/",
        en: "use only a full web address starting with https:// (or http://), or a path on this site such as /data/",
      },
    ),
  image: (value) =>
    message(
      "markdown-link",
      `ảnh lấy từ ${showValue(value)} sẽ không hiện: ảnh chỉ được lấy từ chính trang này`,
      `the image from ${showValue(value)} is not shown: images may only come from this site`,
      {
        vi: "dùng đường dẫn trong trang này (như /favicon.svg), hoặc thay ảnh bằng một liên kết [mô tả](https://…)",
        en: "use a path on this site (such as /favicon.svg), or replace the image with a link [description](https://…)",
      },
    ),
};

function toIssue(file: string, problem: MarkdownProblem): Issue {
  return issueAt(file, problem.line, problem.column, null, MESSAGES[problem.kind](problem.value));
}

/** Reports, at its line and column, every part of a Markdown file the page will not show as written. */
export function checkMarkdown(file: string, bytes: Uint8Array, issues: Issue[]): void {
  checkMarkdownProblems(file, markdownProblems(new TextDecoder().decode(bytes)), issues);
}

/** The same messages for problems found in part of a file, such as a story's body. */
export function checkMarkdownProblems(file: string, problems: readonly MarkdownProblem[], issues: Issue[]): void {
  for (const problem of problems) issues.push(toIssue(file, problem));
}
