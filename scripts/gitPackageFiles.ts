/**
 * A data package folder as it is in a git commit, for `check:data --base REF` and
 * `data:diff REF`: the files are read with `git ls-tree` and `git show REF:path`, never checked
 * out, so the working tree is untouched.
 */
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { relative } from "node:path";
import { MAX_FILE_BYTES } from "../src/lib/validate/directoryFiles.ts";
import type { PackageFiles, RefusedFile } from "../src/lib/validate/PackageFiles.ts";

const git = (cwd: string, args: readonly string[]): Buffer =>
  execFileSync("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });

/*
 * A ref is passed to git as one argument (never through a shell), but a leading "-" would still
 * be read as an option, and ranges or paths ("a..b", "ref:file") mean something else: refuse those.
 */
const REF = /^(?!-)(?!.*\.\.)[\p{L}\p{N}._/~^@{}+-]+$/u;

/** Why a ref cannot be read; each command words it for its own readers. */
export type GitRefReason = "name" | "no-git" | "not-a-repository" | "unknown-ref";

export class GitRefError extends Error {
  readonly reason: GitRefReason;

  constructor(reason: GitRefReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The package in `dir` as of `ref`. Throws GitRefError when `ref` names no commit or `dir` is not in a repository. */
export function gitPackageFiles(ref: string, dir: string): PackageFiles {
  const fail = (reason: GitRefReason) => new GitRefError(reason, `${ref} is not a commit of the git repository holding ${dir}`);
  if (!REF.test(ref)) throw fail("name");
  let top: string;
  try {
    top = git(dir, ["rev-parse", "--show-toplevel"]).toString("utf8").trim();
  } catch (error) {
    throw fail((error as NodeJS.ErrnoException).code === "ENOENT" ? "no-git" : "not-a-repository");
  }
  try {
    git(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  } catch {
    throw fail("unknown-ref");
  }
  // Paths in a commit are relative to the repository's top, with forward slashes.
  const prefix = relative(realpathSync(top), realpathSync(dir)).replaceAll("\\", "/");
  const inRepo = (name: string) => (prefix ? `${prefix}/${name}` : name);
  const cache = new Map<string, Uint8Array | null>();
  // As on disk, only regular files within the size limit are read; links and submodules are
  // named and refused, never followed (a link's blob holds its target's path).
  let entries: { files: Set<string>; refused: RefusedFile[] } | null = null;
  const scan = () => {
    if (entries) return entries;
    entries = { files: new Set(), refused: [] };
    const listing = git(top, ["ls-tree", "-r", "-z", "-l", "--full-name", ref, "--", prefix || "."]).toString("utf8");
    for (const record of listing.split("\0")) {
      const match = /^(\d{6}) \w+ [0-9a-f]+ +(\d+|-)\t(.*)$/su.exec(record);
      if (!match) continue;
      const [, mode, size, path] = match as unknown as [string, string, string, string];
      const name = prefix ? path.slice(prefix.length + 1) : path;
      if (mode === "120000") entries.refused.push({ name, reason: "symlink" });
      else if (mode !== "100644" && mode !== "100755") entries.refused.push({ name, reason: "not-regular" });
      else if (Number(size) > MAX_FILE_BYTES)
        entries.refused.push({ name, reason: "too-large", bytes: Number(size), limit: MAX_FILE_BYTES });
      else entries.files.add(name);
    }
    return entries;
  };
  return {
    label: `${ref}:${prefix || "."}`,
    list: () => [...scan().files],
    refused: () => scan().refused,
    read: (name) => {
      if (!scan().files.has(name)) return null;
      if (!cache.has(name)) {
        try {
          cache.set(name, new Uint8Array(git(top, ["show", `${ref}:${inRepo(name)}`])));
        } catch {
          cache.set(name, null);
        }
      }
      return cache.get(name) ?? null;
    },
  };
}
