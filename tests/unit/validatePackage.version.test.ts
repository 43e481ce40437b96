import { describe, expect, it } from "vitest";
import { changedFiles } from "../../src/lib/validate/checkVersion.ts";
import { compareVersions, nextVersions, readChangelog } from "../../src/lib/validate/changelog.ts";
import { formatIssue } from "../../src/lib/validate/Issue.ts";
import {
  encodeUtf8,
  locate,
  packageWith,
  replaceOnLine,
  setCell,
  validate,
  validateEdit,
  validateWith,
  type Changes,
} from "./validatePackageFixture.ts";

/*
 * The version moves with the data. Always: datapackage.json's `version` (line 8 of the fixture,
 * value at column 15) is the top entry of CHANGELOG.md (line 7: `### 2.0.0 — 2026-11-30`).
 * Against a base package (what a pull request goes into), when the data differ: the version is
 * the next one and the changelog has a new entry. The base here is the fixture itself, in memory,
 * as `check:data --base` reads it from git.
 */

const setVersion = (version: string) => replaceOnLine(8, '"version": "2.0.0"', `"version": "${version}"`);
/** A new top entry for the changelog, above the 2.0.0 one. */
const newEntry = (heading: string) => replaceOnLine(7, "### 2.0.0", `${heading}\n\n- Sửa một số liệu. / Corrected a figure.\n\n### 2.0.0`);
const aCorrection = setCell(83, 5, "187");

describe("CHANGELOG.md agrees with datapackage.json", () => {
  it.each<[string, Changes, string[]]>([
    ["the fixture, whose top entry is its version", {}, []],
    ["a missing changelog", { "CHANGELOG.md": null }, ["data/CHANGELOG.md:1:1 changelog-missing"]],
    [
      "a changelog with no entry",
      { "CHANGELOG.md": (text) => text.slice(0, text.indexOf("###")) },
      ["data/CHANGELOG.md:1:1 changelog-empty"],
    ],
    [
      "a version raised without a changelog entry",
      { "datapackage.json": setVersion("2.0.1") },
      ["data/CHANGELOG.md:7:5 changelog-version"],
    ],
    [
      "a changelog entry without the version raised",
      { "CHANGELOG.md": newEntry("### 2.0.1 — 2026-11-30") },
      ["data/CHANGELOG.md:7:5 changelog-version"],
    ],
    ["both raised together", { "datapackage.json": setVersion("2.0.1"), "CHANGELOG.md": newEntry("### 2.0.1 — 2026-11-30") }, []],
    ["an entry heading with a hyphen for the dash", { "CHANGELOG.md": replaceOnLine(7, "2.0.0 —", "2.0.0 -") }, []],
    [
      // The mistyped heading is the one problem: the older entry below is not also called out of date.
      "a new entry's heading with the date day first",
      { "datapackage.json": setVersion("2.0.1"), "CHANGELOG.md": newEntry("### 2.0.1 — 30/11/2026") },
      ["data/CHANGELOG.md:7:1 changelog-heading"],
    ],
    [
      "an entry heading with a day that does not exist",
      { "CHANGELOG.md": replaceOnLine(7, "2026-11-30", "2026-11-31") },
      ["data/CHANGELOG.md:7:1 changelog-heading"],
    ],
    [
      "an entry heading at the wrong level",
      { "CHANGELOG.md": replaceOnLine(14, "### 1.1.0", "## 1.1.0") },
      ["data/CHANGELOG.md:14:1 changelog-heading"],
    ],
    ["an entry dated tomorrow", { "CHANGELOG.md": replaceOnLine(7, "2026-11-30", "2026-12-01") }, ["data/CHANGELOG.md:7:1 date-future"]],
    ["entries out of order", { "CHANGELOG.md": replaceOnLine(14, "### 1.1.0", "### 2.1.0") }, ["data/CHANGELOG.md:14:5 changelog-order"]],
    ["a title above the entries", { "CHANGELOG.md": (text) => `# Nhật ký thay đổi / Changelog\n\n${text}` }, []],
    [
      "a heading inside the explanatory comment, which is not an entry",
      { "CHANGELOG.md": replaceOnLine(2, "Mỗi lần", "### 9.9.9 — 2020-01-01\n     Mỗi lần") },
      [],
    ],
    [
      "a changelog far larger than its top entries, which is read only as far as needed",
      { "CHANGELOG.md": (text) => `${text}\n${"- một dòng cũ / an old line\n".repeat(400_000)}` },
      [],
    ],
  ])("%s", (_name, changes, expected) => {
    expect(locate(validateWith(changes))).toEqual(expected);
  });

  it("a version raised without a changelog entry says the two must match", () => {
    const issue = validateEdit("datapackage.json", setVersion("2.0.1")).issues[0]!;
    expect(formatIssue(issue)).toBe(
      'data/CHANGELOG.md:7:5: mục mới nhất (2.0.0) khác phiên bản trong datapackage.json (2.0.1) — hai số phải giống nhau: mỗi lần sửa dữ liệu, tăng "version" trong datapackage.json và thêm một mục cùng số lên đầu CHANGELOG.md / the newest entry (2.0.0) differs from the version in datapackage.json (2.0.1) — they must be the same: with every change to the data, raise "version" in datapackage.json and add an entry with that number at the top of CHANGELOG.md',
    );
  });
});

