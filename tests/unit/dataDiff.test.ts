import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffPackage } from "../../src/lib/diff/diffPackage.ts";
import { formatFactor, formatPercent } from "../../src/lib/diff/formatChange.ts";
import type { PackageDiff, RowChange } from "../../src/lib/diff/PackageDiff.ts";
import { readChangelogTop } from "../../src/lib/diff/readChangelogTop.ts";
import { readSnapshot, type ReadFile } from "../../src/lib/diff/readSnapshot.ts";
import { relativeChange } from "../../src/lib/diff/relativeChange.ts";
import { renderMarkdown } from "../../src/lib/diff/renderMarkdown.ts";
import { renderText } from "../../src/lib/diff/renderText.ts";
import { trendBreak } from "../../src/lib/diff/trendBreak.ts";

/*
 * The data diff on the frozen fixture package (tests/fixtures/data): first in memory, one edit
 * at a time, then as an editor runs it, `npm run data:diff -- HEAD~1` in a throwaway git repository.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURE = join(ROOT, "tests", "fixtures", "data");
const SCRIPT = join(ROOT, "scripts", "data-diff.ts");

type Edit = (text: string) => string;

/** Replaces one exact piece of a fixture file, failing loudly if the fixture no longer has it. */
const replace =
  (find: string, by: string): Edit =>
  (text) => {
    if (!text.includes(find)) throw new Error(`fixture has no ${JSON.stringify(find)}: update this test`);
    return text.replace(find, by);
  };

/** The fixture package with some files edited; `null` removes a file. */
function fixture(edits: Readonly<Record<string, Edit | null>> = {}): ReadFile {
  return (path) => {
    if (edits[path] === null) return null;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(FIXTURE, path));
    } catch {
      return null;
    }
    const edit = edits[path];
    return edit ? new TextEncoder().encode(edit(bytes.toString("utf8"))) : new Uint8Array(bytes);
  };
}

const diffOf = (edits: Readonly<Record<string, Edit | null>>, before: Readonly<Record<string, Edit | null>> = {}) =>
  diffPackage(readSnapshot(fixture(before)), readSnapshot(fixture(edits)), "HEAD~1");

const table = (diff: PackageDiff, name: string) => diff.tables.find((t) => t.name === name)!;
const changedRows = (diff: PackageDiff): RowChange[] => diff.tables.flatMap((t) => t.changed);
const flagCodes = (diff: PackageDiff) => diff.tables.flatMap((t) => [...t.changed, ...t.added].flatMap((r) => r.flags.map((f) => f.code)));

/** The fixture's version, read rather than assumed: the fixture follows schema changes of the real package. */
const VERSION = (JSON.parse(readFileSync(join(FIXTURE, "datapackage.json"), "utf8")) as { version: string }).version;
const BUMPED = VERSION.replace(/\d+$/, (patch) => String(Number(patch) + 1));
const bumpVersion = replace(`"version": "${VERSION}"`, `"version": "${BUMPED}"`);

const ELDERLY_2022 = "26,elderly_60plus,2022,,190000,over,";
const TIMES_TEN = { "observations.csv": replace(ELDERLY_2022, "26,elderly_60plus,2022,,1900000,over,") };

describe("relativeChange and its formatting", () => {
  it.each([
    ["190000", "1900000", "+900 %", "×10"],
    ["1151154", "1151155", "+<0.0001 %", ""],
    ["1151154", "1151254", "+0.0087 %", ""],
    ["43809", "30000", "-32 %", ""],
    ["11.8", "11.86", "+0.51 %", ""],
    ["100", "95", "-5 %", ""],
    ["8", "2", "-75 %", "÷4"],
  ])("relativeChange('%s', '%s') reads %s %s", (before, after, percent, factor) => {
    const change = relativeChange(before, after);
    expect(change?.kind).toBe("ratio");
    expect(change?.kind === "ratio" && formatPercent(change.value)).toBe(percent);
    expect(formatFactor(before, after)).toBe(factor);
  });

  it("relativeChange('0', '5') is a change from 0, with no ratio", () => {
    expect(relativeChange("0", "5")).toEqual({ kind: "from-zero" });
  });

  it("relativeChange('190000', '190.000') is null: the new cell is not a number", () => {
    expect(relativeChange("190000", "190.000")).toBeNull();
  });
});

