import { MissingFigure } from "./MissingFigure.ts";
import type { Observation, SiteData } from "./SiteData.ts";

/** A unit's population at the last two censuses and the change between them (0.21 = +21 %). */
export interface PopulationChange {
  readonly before: Observation | null;
  readonly after: Observation | null;
  readonly change: number | null;
}

/**
 * The two censuses the site compares: the last two census days in data/ (`SiteData.censuses`).
 * Throws MissingFigure when data/ has fewer than two, so a chart shows "no data".
 */
export function lastTwoCensuses(data: SiteData): readonly [string, string] {
  const [before, after] = data.censuses.slice(-2);
  if (before === undefined || after === undefined) throw new MissingFigure({ indicator: "population", area: data.province.code });
  return [before, after];
}

/** Population change between the last two censuses, the one definition charts and maps share. */
export function populationChange(data: SiteData, code: string, censuses = lastTwoCensuses(data)): PopulationChange {
  const before = data.at({ indicator: "population", area: code, period: censuses[0] });
  const after = data.at({ indicator: "population", area: code, period: censuses[1] });
  return { before, after, change: before && after ? after.value / before.value - 1 : null };
}
