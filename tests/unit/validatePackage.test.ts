import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compareIssues, formatIssue } from "../../src/lib/validate/Issue.ts";
import { validateDirectory } from "../../src/lib/validate/validatePackage.ts";
import { both, lineCount, locate, packageWith, setCell, validate, validateEdit, validateWith } from "./validatePackageFixture.ts";

/*
 * The validator as a whole. Its cases are split by family: validatePackage.encoding, .structure,
 * .cells, .rules, .impossible, .version and .descriptor, all run on the frozen fixture package
 * (validatePackageFixture.ts). The real data/ is checked here for one invariant only: it passes.
 */

describe("the real data package", () => {
  it("passes the check, today", () => {
    const result = validateDirectory(fileURLToPath(new URL("../../data", import.meta.url)), "data");
    expect(result.issues.map(formatIssue)).toEqual([]);
  });
});

describe("the fixture package", () => {
  const result = validate(packageWith());

  it("passes with zero issues", () => {
    expect(result.issues.map(formatIssue)).toEqual([]);
  });

  it("reads every table and every row", () => {
    expect([...result.tables.keys()]).toEqual([
      "sources",
      "areas",
      "indicators",
      "groups",
      "observations",
      "programmes",
      "clubs",
      "area-events",
    ]);
    expect(result.tables.get("observations")?.rows).toHaveLength(lineCount("observations.csv") - 1);
    expect(result.tables.get("areas")?.rows).toHaveLength(lineCount("areas.csv") - 1);
    for (const table of result.tables.values()) expect(table.complete).toBe(true);
  });

  it("keeps numbers as numbers and codes as text", () => {
    const first = result.tables.get("observations")!.rows[0]!;
    expect(first.line).toBe(2);
    expect(first.values).toMatchObject({ area: "26", value: 190000, qualifier: "over", group: null });
  });
});

describe("issues", () => {
  it("are sorted by file, line and column, whatever order the checks found them in", () => {
    const result = validateWith({
      "observations.csv": both(setCell(92, 5, "120"), setCell(6, 1, "0243"), setCell(2, 6, "Over"), setCell(2, 5, "190.000")),
      "areas.csv": setCell(4, 4, "Vinh Yen"),
    });
    expect(locate(result)).toEqual([
      "data/areas.csv:4:4 pattern",
      "data/observations.csv:2:5 number-thousands-separator",
      "data/observations.csv:2:6 enum",
      "data/observations.csv:6:1 foreign-key",
      "data/observations.csv:92:5 percent-over-100",
    ]);
    expect([...result.issues].sort(compareIssues)).toEqual(result.issues);
  });

  it("name the field and have both languages", () => {
    for (const issue of validateEdit("observations.csv", setCell(2, 5, "190.000")).issues) {
      expect(issue.field).toBe("value");
      expect(issue.vi).not.toBe(issue.en);
      expect(issue.vi.length).toBeGreaterThan(10);
      expect(issue.en.length).toBeGreaterThan(10);
    }
  });

  it("use the label given for the folder", () => {
    const files = packageWith({ "observations.csv": setCell(2, 5, "190.000") });
    expect(validate({ ...files, label: "" }).issues[0]!.file).toBe("observations.csv");
    expect(validate({ ...files, label: "/tmp/x/data" }).issues[0]!.file).toBe("/tmp/x/data/observations.csv");
  });
});