describe("against the base of a change", () => {
  const base = { ref: "main", files: packageWith({}, undefined, "main") };
  const check = (changes: Changes) => locate(validateWith(changes, { base }));

  it.each<[string, Changes, string[]]>([
    ["no change at all", {}, []],
    [
      "a corrected figure without a new version or entry",
      { "observations.csv": aCorrection },
      ["data/CHANGELOG.md:7:5 changelog-not-new", "data/datapackage.json:8:15 version-not-raised"],
    ],
    [
      "a corrected figure with the next patch version and its entry",
      { "observations.csv": aCorrection, "datapackage.json": setVersion("2.0.1"), "CHANGELOG.md": newEntry("### 2.0.1 — 2026-11-30") },
      [],
    ],
    [
      "added figures with the next minor version",
      { "observations.csv": aCorrection, "datapackage.json": setVersion("2.1.0"), "CHANGELOG.md": newEntry("### 2.1.0 — 2026-11-30") },
      [],
    ],
    [
      "a new shape with the next major version",
      { "observations.csv": aCorrection, "datapackage.json": setVersion("3.0.0"), "CHANGELOG.md": newEntry("### 3.0.0 — 2026-11-30") },
      [],
    ],
    [
      "a version raised but no entry for it",
      { "observations.csv": aCorrection, "datapackage.json": setVersion("2.0.1") },
      ["data/CHANGELOG.md:7:5 changelog-version"],
    ],
    [
      "a version that skips one",
      { "observations.csv": aCorrection, "datapackage.json": setVersion("2.2.0"), "CHANGELOG.md": newEntry("### 2.2.0 — 2026-11-30") },
      ["data/datapackage.json:8:15 version-jump"],
    ],
    [
      "a version lowered",
      { "observations.csv": aCorrection, "datapackage.json": setVersion("1.1.1"), "CHANGELOG.md": newEntry("### 1.1.1 — 2026-11-30") },
      ["data/CHANGELOG.md:11:5 changelog-order", "data/datapackage.json:8:15 version-not-raised"],
    ],
    ["only the changelog's text edited", { "CHANGELOG.md": replaceOnLine(9, "Thêm cột", "Đã thêm cột") }, []],
    ["only README.md edited", { "README.md": () => "# Dữ liệu\n" }, []],
    [
      "a new file in a sub-folder",
      { "geo/notes.txt": () => "ghi chú\n" },
      ["data/CHANGELOG.md:7:5 changelog-not-new", "data/datapackage.json:8:15 version-not-raised"],
    ],
    [
      "a file deleted",
      { "clubs.csv": null },
      ["data/CHANGELOG.md:7:5 changelog-not-new", "data/clubs.csv:1:1 file-missing", "data/datapackage.json:8:15 version-not-raised"],
    ],
  ])("%s", (_name, changes, expected) => {
    expect(check(changes)).toEqual(expected);
  });

  it("a base without a data package (the data are new) has no version to pass", () => {
    const empty = { ref: "main", files: { label: "main", list: () => [], read: () => null } };
    expect(locate(validateWith({ "observations.csv": aCorrection }, { base: empty }))).toEqual([]);
  });

  it("a version not raised names the base, the changed files and the versions that may follow", () => {
    const issue = validateWith({ "observations.csv": aCorrection }, { base }).issues[1]!;
    expect(formatIssue(issue)).toBe(
      'data/datapackage.json:8:15: version: dữ liệu đã thay đổi so với main (observations.csv) nhưng phiên bản 2.0.0 không lớn hơn phiên bản ở main (2.0.0) — ghi 2.0.1 nếu chỉ sửa số liệu hay câu chữ, 2.1.0 nếu thêm số liệu, 3.0.0 nếu một cột hay bảng đổi dạng; rồi thêm mục "### (số mới) — 2026-11-30" lên đầu CHANGELOG.md / the data changed since main (observations.csv) but version 2.0.0 is not above the version in main (2.0.0) — write 2.0.1 for a correction, 2.1.0 for added figures, 3.0.0 when a column or table changes shape; then add an entry "### (new number) — 2026-11-30" at the top of CHANGELOG.md',
    );
  });

  it("a changelog entry that is not new says so", () => {
    const issue = validateWith({ "observations.csv": aCorrection }, { base }).issues[0]!;
    expect(formatIssue(issue)).toBe(
      "data/CHANGELOG.md:7:5: dữ liệu đã thay đổi so với main (observations.csv) nhưng mục mới nhất (2.0.0) đã có ở main — thêm một mục mới lên đầu tệp, cùng số với phiên bản mới, kể những gì đã thay đổi / the data changed since main (observations.csv) but the newest entry (2.0.0) is already in main — add a new entry at the top, with the new version, saying what changed",
    );
  });
});

