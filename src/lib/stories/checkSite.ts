import { buildSiteData, type SiteData } from "../data/SiteData.ts";
import { calendarDay } from "../dates.ts";
import { compareIssues } from "../validate/Issue.ts";
import type { PackageFiles } from "../validate/PackageFiles.ts";
import { validatePackage, type ValidateOptions, type ValidationResult } from "../validate/validatePackage.ts";
import { checkStories } from "./checkStories.ts";
import type { Story } from "./Story.ts";

export interface SiteCheck extends ValidationResult {
  /** The checked data, or null when the package has problems. */
  readonly data: SiteData | null;
  readonly stories: readonly Story[];
}

/**
 * The whole check an editor's change goes through — `npm run check:data`, the build and the
 * pages all call this one function: the tables, then the stories against them.
 */
export function checkSite(files: PackageFiles, options: ValidateOptions = {}): SiteCheck {
  const result = validatePackage(files, options);
  const clean = result.issues.length === 0 && result.descriptor !== null;
  const changelog = clean ? new TextDecoder().decode(files.read("CHANGELOG.md") ?? new Uint8Array()) : "";
  const data = clean ? buildSiteData(result.descriptor!, result.tables, result.geometries, changelog) : null;
  const stories = checkStories(files, data, calendarDay(options.now ?? new Date()));
  return { ...result, data, stories: stories.stories, issues: [...result.issues, ...stories.issues].sort(compareIssues) };
}
