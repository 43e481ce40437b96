import { DataError } from "../data/DataError.ts";
import { dataDirectory, loadData } from "../data/loadData.ts";
import { calendarDay } from "../dates.ts";
import { directoryFiles } from "../validate/directoryFiles.ts";
import { checkStories } from "./checkStories.ts";
import type { Story } from "./Story.ts";

const cache = new Map<string, readonly Story[]>();

/**
 * The stories in data/stories/, checked against the loaded data exactly as `npm run check:data`
 * checks them (checkSite), newest first. Throws a DataError naming every problem, so a story that
 * cites a missing figure or an unknown club never reaches a page.
 */
export function loadStories(dir = dataDirectory()): readonly Story[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  const checked = checkStories(directoryFiles(dir), loadData(dir), calendarDay(new Date()));
  if (checked.issues.length > 0) throw new DataError(checked.issues);
  cache.set(dir, checked.stories);
  return checked.stories;
}
