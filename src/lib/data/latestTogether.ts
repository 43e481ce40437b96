import { MissingFigure } from "./MissingFigure.ts";
import type { FigureQuery, Observation, SiteData } from "./SiteData.ts";

/**
 * The figures for several keys in the newest period they all share, for a chart that compares
 * them (a share of a total means nothing across two different years). Throws MissingFigure,
 * naming the first key with no figure in any shared period, when there is none.
 */
export function latestTogether(data: SiteData, queries: readonly FigureQuery[]): Observation[] {
  const [first, ...rest] = queries;
  if (!first) return [];
  const candidates = data.find({ group: null, ...first }).map((o) => o.period);
  for (const period of [...candidates].reverse()) {
    const found = queries.map((q) => data.at({ ...q, period }));
    if (found.every((o) => o !== null)) return found;
  }
  const lacking = [first, ...rest].find((q) => data.latest(q) === null) ?? rest[0] ?? first;
  throw new MissingFigure(lacking);
}
