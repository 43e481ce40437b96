import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSiteData, type SiteData } from "../../src/lib/data/SiteData.ts";
import type { Issue } from "../../src/lib/validate/Issue.ts";
import { validatePackage } from "../../src/lib/validate/validatePackage.ts";

/** The frozen fixture package that tests of code run on (tests/fixtures/README.md). */
export const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/data", import.meta.url));
/** The real data package: only invariant tests read it. */
export const DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));

export type PackageFiles = ReadonlyMap<string, Uint8Array>;

/** Every file of a package folder, by its path inside the package (`geo/districts.topo.json`). */
export function readPackage(dir: string): PackageFiles {
  return new Map(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll("\\", "/"))
      .sort()
      .map((path) => [path, new Uint8Array(readFileSync(join(dir, path)))]),
  );
}

export const text = (files: PackageFiles, path: string): string => new TextDecoder().decode(files.get(path));

/** The package with some files replaced by new text, the way an editor's pull request changes it. */
export function withFiles(files: PackageFiles, replace: Readonly<Record<string, string>>): PackageFiles {
  const out = new Map(files);
  for (const [name, content] of Object.entries(replace)) out.set(name, new TextEncoder().encode(content));
  return out;
}

/** The moment the checks run at in tests, so "in the future" means the same on any day. */
export const NOW = new Date("2026-11-30T10:00:00+07:00");

/** Validates files in memory as `validateDirectory` would (at NOW), and loads them when they pass. */
export function loadFiles(files: PackageFiles): { data: SiteData | null; issues: readonly Issue[] } {
  // list() gives the top folder's files, as validateDirectory does; read() takes any path in the package.
  const result = validatePackage(
    {
      label: "data",
      list: () => [...files.keys()].filter((path) => !path.includes("/")),
      read: (path) => files.get(path) ?? null,
    },
    { now: NOW },
  );
  const ok = result.issues.length === 0 && result.descriptor;
  return { data: ok ? buildSiteData(result.descriptor!, result.tables, result.geometries) : null, issues: result.issues };
}

/** Loads files that must be valid; throws listing the problems otherwise. */
export function mustLoad(files: PackageFiles): SiteData {
  const { data, issues } = loadFiles(files);
  if (!data) throw new Error(`the package is invalid:\n${issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.code}`).join("\n")}`);
  return data;
}
