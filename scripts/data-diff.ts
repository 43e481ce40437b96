/**
 * `npm run data:diff -- [--format text|markdown] <git-ref>`: what changed in `data/` since a git
 * ref (a branch, tag or commit such as `HEAD~1` or `origin/main`): per table the rows added,
 * removed and changed by primary key, each changed cell old → new with its relative change, and
 * flags for changes worth checking against the source. It is a report: exit 0 whatever it finds,
 * 2 on misuse (a bad ref, no git, no data/ at the ref).
 */
import { diffPackage } from "../src/lib/diff/diffPackage.ts";
import { readSnapshot } from "../src/lib/diff/readSnapshot.ts";
import { renderMarkdown } from "../src/lib/diff/renderMarkdown.ts";
import { renderText } from "../src/lib/diff/renderText.ts";
import { directoryFiles } from "../src/lib/validate/validatePackage.ts";
import { GitRefError, gitPackageFiles, type GitRefReason } from "./gitPackageFiles.ts";

const USAGE = "usage: npm run data:diff -- [--format text|markdown] <git-ref>   (e.g. HEAD~1, origin/main)";
const DATA = "data";

/** A mistake in how the diff was asked for (a bad ref, no git): exit code 2, no stack trace. */
class DiffUsageError extends Error {}

const REF_PROBLEM: Record<GitRefReason, (ref: string) => string> = {
  name: (ref) =>
    `"${ref}" không phải là tên nhánh, thẻ hay commit hợp lệ / "${ref}" is not a valid branch, tag or commit name (e.g. HEAD~1, origin/main)`,
  "no-git": () => "không tìm thấy lệnh git / git is not installed",
  "not-a-repository": () => "thư mục này không nằm trong một kho git / this folder is not inside a git repository",
  "unknown-ref": (ref) =>
    `không tìm thấy "${ref}" trong kho git (đã fetch nhánh đó chưa?) / "${ref}" was not found in the git repository (has that branch been fetched?)`,
};

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
  let old;
  try {
    old = gitPackageFiles(options.ref, DATA);
  } catch (error) {
    throw error instanceof GitRefError ? new DiffUsageError(REF_PROBLEM[error.reason](options.ref)) : error;
  }
  if (!old.read("datapackage.json")) {
    throw new DiffUsageError(
      `"${options.ref}" không có ${DATA}/datapackage.json: không có gì để so sánh / "${options.ref}" has no ${DATA}/datapackage.json: nothing to compare with`,
    );
  }
  const diff = diffPackage(readSnapshot(old.read), readSnapshot(directoryFiles(DATA).read), options.ref);
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
