import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * `npm run check:data` as an editor and CI run it: a separate Node process (process.execPath is
 * the project's Node 24 under npm), its exit code and what it prints. Run on copies of the frozen
 * fixture package, and kept to a few runs, since each starts a process.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCRIPT = join(ROOT, "scripts", "check-data.ts");
const FIXTURE = join(ROOT, "tests", "fixtures", "data");

function checkData(...args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.split("\n").filter((l) => l !== "") };
}

/** The codes of the problems `--json` reports. */
const codes = (stdout: string) => (JSON.parse(stdout) as { issues: { code: string }[] }).issues.map((i) => i.code);

/** Replaces text in a file, failing loudly when the fixture no longer contains it. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

/** A stack trace line, which an editor must never see. */
const STACK_LINE = /^\s{4}at /m;

describe("npm run check:data", () => {
  let broken = "";

  beforeAll(() => {
    // A copy of the fixture where observation line 2's value has a thousands separator.
    broken = mkdtempSync(join(tmpdir(), "check-data-"));
    cpSync(FIXTURE, broken, { recursive: true });
    edit(join(broken, "observations.csv"), "26,elderly_60plus,2022,,190000,", "26,elderly_60plus,2022,,190.000,");
  });

  afterAll(() => {
    if (broken) rmSync(broken, { recursive: true, force: true });
  });

  it("exits 0 on a valid package with one summary line", () => {
    const run = checkData(FIXTURE);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(/^Dữ liệu hợp lệ \/ Data OK: \d+ tables, \d+ rows, 3 stories, version \d+\.\d+\.\d+$/);
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

  it("adds a GitHub annotation for each problem with --github", () => {
    const run = checkData(broken, "--github");
    expect(run.status).toBe(1);
    expect(run.lines).toContainEqual(
      expect.stringMatching(
        /^::error file=.*observations\.csv,line=2,col=5,title=value::"190\.000" không phải là số hợp lệ.*%0A"190\.000" is not/,
      ),
    );
  });

  it("under --github, a cell holding a line break and workflow commands cannot forge or stop annotations", () => {
    const forged = mkdtempSync(join(tmpdir(), "check-data-forged-"));
    try {
      cpSync(FIXTURE, forged, { recursive: true });
      edit(
        join(forged, "observations.csv"),
        "26,elderly_60plus,2022,,190000,over,ldxh-2022,,",
        '26,elderly_60plus,2022,,190000,over,ldxh-2022,ghi chú,"=1\n::error file=x.csv::forged\r\n::stop-commands::abc\n::add-mask::x"',
      );
      const run = checkData(forged, "--github");
      expect(run.status).toBe(1);
      expect(run.stdout).not.toContain("\r");
      const commands = run.lines.filter((l) => l.startsWith("::"));
      // The check's own: pause, resume with the same token, then one annotation per problem.
      expect(commands).toHaveLength(3);
      const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(commands[0]!)?.[1];
      expect(token).toBeDefined();
      expect(commands[1]).toBe(`::${token}::`);
      expect(commands[2]).toMatch(/^::error file=[^\n]*observations\.csv,line=2,col=9,title=note_en::.*\\n::error file=x\.csv::forged/);
    } finally {
      rmSync(forged, { recursive: true, force: true });
    }
  });

  it.each([[["--jsn"]], [["--base"]], [["--base", "--json"]], [["--json", "--github"]]])(
    "exits 2 with a usage line on misuse: %j",
    (args) => {
      const run = checkData(FIXTURE, ...args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^usage: npm run check:data/);
    },
  );
});

describe("npm run check:data on a story naming an unknown source and an unknown club", () => {
  let dir = "";
  const STORY = [
    "---",
    'title: "Câu lạc bộ thôn Tây"',
    'summary: "Một bài nêu một nguồn và một câu lạc bộ không có trong dữ liệu."',
    "lang: vi",
    "published: 2026-11-01",
    'author: "Ban biên tập dữ liệu"',
    "clubs: [lung-hoa-tay]",
    "sources: [ldxh-2022, bao-moi-2099]",
    "---",
    "",
    "Câu lạc bộ ở thôn Tây.",
    "",
  ].join("\n");

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "check-data-story-"));
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, "stories", "vi", "x.md"), STORY);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("exits 1 naming each at its FILE:LINE:COLUMN and field, as CSV problems are named", () => {
    const run = checkData(dir);
    expect(run.status).toBe(1);
    expect(run.lines.slice(0, -1)).toEqual([
      `${dir}/stories/vi/x.md:7:9: clubs: "lung-hoa-tay" không có trong clubs.csv — dùng một mã có trong clubs.csv, hoặc thêm dòng đó trước / "lung-hoa-tay" is not found in clubs.csv — use an id from clubs.csv, or add that row first`,
      `${dir}/stories/vi/x.md:8:22: sources: "bao-moi-2099" không có trong sources.csv — dùng một mã có trong sources.csv, hoặc thêm dòng đó trước / "bao-moi-2099" is not found in sources.csv — use an id from sources.csv, or add that row first`,
    ]);
    expect(run.lines.at(-1)).toMatch(/^2 lỗi/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
  });

  it("annotates both lines of the story with --github", () => {
    const run = checkData(dir, "--github");
    expect(run.status).toBe(1);
    const annotations = run.lines.filter((l) => l.startsWith("::error "));
    expect(annotations).toEqual([
      expect.stringMatching(/^::error file=[^,]*stories\/vi\/x\.md,line=7,col=9,title=clubs::"lung-hoa-tay" không có trong clubs\.csv/),
      expect.stringMatching(
        /^::error file=[^,]*stories\/vi\/x\.md,line=8,col=22,title=sources::"bao-moi-2099" không có trong sources\.csv/,
      ),
    ]);
  });
});

describe("npm run check:data -- DIR --base REF", () => {
  let repo = "";
  let data = "";
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], {
      cwd: repo,
      stdio: "pipe",
    });

  beforeAll(() => {
    // A repository whose one commit holds the fixture as data/, as the base branch would.
    repo = mkdtempSync(join(tmpdir(), "check-data-git-"));
    data = join(repo, "data");
    cpSync(FIXTURE, data, { recursive: true });
    git("init", "--quiet");
    git("add", "data");
    git("commit", "--quiet", "-m", "base");
  });

  afterAll(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it("exits 0 when the data are as in REF", () => {
    expect(checkData(data, "--base", "HEAD").status).toBe(0);
  });

  it("exits 1 when the data changed but neither the version nor the changelog did, then 0 once both are raised", () => {
    edit(join(data, "observations.csv"), "VN,wb_project_clubs,2024,,186,", "VN,wb_project_clubs,2024,,187,");
    const stale = checkData(data, "--base=HEAD", "--json");
    expect(stale.status).toBe(1);
    expect(codes(stale.stdout)).toEqual(["changelog-not-new", "version-not-raised"]);

    edit(join(data, "datapackage.json"), '"version": "2.0.0"', '"version": "2.0.1"');
    edit(
      join(data, "CHANGELOG.md"),
      "### 2.0.0",
      "### 2.0.1 — 2026-11-30\n\n- Sửa số câu lạc bộ. / Corrected the number of clubs.\n\n### 2.0.0",
    );
    const raised = checkData(data, "--base", "HEAD");
    expect(raised.stdout).toMatch(/^Dữ liệu hợp lệ/);
    expect(raised.status).toBe(0);
  });

  it("exits 2 naming the ref when it is not a commit", () => {
    const run = checkData(data, "--base", "no-such-branch");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^--base: no-such-branch is not a commit of the git repository holding /);
  });
});
