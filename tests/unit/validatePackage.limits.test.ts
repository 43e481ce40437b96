import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/validate/Issue.ts";
import { locate, replaceOnLine, setCell, validateEdit, validateWith } from "./validatePackageFixture.ts";

/*
 * What an editor's file can hold and still be published: numbers the page can show exactly,
 * text a spreadsheet will not run, links a reader can safely follow. The rules are in code; the
 * descriptor cannot loosen them.
 */

describe("numbers the page can show", () => {
  // Observation line 2 is `26,elderly_60plus,2022,,190000,over,ldxh-2022,,`: value is cell 5;
  // elderly_60plus counts persons.
  it.each([
    ["a 400-digit value, which would read ∞", "9".repeat(400), "number-not-finite"],
    ["a 20-digit value, which would be rounded", "12345678901234567890", "number-too-many-digits"],
    ["16 significant digits after the point", "1.234567890123456", "number-too-many-digits"],
    ["a count of people larger than any country's", "1900000000", "number-too-large"],
    ["a negative zero, which would print as -0", "-0", "number-negative-zero"],
    ["a negative zero with decimals", "-0.00", "number-negative-zero"],
  ])("%s is refused at line 2, cell 5", (_name, cell, code) => {
    expect(locate(validateEdit("observations.csv", setCell(2, 5, cell)))).toEqual([`data/observations.csv:2:5 ${code}`]);
  });

  it("says how many digits a huge value has, without echoing all of them", () => {
    const issue = validateEdit("observations.csv", setCell(2, 5, "9".repeat(400))).issues[0]!;
    expect(issue.en).toContain("has 400 digits, too large to show (the page would read ∞)");
    expect(formatIssue(issue).length).toBeLessThan(400);
  });

  it("accepts 15 significant digits and trailing zeros, which a number keeps exactly", () => {
    expect(locate(validateEdit("observations.csv", setCell(2, 5, "190000.000000000")))).toEqual([]);
    expect(locate(validateEdit("observations.csv", setCell(2, 5, "123456789.012345")))).toEqual([
      // Exact, but not a whole number of people.
      "data/observations.csv:2:5 count-fraction",
    ]);
  });
});

// Observation line 2 ends in its two empty notes, note_vi (cell 8) and note_en (cell 9).
const noteEn = (cell: string) => replaceOnLine(2, "ldxh-2022,,", `ldxh-2022,ghi chú,${cell}`);

describe("club members", () => {
  it("more members than any club can have is refused at the cell", () => {
    const result = validateEdit("clubs.csv", replaceOnLine(2, "thôn Đông,,,,", "thôn Đông,,,300000000,"));
    expect(locate(result)).toEqual(["data/clubs.csv:2:9 number-too-large"]);
  });
});

describe("text a spreadsheet would run as a formula", () => {
  it.each(['"=HYPERLINK(""https://evil.example"",""x"")"', "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"])(
    "%s in a text cell is refused at its cell",
    (cell) => {
      expect(locate(validateEdit("observations.csv", noteEn(cell)))).toEqual(["data/observations.csv:2:9 text-formula"]);
    },
  );

  it("says how to write it instead", () => {
    const issue = validateEdit("observations.csv", noteEn("-5 members")).issues[0]!;
    expect(issue.vi).toContain("bắt đầu bằng chữ hoặc số");
    expect(issue.en).toContain("would run the cell as a formula");
    expect(issue.en).toContain("“−” (U+2212)");
  });

  it("accepts the same text once it starts with a letter, a digit or a real minus sign", () => {
    expect(locate(validateEdit("observations.csv", noteEn("about 5 members")))).toEqual([]);
    expect(locate(validateEdit("observations.csv", noteEn("−5 members")))).toEqual([]);
  });

  it("leaves numbers alone: a negative number in a number column is not text", () => {
    // The value column's minimum is 0, so the sign is refused by that rule, not as a formula.
    expect(locate(validateEdit("observations.csv", setCell(2, 5, "-5")))).toEqual(["data/observations.csv:2:5 minimum"]);
  });
});

