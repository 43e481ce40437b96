import { resolve } from "node:path";
import { directoryFiles, validatePackage } from "../validate/validatePackage.ts";
import { DataError } from "./DataError.ts";
import { buildSiteData, type SiteData } from "./SiteData.ts";

/** Where the build reads data from: `data/`, or `DATA_DIR` (tests build fixture packages this way). */
export function dataDirectory(): string {
  return resolve(process.env["DATA_DIR"] ?? "data");
}

const cache = new Map<string, SiteData>();

/**
 * Validates and loads the data package once per directory and process: every page of a build
 * shares the same frozen data. Throws a DataError listing every problem if the package is invalid,
 * so a wrong number can never reach a page.
 */
export function loadData(dir = dataDirectory()): SiteData {
  const cached = cache.get(dir);
  if (cached) return cached;
  // One reader for the check and the page: the changelog shown is the file the check passed,
  // read under the same rules (regular files inside the folder only).
  const files = directoryFiles(dir);
  const result = validatePackage(files);
  if (result.issues.length > 0 || !result.descriptor) throw new DataError(result.issues);
  const changelog = new TextDecoder().decode(files.read("CHANGELOG.md") ?? new Uint8Array());
  const data = buildSiteData(result.descriptor, result.tables, result.geometries, changelog);
  cache.set(dir, data);
  return data;
}
