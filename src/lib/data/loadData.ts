import { resolve } from "node:path";
import { validateDirectory } from "../validate/validatePackage.ts";
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
  const result = validateDirectory(dir);
  if (result.issues.length > 0 || !result.descriptor) throw new DataError(result.issues);
  const data = buildSiteData(result.descriptor, result.tables, result.geometries);
  cache.set(dir, data);
  return data;
}
