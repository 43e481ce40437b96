/**
 * One problem found in the data, located the way an editor's text editor shows it: a 1-based
 * line in the file and a 1-based field position on that line.
 */
export interface Issue {
  /** Path of the file as the editor knows it, e.g. `data/observations.csv`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The column (field) name, or null for a problem with the whole file or line. */
  readonly field: string | null;
  /** Stable machine-readable code, e.g. `number-thousands-separator`. */
  readonly code: string;
  readonly vi: string;
  readonly en: string;
}

/** A message in both languages, with an optional hint that says how to fix it. */
export interface Message {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
}

export function message(code: string, vi: string, en: string, hint?: { vi: string; en: string }): Message {
  return hint ? { code, vi: `${vi} — ${hint.vi}`, en: `${en} — ${hint.en}` } : { code, vi, en };
}

export function issueAt(file: string, line: number, column: number, field: string | null, m: Message): Issue {
  return { file, line, column, field, code: m.code, vi: m.vi, en: m.en };
}

/** `FILE:LINE:COLUMN: field: Vietnamese / English` — one line, as compilers print errors. */
export function formatIssue(issue: Issue): string {
  const field = issue.field === null ? "" : `${visible(issue.field)}: `;
  // Values are quoted with showValue where messages are made; this is the last guard, so that
  // no file name or text from a pull request can start a new line of the check's output.
  return visible(`${issue.file}:${issue.line}:${issue.column}: ${field}${issue.vi} / ${issue.en}`);
}

export function compareIssues(a: Issue, b: Issue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

/**
 * Text with its invisible and control characters written out (`\n`, `<U+202E>`), so a message
 * shows what the cell holds and can never break a line, reorder text or hide characters.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u200b-\u200f\u2028-\u202f\u2060-\u2069\ufeff]/gu, (c) =>
    c === "\n" ? "\\n" : `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

/** Quotes a cell for a message, showing invisible characters so the editor can find them. */
export function showValue(value: string): string {
  const shown = visible(value);
  const short = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
  return `"${short}"`;
}