describe("trendBreak", () => {
  const rising = [
    { period: "2016", value: 39816 },
    { period: "2024", value: 43435 },
  ];

  it("flags a value that turns a rising series down and up again", () => {
    expect(trendBreak({ period: "2023", value: 30000 }, rising)?.en).toBe(
      "breaks the trend: the series' other figures all rise over time (2016: 39816, 2024: 43435); the new value reverses it",
    );
  });

  it("accepts a value that keeps the series rising", () => {
    expect(trendBreak({ period: "2023", value: 41000 }, rising)).toBeNull();
  });

  it("flags a value more than twice the largest other figure even when the direction holds", () => {
    expect(trendBreak({ period: "2025", value: 90000 }, rising)?.en).toMatch(/more than twice the series' largest other figure/);
  });

  it("says nothing when the series has fewer than 2 other figures", () => {
    expect(trendBreak({ period: "2025", value: 1 }, rising.slice(0, 1))).toBeNull();
  });

  it("orders periods by time, ranges by their first then last day", () => {
    const targets = [
      { period: "2020/2025", value: 3000 },
      { period: "2025/2035", value: 12000 },
    ];
    expect(trendBreak({ period: "2025/2030", value: 6000 }, targets)).toBeNull();
    expect(trendBreak({ period: "2025/2030", value: 20000 }, targets)?.code).toBe("trend");
  });
});

describe("diffPackage on in-memory copies of the fixture", () => {
  it("finds nothing when both sides are the same", () => {
    const diff = diffOf({});
    expect(diff.tables.every((t) => t.status === "unchanged")).toBe(true);
    expect(diff.notes).toEqual([]);
    expect(diff.descriptorChanged).toBe(false);
  });

  it("reports a one-value change by primary key, with its line and relative size, and flags ×10", () => {
    const diff = diffOf(TIMES_TEN);
    expect(changedRows(diff)).toEqual([
      expect.objectContaining({
        key: { area: "26", indicator: "elderly_60plus", period: "2022", group: "" },
        line: 2,
        changes: [{ field: "value", old: "190000", new: "1900000", relative: { kind: "ratio", value: 9 } }],
      }),
    ]);
    expect(flagCodes(diff)).toEqual(["large-change"]);
    expect(table(diff, "observations").added).toEqual([]);
    expect(table(diff, "observations").removed).toEqual([]);
  });

  it("does not flag a small correction", () => {
    const diff = diffOf({ "observations.csv": replace("26,population,2019-04-01,,1151154,", "26,population,2019-04-01,,1151155,") });
    expect(changedRows(diff)).toHaveLength(1);
    expect(flagCodes(diff)).toEqual([]);
  });

  it("flags a qualifier change", () => {
    const diff = diffOf({ "observations.csv": replace(ELDERLY_2022, "26,elderly_60plus,2022,,190000,exact,") });
    expect(changedRows(diff)[0]?.flags.map((f) => f.en)).toEqual(["qualifier changed: over → exact"]);
  });

  it("flags an indicator's unit change, counting the figures that use it", () => {
    const diff = diffOf({ "indicators.csv": replace("elderly_60plus_share,percent,", "elderly_60plus_share,persons,") });
    expect(changedRows(diff)[0]?.flags.map((f) => f.en)).toEqual(["unit changed: percent → persons; 6 figures use this indicator"]);
  });

  it("flags a corrected value that breaks its series' trend", () => {
    const diff = diffOf({
      "observations.csv": replace("26,social_assistance_recipients,2023,,43809,", "26,social_assistance_recipients,2023,,30000,"),
    });
    expect(flagCodes(diff)).toEqual(["trend"]);
  });

  it("flags an added figure far outside its series, and lists it as added", () => {
    const diff = diffOf({
      "observations.csv": (text) => `${text.trimEnd()}\n26,social_assistance_recipients,2025,,19000,exact,kdpt-2024,,\n`,
    });
    const observations = table(diff, "observations");
    expect(observations.added).toEqual([
      expect.objectContaining({ key: { area: "26", indicator: "social_assistance_recipients", period: "2025", group: "" } }),
    ]);
    expect(observations.added[0]?.flags.map((f) => f.en)).toEqual([
      "breaks the trend: the new value is less than half the series' smallest other figure (2016: 39816, 2023: 43809, 2024: 43435)",
    ]);
  });

  it("reports a changed primary key as one removal and one addition", () => {
    const diff = diffOf({ "observations.csv": replace(ELDERLY_2022, "26,elderly_60plus,2021,,190000,over,") });
    const observations = table(diff, "observations");
    expect(observations.changed).toEqual([]);
    expect(observations.removed.map((r) => r.key["period"])).toEqual(["2022"]);
    expect(observations.added.map((r) => r.key["period"])).toEqual(["2021"]);
  });

  it("keeps a cell the check rejects, so 190000 → 190.000 shows as a change that is not a number", () => {
    const diff = diffOf({ "observations.csv": replace(ELDERLY_2022, "26,elderly_60plus,2022,,190.000,over,") });
    const [row] = changedRows(diff);
    expect(row?.changes).toEqual([{ field: "value", old: "190000", new: "190.000" }]);
    expect(row?.line).toBeNull();
    expect(row?.flags.map((f) => f.code)).toEqual(["not-a-number"]);
  });

  it("lists changes to non-observation tables, and notes data changed without a version bump", () => {
    const diff = diffOf({ "sources.csv": replace("ldxh-2022,Báo Lao động và Xã hội,", "ldxh-2022,Báo Lao động & Xã hội,") });
    expect(table(diff, "sources").changed[0]?.changes).toEqual([
      { field: "publisher", old: "Báo Lao động và Xã hội", new: "Báo Lao động & Xã hội" },
    ]);
    expect(diff.notes.map((n) => n.code)).toEqual(["version-not-bumped"]);
  });

  it("reports a version bump and the changelog's new top entry", () => {
    const diff = diffOf({
      "datapackage.json": bumpVersion,
      "CHANGELOG.md": replace(
        `### ${VERSION}`,
        `### ${BUMPED} — 2026-12-01\n\n- Sửa một con số. / One figure corrected.\n\n### ${VERSION}`,
      ),
      ...TIMES_TEN,
    });
    expect(diff.version).toEqual({ old: VERSION, new: BUMPED });
    expect(diff.changelog.changed).toBe(true);
    expect(diff.changelog.new).toEqual({ heading: `${BUMPED} — 2026-12-01`, body: ["- Sửa một con số. / One figure corrected."] });
    expect(diff.descriptorChanged).toBe(false);
    expect(diff.notes).toEqual([]);
  });

  it("notes a version bump with no changelog entry", () => {
    const diff = diffOf({ "datapackage.json": bumpVersion });
    expect(diff.notes.map((n) => n.code)).toEqual(["changelog-not-updated"]);
  });

  it("says a table that cannot be read is not compared, instead of listing every row as removed", () => {
    const diff = diffOf({ "clubs.csv": (text) => text.replace("lung-hoa-dong,", 'lung-hoa-dong,"unclosed ') });
    expect(table(diff, "clubs").status).toBe("unreadable");
    expect(diff.notes.map((n) => n.code)).toContain("table-unreadable");
  });

  it("reports a new column once, not as a change to every row", () => {
    const addColumn = (text: string) =>
      text
        .trimEnd()
        .split("\n")
        .map((line, i) => `${line},${i === 0 ? "extra" : "x"}`)
        .join("\n");
    const json = (text: string) => {
      const descriptor = JSON.parse(text) as { resources: { name: string; schema: { fields: object[] } }[] };
      const groups = descriptor.resources.find((r) => r.name === "groups")!;
      groups.schema.fields.push({ name: "extra", type: "string", title: "Extra", titleVi: "Thêm", description: "-", descriptionVi: "-" });
      return JSON.stringify(descriptor, null, 2);
    };
    const diff = diffOf({ "groups.csv": addColumn, "datapackage.json": json });
    expect(table(diff, "groups")).toMatchObject({ status: "changed", addedColumns: ["extra"], changed: [] });
    expect(diff.descriptorChanged).toBe(true);
  });

  it("renders a one-value change as text and as Markdown", () => {
    const diff = diffOf(TIMES_TEN);
    const text = renderText(diff);
    expect(text).toContain(
      [
        "observations.csv — Số liệu / Figures: 1 sửa / changed",
        "  ~ area=26, indicator=elderly_60plus, period=2022 (dòng / line 2)",
        "      value: 190000 → 1900000 (+900 %, ×10)",
        "      ⚠ value thay đổi +900 %, ×10, quá ±50 % / value changes by +900 %, ×10, more than ±50 %",
      ].join("\n"),
    );
    expect(text).toContain("Tổng / Total: 1 sửa / changed · 0 thêm / added · 0 xóa / removed · 1 cảnh báo / flag");
    const markdown = renderMarkdown(diff);
    expect(markdown).toContain(
      "| 2 | area=26, indicator=elderly\\_60plus, period=2022 | `value`: 190000 → **1900000** (+900 %, ×10) | ⚠️ value thay đổi +900 %, ×10, quá ±50 % / value changes by +900 %, ×10, more than ±50 % |",
    );
  });

  it("escapes a cell's pipes and tags in Markdown so the table keeps its shape", () => {
    const diff = diffOf({ "sources.csv": replace("ldxh-2022,Báo Lao động và Xã hội,", "ldxh-2022,Báo <b>|</b>,") });
    expect(renderMarkdown(diff)).toContain("**Báo &lt;b&gt;\\|&lt;/b&gt;**");
  });
});

describe("readChangelogTop", () => {
  it("skips the rules comment and returns the newest entry", () => {
    const text = "<!-- ### not this -->\n\n### 2.0.0 — 2026-12-01\n\n- one\n- two\n\n### 1.0.0\n\n- old\n";
    expect(readChangelogTop(text)).toEqual({ heading: "2.0.0 — 2026-12-01", body: ["- one", "- two"] });
  });
});

describe("npm run data:diff in a git repository", () => {
  let repo = "";
  /** Git isolated from the machine's configuration, so a signing key or hook cannot change the outcome. */
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], {
      cwd: repo,
      env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
      stdio: "pipe",
    });
  const dataDiff = (...args: string[]) => {
    const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: repo, encoding: "utf8", timeout: 30_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  const edit = (file: string, find: string, by: string) => {
    const path = join(repo, "data", file);
    writeFileSync(path, replace(find, by)(readFileSync(path, "utf8")));
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), "data-diff-"));
    git("init", "-q");
    writeFileSync(join(repo, "README.md"), "no data yet\n");
    git("add", ".");
    git("commit", "-q", "-m", "no data");
    git("tag", "before-data");
    cpSync(FIXTURE, join(repo, "data"), { recursive: true });
    git("add", ".");
    git("commit", "-q", "-m", "data as in the fixture");
    edit("observations.csv", "26,population,2019-04-01,,1151154,", "26,population,2019-04-01,,1151254,");
    git("commit", "-q", "-am", "one figure corrected");
  }, 30_000);

  afterAll(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it("HEAD~1 shows exactly the one value changed, with its relative size and no flag", () => {
    const run = dataDiff("HEAD~1");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Tổng / Total: 1 sửa / changed · 0 thêm / added · 0 xóa / removed · 0 cảnh báo / flags");
    expect(run.stdout).toContain(
      "  ~ area=26, indicator=population, period=2019-04-01 (dòng / line 5)\n      value: 1151154 → 1151254 (+0.0087 %)\n\n",
    );
    expect(run.stdout).toContain(`version in datapackage.json is still ${VERSION}`);
  });

  it("flags a ×10 change, in text and in Markdown", () => {
    edit("observations.csv", ELDERLY_2022, "26,elderly_60plus,2022,,1900000,over,");
    git("commit", "-q", "-am", "a slip of the finger");
    const text = dataDiff("HEAD~1");
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("value: 190000 → 1900000 (+900 %, ×10)\n      ⚠ value thay đổi +900 %, ×10, quá ±50 %");
    const markdown = dataDiff("--format", "markdown", "HEAD~1");
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/^## So sánh dữ liệu \/ Data diff: `data\/` ↔ `HEAD~1`/);
    expect(markdown.stdout).toContain(
      "| 2 | area=26, indicator=elderly\\_60plus, period=2022 | `value`: 190000 → **1900000** (+900 %, ×10) | ⚠️",
    );
  });

  it.each([
    [["--format", "html", "HEAD~1"], /^usage: npm run data:diff/],
    [[], /^usage: npm run data:diff/],
    [["--upload-pack=evil"], /^usage: npm run data:diff/],
    [["HEAD~1..HEAD"], /is not a valid branch, tag or commit name/],
    [["no-such-branch"], /"no-such-branch" was not found in the git repository/],
    [["before-data"], /"before-data" has no data\/datapackage.json/],
  ])("exits 2 with a plain message on %j", (args, said) => {
    const run = dataDiff(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(said);
    expect(run.stderr).not.toMatch(/^\s{4}at /m);
  });
});