describe("changedFiles", () => {
  const files = (entries: Record<string, string>) => ({
    label: "",
    list: () => Object.keys(entries),
    read: (name: string) => (name in entries ? encodeUtf8(entries[name]!) : null),
  });

  it("lists files added, removed or changed, and leaves out the Markdown notes", () => {
    const before = files({ "a.csv": "x", "b.csv": "y", "gone.csv": "z", "README.md": "1", "CHANGELOG.md": "1" });
    const after = files({ "a.csv": "x", "b.csv": "y2", "new.csv": "n", "README.md": "2", "CHANGELOG.md": "2" });
    expect(changedFiles(after, before)).toEqual(["b.csv", "gone.csv", "new.csv"]);
  });

  it("finds one changed byte in files of the same length", () => {
    expect(changedFiles(files({ "a.csv": "abc" }), files({ "a.csv": "abd" }))).toEqual(["a.csv"]);
  });
});

describe("versions", () => {
  it.each([
    ["1.10.0", "1.9.0", 1],
    ["2.0.0", "1.99.99", 1],
    ["1.0.1", "1.0.1", 0],
    ["0.9.9", "1.0.0", -1],
  ])("compareVersions(%j, %j) has the sign of %i", (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it("nextVersions gives a patch, a minor and a major step", () => {
    expect(nextVersions("1.9.3")).toEqual(["1.9.4", "1.10.0", "2.0.0"]);
  });

  it("readChangelog reads each entry's version, date and place", () => {
    const text = "<!-- ### 0.0.1 — 2020-01-01 -->\n\n###  1.2.0 — 2026-01-05\n\n- x\n\n### 1.1.0 – 2025-12-01\n";
    expect(readChangelog(encodeUtf8(text))).toEqual({
      entries: [
        { version: "1.2.0", date: "2026-01-05", line: 3, column: 6 },
        { version: "1.1.0", date: "2025-12-01", line: 7, column: 5 },
      ],
      problems: [],
    });
  });
});

describe("the version rules and the date", () => {
  it("an entry dated today in Viet Nam is not in the future, though it is still yesterday in UTC", () => {
    const edit = replaceOnLine(7, "2026-11-30", "2026-12-01");
    expect(locate(validate(packageWith({ "CHANGELOG.md": edit }), { now: new Date("2026-11-30T18:00:00Z") }))).toEqual([]);
  });
});
