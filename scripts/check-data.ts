/**
 * `npm run check:data [-- DIR] [--json]`: validates a data package and prints every problem as
 * `FILE:LINE:COLUMN: field: Vietnamese / English`. Exit 0 when clean, 1 on any problem, 2 on misuse.
 */
import { resolve } from "node:path";
import { formatIssue } from "../src/lib/validate/Issue.ts";
import { validateDirectory } from "../src/lib/validate/validatePackage.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const dirs = args.filter((a) => !a.startsWith("--"));
if (dirs.length > 1 || args.some((a) => a.startsWith("--") && a !== "--json")) {
  console.error("usage: npm run check:data [-- DIR] [--json]");
  process.exit(2);
}
const given = (dirs[0] ?? "data").replace(/[\\/]+$/, "");
const dir = resolve(given);

try {
  const result = validateDirectory(dir, given);
  const rows = [...result.tables.values()].reduce((n, t) => n + t.rows.length, 0);
  if (json) {
    console.log(JSON.stringify({ ok: result.issues.length === 0, version: result.descriptor?.version ?? null, rows, issues: result.issues }, null, 2));
  } else if (result.issues.length > 0) {
    for (const issue of result.issues) console.log(formatIssue(issue));
    const n = result.issues.length;
    console.log(`\n${n} lỗi — dữ liệu chưa được xuất bản / ${n} ${n === 1 ? "problem" : "problems"} — the data will not be published`);
  } else {
    console.log(`Dữ liệu hợp lệ / Data OK: ${result.tables.size} tables, ${rows} rows, version ${result.descriptor?.version}`);
  }
  process.exit(result.issues.length > 0 ? 1 : 0);
} catch (error) {
  // A bug in the checker, not a mistake in the data: say so plainly, keep the detail for developers.
  console.error(`Lỗi của chương trình kiểm tra (không phải của dữ liệu) / The checker itself failed (not a data problem): ${error instanceof Error ? error.message : String(error)}`);
  process.exit(3);
}
