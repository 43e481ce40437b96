/**
 * `npm run data:diff -- [--format text|markdown] <git-ref>`: what changed in `data/` since a git
 * ref (a branch, tag or commit such as `HEAD~1` or `origin/main`): per table the rows added,
 * removed and changed by primary key, each changed cell old → new with its relative change, and
 * flags for changes worth checking against the source. It is a report: exit 0 whatever it finds,
 * 2 on misuse (a bad ref, no git, no data/ at the ref).
 */
import { diffPackage } from "../src/lib/diff/diffPackage.ts";
import { DiffUsageError, readAtCommit, readWorkingCopy, resolveCommit } from "../src/lib/diff/gitPackage.ts";
import { readSnapshot } from "../src/lib/diff/readSnapshot.ts";
import { renderMarkdown } from "../src/lib/diff/renderMarkdown.ts";
import { renderText } from "../src/lib/diff/renderText.ts";

const USAGE = "usage: npm run data:diff -- [--format text|markdown] <git-ref>   (e.g. HEAD~1, origin/main)";
const DATA = "data";

function parseArgs(args: readonly string[]): { ref: string; format: "text" | "markdown" } | null {
  let format = "text";
  const refs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--format") format = args[++i] ?? "";
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
    else if (arg.startsWith("-")) return null;
    else refs.push(arg);
  }
  if (refs.length !== 1 || (format !== "text" && format !== "markdown")) return null;
  return { ref: refs[0]!, format };
}

const options = parseArgs(process.argv.slice(2));
if (!options) {
  console.error(USAGE);
  process.exit(2);
}

try {
  const cwd = process.cwd();
  const commit = resolveCommit(options.ref, cwd);
  const readOld = readAtCommit(commit, DATA, cwd);
  if (!readOld("datapackage.json")) {
    throw new DiffUsageError(
      `"${options.ref}" không có ${DATA}/datapackage.json: không có gì để so sánh / "${options.ref}" has no ${DATA}/datapackage.json: nothing to compare with`,
    );
  }
  const diff = diffPackage(readSnapshot(readOld), readSnapshot(readWorkingCopy(DATA)), options.ref);
  process.stdout.write(options.format === "markdown" ? renderMarkdown(diff) : renderText(diff));
} catch (error) {
  if (error instanceof DiffUsageError) {
    console.error(error.message);
    console.error(USAGE);
    process.exit(2);
  }
  console.error(
    `Lỗi của chương trình so sánh (không phải của dữ liệu) / The diff itself failed (not a data problem): ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(3);
}
