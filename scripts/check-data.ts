/**
 * `npm run check:data [-- DIR] [--json | --github]`: validates a data package and prints every
 * problem as `FILE:LINE:COLUMN: field: Vietnamese / English`. `--json` is for machines; `--github`
 * adds workflow annotations so each problem shows on its line in a pull request's diff.
 * Exit 0 when clean, 1 on any problem, 2 on misuse.
 */
import { resolve } from "node:path";
import { formatIssue, type Issue } from "../src/lib/validate/Issue.ts";
import { validateDirectory } from "../src/lib/validate/validatePackage.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const github = args.includes("--github");
const dirs = args.filter((a) => !a.startsWith("--"));
if (dirs.length > 1 || (json && github) || args.some((a) => a.startsWith("--") && a !== "--json" && a !== "--github")) {
  console.error("usage: npm run check:data [-- DIR] [--json | --github]");
  process.exit(2);
}
/** A GitHub Actions workflow command: the message appears on that line of the pull request. */
function githubAnnotation(issue: Issue): string {
  const escape = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (text: string) => escape(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const title = issue.field ? `${issue.field}` : "data";
  return `::error file=${property(issue.file)},line=${issue.line},col=${issue.column},title=${property(title)}::${escape(`${issue.vi}\n${issue.en}`)}`;
}

const given = (dirs[0] ?? "data").replace(/[\\/]+$/, "");
const dir = resolve(given);

try {
  const result = validateDirectory(dir, given);
  const rows = [...result.tables.values()].reduce((n, t) => n + t.rows.length, 0);
  if (json) {
    console.log(
      JSON.stringify({ ok: result.issues.length === 0, version: result.descriptor?.version ?? null, rows, issues: result.issues }, null, 2),
    );
  } else if (result.issues.length > 0) {
    for (const issue of result.issues) console.log(formatIssue(issue));
    if (github) for (const issue of result.issues) console.log(githubAnnotation(issue));
    const n = result.issues.length;
    console.log(`\n${n} lỗi — dữ liệu chưa được xuất bản / ${n} ${n === 1 ? "problem" : "problems"} — the data will not be published`);
  } else {
    console.log(`Dữ liệu hợp lệ / Data OK: ${result.tables.size} tables, ${rows} rows, version ${result.descriptor?.version}`);
  }
  process.exit(result.issues.length > 0 ? 1 : 0);
} catch (error) {
  // A bug in the checker, not a mistake in the data: say so plainly, keep the detail for developers.
  console.error(
    `Lỗi của chương trình kiểm tra (không phải của dữ liệu) / The checker itself failed (not a data problem): ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(3);
}
