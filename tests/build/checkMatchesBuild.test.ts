import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { applyEdits, edit } from "../support/editorialEdits.ts";
import { DATA_DIR, readPackage, text, withFiles, type PackageFiles } from "../support/packageFiles.ts";

/*
 * The pull-request check and the build can never disagree: on copies of the real data/ with
 * editorial changes, `npm run check:data` and `astro build` both pass or both fail, and a passing
 * build leads the home page with the newest figure. This runs the real commands (a build takes
 * about 3 s), unlike tests/unit/editorialChanges.test.ts, which calls the page functions directly.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const require = createRequire(join(ROOT, "package.json"));
const ASTRO = join(dirname(require.resolve("astro/package.json")), "bin", "astro.mjs");
const WORK = mkdtempSync(join(tmpdir(), "vp-agree-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

let n = 0;
function write(files: PackageFiles): string {
  const dir = join(WORK, `case-${++n}`);
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, "data", path)), { recursive: true });
    writeFileSync(join(dir, "data", path), bytes);
  }
  return dir;
}

/** Runs the check and the build on a package; their exit codes and what they printed. */
function checkAndBuild(files: PackageFiles) {
  const dir = write(files);
  const check = spawnSync(process.execPath, [join(ROOT, "scripts/check-data.ts"), join(dir, "data")], { cwd: ROOT, encoding: "utf8" });
  const build = spawnSync(process.execPath, [ASTRO, "build"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: join(dir, "data"), OUT_DIR: join(dir, "dist") },
  });
  const home = (path = "index.html") => readFileSync(join(dir, "dist", path), "utf8");
  return {
    check: check.status,
    checkOutput: check.stdout + check.stderr,
    build: build.status,
    buildOutput: build.stdout + build.stderr,
    home,
  };
}

/** `FILE:LINE:` of each problem a command printed, with the folder taken off, sorted. */
const problems = (output: string) => [...output.matchAll(/data\/([\w./-]+:\d+):\d+:/g)].map((m) => m[1]!).sort();

type Row = Record<string, string>;
const rows = (files: PackageFiles, name: string) => Papa.parse<Row>(text(files, name), { header: true, skipEmptyLines: true }).data;
const FILES = readPackage(DATA_DIR);
const province = rows(FILES, "areas.csv").find((a) => a["level"] === "province")!["code"]!;
const elderly = rows(FILES, "observations.csv").filter(
  (o) => o["indicator"] === "elderly_60plus" && o["area"] === province && o["group"] === "",
);
const newest = elderly.at(-1);

describe("check:data and astro build agree", () => {
  it.runIf(newest)("deleting the newest province figure for people aged 60+: both pass or both fail at the same lines", () => {
    const lines = text(FILES, "observations.csv").split("\n");
    const at = lines.findIndex((l) => l.startsWith(`${province},elderly_60plus,${newest!["period"]},,`));
    const result = checkAndBuild(withFiles(FILES, { "observations.csv": lines.toSpliced(at, 1).join("\n") }));
    expect(result.build === 0, result.buildOutput).toBe(result.check === 0);
    if (result.check === 0) {
      const previous = elderly.at(-2);
      // With an older figure left the card shows it; with none it says "no data", naming the indicator.
      expect(result.home()).toMatch(previous ? new RegExp(`\\(${previous["period"]!.slice(0, 4)}\\)`) : /Chưa có số liệu/);
    } else expect(problems(result.buildOutput)).toEqual(problems(result.checkOutput));
  });

  it("adding a 2024 figure for people aged 60+ shows it on the home page, with no code change", () => {
    const obs = text(FILES, "observations.csv");
    const sources = text(FILES, "sources.csv");
    const fields = Papa.parse<Row>(sources, { header: true }).meta.fields!;
    const source = Object.fromEntries(fields.map((f) => [f, ""]));
    Object.assign(source, {
      id: "report-2024-test",
      publisher: "Sở Lao động",
      title: "Báo cáo năm 2024",
      published: "2025-03-31",
      reliability: "B",
    });
    const result = checkAndBuild(
      withFiles(FILES, {
        "observations.csv": `${obs.trimEnd()}\n${province},elderly_60plus,2024,,212345,exact,report-2024-test,,\n`,
        "sources.csv": `${sources.trimEnd()}\n${Papa.unparse([fields.map((f) => source[f] ?? "")])}\n`,
      }),
    );
    expect(result.check, result.checkOutput).toBe(0);
    expect(result.build, result.buildOutput).toBe(0);
    expect(result.home()).toContain("212.345");
    expect(result.home("en/index.html")).toContain("212,345");
    expect(result.home()).toMatch(/\(2024\)/);
  });

  it("random editorial changes: the check passing implies the build passing", () => {
    const samples = fc.sample(fc.array(edit, { minLength: 1, maxLength: 4 }), { numRuns: 4, seed: 7 });
    for (const edits of samples) {
      const result = checkAndBuild(applyEdits(FILES, edits));
      expect(result.build === 0, `${JSON.stringify(edits)}\n${result.checkOutput}\n${result.buildOutput}`).toBe(result.check === 0);
    }
  });
});
