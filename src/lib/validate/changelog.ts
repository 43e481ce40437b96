import { isValidDate } from "../dates.ts";
import { message, type Message } from "./Issue.ts";

/*
 * data/CHANGELOG.md, read for its entry headings only: `### 2.0.0 — 2026-11-30`, newest first.
 * Nothing here renders it; the check only needs the versions and dates, and where they are.
 */

/** Only this much of the file is read: the entries that matter are at its top. */
export const CHANGELOG_BYTES = 64 * 1024;

export interface ChangelogEntry {
  readonly version: string;
  readonly date: string;
  readonly line: number;
  /** Where the version starts on its line. */
  readonly column: number;
}

export interface Changelog {
  readonly entries: readonly ChangelogEntry[];
  /** Headings that are not of the entry form, each with its line. */
  readonly problems: readonly { readonly line: number; readonly message: Message }[];
}

const ENTRY = /^###\s+(\d+\.\d+\.\d+)\s+[—–-]\s+(\d{4}-\d{2}-\d{2})\s*$/u;

export function readChangelog(bytes: Uint8Array): Changelog {
  const text = new TextDecoder().decode(bytes.subarray(0, CHANGELOG_BYTES)).replace(/^\ufeff/, "");
  const entries: ChangelogEntry[] = [];
  const problems: { line: number; message: Message }[] = [];
  let inComment = false;
  text.split(/\r\n?|\n/).forEach((line, i) => {
    // The explanation at the top is an HTML comment; a heading written inside it is not an entry.
    const wasInComment = inComment;
    if (line.includes("<!--")) inComment = !line.slice(line.indexOf("<!--")).includes("-->");
    else if (line.includes("-->")) inComment = false;
    // A level-1 heading is the file's title; any other heading is an entry, or meant to be one.
    if (wasInComment || !/^#{2,6}\s/.test(line)) return;
    const match = ENTRY.exec(line);
    if (match && isValidDate(match[2]!))
      entries.push({ version: match[1]!, date: match[2]!, line: i + 1, column: line.indexOf(match[1]!) + 1 });
    else {
      problems.push({
        line: i + 1,
        message: message(
          "changelog-heading",
          `tiêu đề mục phải có dạng "### 2.0.0 — 2026-11-30" (số phiên bản, gạch ngang, ngày có thật dạng năm-tháng-ngày)`,
          `an entry heading must read like "### 2.0.0 — 2026-11-30" (the version, a dash, a real date as year-month-day)`,
        ),
      });
    }
  });
  return { entries, problems };
}

/** Compares two `MAJOR.MINOR.PATCH` versions: negative when `a` is older. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The versions that may follow `version`: a correction, added figures, a change of shape. */
export function nextVersions(version: string): readonly string[] {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  return [`${major}.${minor}.${patch + 1}`, `${major}.${minor + 1}.0`, `${major + 1}.0.0`];
}
