/**
 * `npm run check:data [-- DIR] [--json | --github] [--base REF]`: validates a data package and
 * prints every problem as `FILE:LINE:COLUMN: field: Vietnamese / English`. `--json` is for
 * machines; `--github` adds workflow annotations so each problem shows on its line in a pull
 * request's diff. `--base REF` (a git branch or commit, e.g. `origin/main`) also checks that, if
 * the data differ from REF, the version was raised and CHANGELOG.md has a new entry.
 * Exit 0 when clean, 1 on any problem, 2 on misuse.
 */
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { formatIssue, visible, type Issue } from "../src/lib/validate/Issue.ts";
import { checkSite } from "../src/lib/stories/checkSite.ts";
import { directoryFiles } from "../src/lib/validate/directoryFiles.ts";
import type { BasePackage } from "../src/lib/validate/validatePackage.ts";
import { GitRefError, gitPackageFiles } from "./gitPackageFiles.ts";

const USAGE = "usage: npm run check:data [-- DIR] [--json | --github] [--base REF]";

function parseArgs(args: readonly string[]): { dirs: string[]; json: boolean; github: boolean; base: string | null } | null {
  const out = { dirs: [] as string[], json: false, github: false, base: null as string | null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") out.json = true;
    else if (arg === "--github") out.github = true;
    else if (arg === "--base" || arg.startsWith("--base=")) {
      const ref = arg === "--base" ? args[++i] : arg.slice("--base=".length);
      if (!ref || ref.startsWith("-") || out.base !== null) return null;
      out.base = ref;
    } else if (arg.startsWith("--")) return null;
    else out.dirs.push(arg);
  }
  return out.dirs.length > 1 || (out.json && out.github) ? null : out;
}

const options = parseArgs(process.argv.slice(2));
if (!options) {
  console.error(USAGE);
  process.exit(2);
}
const { json, github } = options;

/** A GitHub Actions workflow command: the message appears on that line of the pull request. */
function githubAnnotation(issue: Issue): string {
  // The workflow-command format: %, CR and LF escaped in data and properties, and : and , too in properties.
  const escape = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (text: string) => escape(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const title = issue.field ? visible(issue.field) : "data";
  const text = `${visible(issue.vi)}\n${visible(issue.en)}`;
  return `::error file=${property(visible(issue.file))},line=${issue.line},col=${issue.column},title=${property(title)}::${escape(text)}`;
}

const given = (options.dirs[0] ?? "data").replace(/[\\/]+$/, "");
const dir = resolve(given);

let base: BasePackage | undefined;
if (options.base !== null) {
  try {
    base = { ref: options.base, files: gitPackageFiles(options.base, dir) };
  } catch (error) {
    if (!(error instanceof GitRefError)) throw error;
    console.error(`--base: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
}

try {
  const result = checkSite(directoryFiles(dir, given), { base });
  const rows = [...result.tables.values()].reduce((n, t) => n + t.rows.length, 0);
  if (json) {
    console.log(
      JSON.stringify({ ok: result.issues.length === 0, version: result.descriptor?.version ?? null, rows, issues: result.issues }, null, 2),
    );
  } else if (result.issues.length > 0) {
    // Under --github the runner reads every output line as a possible workflow command. formatIssue
    // already keeps each problem on one line; pausing command processing with a token the pull
    // request cannot know also stops a line of data text from being taken as a command.
    const token = github ? randomUUID() : null;
    if (token) console.log(`::stop-commands::${token}`);
    for (const issue of result.issues) console.log(formatIssue(issue));
    if (token) console.log(`::${token}::`);
    if (github) for (const issue of result.issues) console.log(githubAnnotation(issue));
    const n = result.issues.length;
    console.log(`\n${n} lỗi — dữ liệu chưa được xuất bản / ${n} ${n === 1 ? "problem" : "problems"} — the data will not be published`);
  } else {
    console.log(
      `Dữ liệu hợp lệ / Data OK: ${result.tables.size} tables, ${rows} rows, ${result.stories.length} stories, version ${result.descriptor?.version}`,
    );
  }
  process.exit(result.issues.length > 0 ? 1 : 0);
} catch (error) {
  // A bug in the checker, not a mistake in the data: say so plainly, keep the detail for developers.
  console.error(
    `Lỗi của chương trình kiểm tra (không phải của dữ liệu) / The checker itself failed (not a data problem): ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(3);
}
