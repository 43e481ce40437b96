import type { ChangelogEntry } from "./PackageDiff.ts";

/**
 * The newest entry of a `CHANGELOG.md` written newest first: the first `##`/`###` heading and its
 * non-blank lines up to the next heading. The leading HTML comment (the versioning rules) is skipped.
 */
export function readChangelogTop(text: string): ChangelogEntry | null {
  const lines = text
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const start = lines.findIndex((line) => /^#{2,3}\s+\S/.test(line));
  if (start < 0) return null;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,3}\s/.test(line)) break;
    if (line.trim() !== "") body.push(line.trimEnd());
  }
  return { heading: lines[start]!.replace(/^#+\s+/, "").trim(), body };
}