// The descriptor's line 73 holds the sources table's URL pattern.
const LOOSENED = replaceOnLine(73, '"pattern": "https?://\\\\S+"', '"pattern": ".*"');

describe("links", () => {
  // Sources line 4 (yearbook-2022-vp) has a URL in cell 4 and no quoted cell.
  it("a javascript: address is refused by the descriptor's pattern", () => {
    expect(locate(validateEdit("sources.csv", setCell(4, 4, "javascript:alert(1)")))).toEqual(["data/sources.csv:4:4 pattern"]);
  });

  it("with the pattern loosened in the same pull request, the descriptor and the address are both refused", () => {
    const result = validateWith({ "datapackage.json": LOOSENED, "sources.csv": setCell(4, 4, "javascript:alert(1)") });
    expect(locate(result)).toEqual(["data/datapackage.json:73:13 descriptor-safety", "data/sources.csv:4:4 url-scheme"]);
  });

  it("a descriptor without the pattern is refused too", () => {
    const result = validateEdit(
      "datapackage.json",
      replaceOnLine(73, '"constraints": { "pattern": "https?://\\\\S+" }', '"constraints": {}'),
    );
    expect(locate(result)).toEqual(["data/datapackage.json:73:13 descriptor-safety"]);
  });

  it.each(["https:///evil.example", "http://user:pw@evil.example/", "https://evil.example/\u0007"])(
    "an address the pattern lets through but the link rule refuses (%j) is refused",
    (url) => {
      const result = validateEdit("sources.csv", setCell(4, 4, url));
      expect(result.issues.map((i) => i.code)).toContain(url.includes("\u0007") ? "invisible-character" : "url-scheme");
    },
  );
});

describe("values echoed in messages", () => {
  it("show a line break as \\n, so a message is always one line", () => {
    const result = validateEdit("observations.csv", noteEn('"=1\n::error::forged"'));
    const printed = result.issues.map(formatIssue);
    expect(printed).toHaveLength(1);
    expect(printed[0]).not.toContain("\n");
    expect(printed[0]).toContain("\\n::error::forged");
  });
});

describe("the changelog, published as Markdown", () => {
  const addToTopEntry = (line: string) => (text: string) => text.replace(/^(### .*\n\n)/m, `$1${line}\n`);

  it("raw HTML in it is refused at its line and column", () => {
    const result = validateEdit("CHANGELOG.md", addToTopEntry("- Sửa số liệu <script>alert(1)</script>"));
    expect(result.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["markdown-html"]));
    expect(result.issues.every((i) => i.file === "data/CHANGELOG.md" && i.line > 1)).toBe(true);
  });

  it("a javascript: link in it is refused", () => {
    const result = validateEdit("CHANGELOG.md", addToTopEntry("- [nguồn](javascript:alert(1))"));
    expect(result.issues.map((i) => i.code)).toEqual(["markdown-link"]);
  });

  it("plain Markdown with an https link passes", () => {
    expect(locate(validateEdit("CHANGELOG.md", addToTopEntry("- **Sửa** [nguồn](https://www.gso.gov.vn/)")))).toEqual([]);
  });
});

describe("hidden characters in the descriptor and the changelog", () => {
  it("a bidirectional override in the changelog is refused at its line and column", () => {
    const result = validateEdit("CHANGELOG.md", (text) =>
      text.replace("### 2.0.0 — 2026-11-30\n\n- ", "### 2.0.0 — 2026-11-30\n\n- abc\u202e"),
    );
    expect(locate(result)).toEqual(["data/CHANGELOG.md:9:6 invisible-character"]);
  });

  it("the same character written as a JSON escape in the descriptor is refused too", () => {
    const result = validateEdit("datapackage.json", (text) => text.replace(/"title": "/, '"title": "\\u202E'));
    expect(result.issues.map((i) => `${i.file} ${i.code} ${i.en}`)).toEqual([
      "data/datapackage.json invisible-character contains the invisible character U+202E — delete it (it usually comes from copying from the web or Word)",
    ]);
  });
});
