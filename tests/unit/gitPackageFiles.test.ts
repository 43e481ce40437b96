import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitPackageFiles } from "../../scripts/gitPackageFiles.ts";
import { FIXTURE_DIR } from "../support/packageFiles.ts";

describe("gitPackageFiles: a commit's data/ read as the disk reader reads it", () => {
  let repo = "";
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], {
      cwd: repo,
      stdio: "pipe",
    });

  beforeAll(() => {
    // A commit whose data/ holds a link to a file outside it, as a hostile pull request might.
    repo = mkdtempSync(join(tmpdir(), "git-files-"));
    cpSync(FIXTURE_DIR, join(repo, "data"), { recursive: true });
    writeFileSync(join(repo, "secret.txt"), "secret-of-the-build-machine\n");
    symlinkSync("../secret.txt", join(repo, "data", "notes.csv"));
    git("init", "--quiet");
    git("add", ".");
    git("commit", "--quiet", "-m", "with a link");
  });

  afterAll(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it("lists regular files, names the link as refused and never reads it", () => {
    const files = gitPackageFiles("HEAD", join(repo, "data"));
    expect(files.list()).toContain("observations.csv");
    expect(files.list()).toContain("geo/districts.topo.json");
    expect(files.list()).not.toContain("notes.csv");
    expect(files.refused?.()).toEqual([{ name: "notes.csv", reason: "symlink" }]);
    expect(files.read("notes.csv")).toBeNull();
    expect(files.read("../secret.txt")).toBeNull();
    expect(files.read("sources.csv")).not.toBeNull();
  });
});
