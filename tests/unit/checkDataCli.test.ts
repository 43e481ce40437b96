import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * `npm run check:data` as an editor and CI run it: a separate Node process (process.execPath is
 * the project's Node 24 under npm), its exit code and what it prints. Kept to a few runs, since
 * each starts a process.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCRIPT = join(ROOT, "scripts", "check-data.ts");

function checkData(...args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.split("\n").filter((l) => l !== "") };
}

/** A stack trace line, which an editor must never see. */
const STACK_LINE = /^\s{4}at /m;

describe("npm run check:data", () => {
  let broken = "";

  beforeAll(() => {
    // A copy of data/ where observation line 2's value has a thousands separator.
    broken = mkdtempSync(join(tmpdir(), "check-data-"));
    cpSync(join(ROOT, "data"), broken, { recursive: true });
    const file = join(broken, "observations.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    if (!lines[1]?.startsWith("26,elderly_60plus,2022,,190000,"))
      throw new Error("observations.csv line 2 has changed: update this fixture");
    lines[1] = lines[1].replace(",190000,", ",190.000,");
    writeFileSync(file, lines.join("\n"));
  });

  afterAll(() => {
    if (broken) rmSync(broken, { recursive: true, force: true });
  });

  it("exits 0 on the real data with one summary line", () => {
    const run = checkData("data");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(/^Dữ liệu hợp lệ \/ Data OK: \d+ tables, \d+ rows, version \d+\.\d+\.\d+$/);
  });

  it("exits 1 on a data problem, naming FILE:LINE:COLUMN first, with no stack trace", () => {
    const run = checkData(broken);
    expect(run.status).toBe(1);
    expect(run.lines[0]).toBe(
      `${broken}/observations.csv:2:5: value: "190.000" không phải là số hợp lệ — viết 190000, không dùng dấu chấm phân cách hàng nghìn / "190.000" is not a valid number — write 190000 without a thousands separator`,
    );
    expect(run.lines.at(-1)).toBe("1 lỗi — dữ liệu chưa được xuất bản / 1 problem — the data will not be published");
    expect(run.stdout).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("prints the problems as JSON with --json", () => {
    const run = checkData(`${broken}/`, "--json");
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      version: string | null;
      issues: { file: string; line: number; column: number; field: string | null; code: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(report.issues).toEqual([
      expect.objectContaining({
        file: `${broken}/observations.csv`,
        line: 2,
        column: 5,
        field: "value",
        code: "number-thousands-separator",
      }),
    ]);
  });

  it("exits 2 with a usage line on an unknown option", () => {
    const run = checkData("data", "--jsn");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^usage: npm run check:data/);
  });
});
