import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReadFile } from "./readSnapshot.ts";

/** A mistake in how the diff was asked for (a bad ref, no git): exit code 2, no stack trace. */
export class DiffUsageError extends Error {}

/*
 * A ref is passed to git as one argument (never through a shell), but a leading "-" would still
 * be read as an option, and ranges or paths ("a..b", "ref:file") mean something else: refuse those.
 */
const REF = /^(?!-)(?!.*\.\.)[\p{L}\p{N}._/~^@{}+-]+$/u;

function git(args: readonly string[], cwd: string): Buffer {
  return execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
}

/** The commit a ref names, checked: throws `DiffUsageError` saying what is wrong, in both languages. */
export function resolveCommit(ref: string, cwd: string): string {
  if (!REF.test(ref)) {
    throw new DiffUsageError(
      `"${ref}" không phải là tên nhánh, thẻ hay commit hợp lệ / "${ref}" is not a valid branch, tag or commit name (e.g. HEAD~1, origin/main)`,
    );
  }
  try {
    git(["rev-parse", "--is-inside-work-tree"], cwd);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new DiffUsageError(
      missing
        ? "không tìm thấy lệnh git / git is not installed"
        : "thư mục này không nằm trong một kho git / this folder is not inside a git repository",
    );
  }
  try {
    return git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], cwd)
      .toString()
      .trim();
  } catch {
    throw new DiffUsageError(
      `không tìm thấy "${ref}" trong kho git (đã fetch nhánh đó chưa?) / "${ref}" was not found in the git repository (has that branch been fetched?)`,
    );
  }
}

/** Reads `dir/<path>` as it is at a commit; `dir` is relative to `cwd`, like `data`. */
export function readAtCommit(commit: string, dir: string, cwd: string): ReadFile {
  return (path) => {
    try {
      // "./" makes git read the path relative to cwd rather than to the repository's root.
      return new Uint8Array(git(["show", `${commit}:./${dir}/${path}`], cwd));
    } catch {
      return null;
    }
  };
}

/** Reads `dir/<path>` from the working copy. */
export function readWorkingCopy(dir: string): ReadFile {
  return (path) => {
    try {
      return new Uint8Array(readFileSync(join(dir, path)));
    } catch {
      return null;
    }
  };
}
