import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { directoryFiles } from "../../src/lib/validate/directoryFiles.ts";
import { formatIssue } from "../../src/lib/validate/Issue.ts";
import { validatePackage } from "../../src/lib/validate/validatePackage.ts";
import { FIXTURE_DIR, NOW } from "../support/packageFiles.ts";

/*
 * A pull request can put links, devices and huge files in data/. Each is named by the check and
 * never read: nothing of the machine outside data/ is published or echoed.
 */
let work: string;
let data: string;
const SECRET = "root:x:0:0:secret-of-the-build-machine";

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "data-files-"));
  data = join(work, "data");
  cpSync(FIXTURE_DIR, data, { recursive: true });
  writeFileSync(join(work, "outside.csv"), `${SECRET}\n`);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const check = () => validatePackage(directoryFiles(data, "data"), { now: NOW });
const codes = () => check().issues.map((i) => `${i.file} ${i.code}`);

describe("directoryFiles: only regular files inside data/", () => {
  it("reads the fixture package as before: every file listed, no problem", () => {
    const files = directoryFiles(data, "data");
    expect(files.list()).toContain("geo/districts.topo.json");
    expect(files.refused?.()).toEqual([]);
    expect(check().issues).toEqual([]);
  });

  it("refuses a table replaced by a link to a file outside data/, and prints nothing from it", () => {
    rmSync(join(data, "sources.csv"));
    symlinkSync(join(work, "outside.csv"), join(data, "sources.csv"));
    const result = check();
    expect(result.issues.map((i) => `${i.file} ${i.code}`)).toContain("data/sources.csv file-symlink");
    expect(result.issues.some((i) => i.code === "file-missing" && i.file === "data/sources.csv")).toBe(false);
    expect(result.issues.map(formatIssue).join("\n")).not.toContain("secret");
    expect(directoryFiles(data).read("sources.csv")).toBeNull();
  });

  it("refuses a link to /dev/zero without reading it", () => {
    symlinkSync("/dev/zero", join(data, "zero.csv"));
    expect(codes()).toEqual(["data/zero.csv file-symlink"]);
  });

  it("refuses a linked folder and lists nothing inside it", () => {
    mkdirSync(join(work, "elsewhere"));
    writeFileSync(join(work, "elsewhere", "x.csv"), `${SECRET}\n`);
    symlinkSync(join(work, "elsewhere"), join(data, "more"));
    const files = directoryFiles(data, "data");
    expect(files.list().some((f) => f.startsWith("more"))).toBe(false);
    expect(codes()).toEqual(["data/more file-symlink"]);
  });

  it("refuses a named pipe without opening it (opening would block)", () => {
    execFileSync("mkfifo", [join(data, "pipe.csv")]);
    expect(codes()).toEqual(["data/pipe.csv file-not-regular"]);
  });

  it("refuses a file over the size limit, naming its size and the limit", () => {
    writeFileSync(join(data, "big.csv"), "x".repeat(1.5 * 1024 * 1024));
    const result = validatePackage(directoryFiles(data, "data", { maxBytes: 1024 * 1024 }), { now: NOW });
    expect(result.issues.map((i) => `${i.file} ${i.code}`)).toEqual(["data/big.csv file-too-large"]);
    expect(result.issues[0]!.en).toContain("too large (1.5 MiB); each file in data/ may be at most 1 MiB");
    expect(result.issues[0]!.vi).toContain("(1,5 MiB)");
  });

  it("reads only listed names: a path out of the folder gets nothing", () => {
    const files = directoryFiles(data);
    expect(files.read("../outside.csv")).toBeNull();
    expect(files.read("/etc/hostname")).toBeNull();
    expect(files.read("geo/../sources.csv")).toBeNull();
    expect(files.read("sources.csv")).not.toBeNull();
  });

  it("refuses a package folder that is itself a link", () => {
    const linked = join(work, "linked");
    symlinkSync(data, linked);
    const result = validatePackage(directoryFiles(linked, "linked"), { now: NOW });
    expect(result.issues.map((i) => i.code)).toEqual(["file-symlink"]);
  });
});
