import type { Period } from "../period.ts";
import type { Rows } from "./rows.generated.ts";

type Observation = Rows["observations"];

export interface ObservationQuery {
  readonly indicator: string;
  readonly area?: string;
  /** `null` selects rows with no group (the whole population); omitted selects any group. */
  readonly group?: string | null;
  readonly period?: string;
}

/**
 * Observations indexed once by indicator and by indicator + area, each list oldest period first,
 * so a page's lookups cost the size of one series, not of the whole table.
 */
export function observationIndex(observations: readonly Observation[], period: (o: Observation) => Period) {
  const sorted = [...observations].sort((a, b) => {
    const [p, q] = [period(a), period(b)];
    return p.start.localeCompare(q.start) || p.end.localeCompare(q.end);
  });
  const byIndicator = new Map<string, Observation[]>();
  const bySeries = new Map<string, Observation[]>();
  const push = (map: Map<string, Observation[]>, key: string, o: Observation) => {
    const list = map.get(key);
    if (list) list.push(o);
    else map.set(key, [o]);
  };
  for (const o of sorted) {
    push(byIndicator, o.indicator, o);
    push(bySeries, `${o.indicator}\u0000${o.area}`, o);
  }
  const find = (q: ObservationQuery): readonly Observation[] => {
    const candidates = (q.area === undefined ? byIndicator.get(q.indicator) : bySeries.get(`${q.indicator}\u0000${q.area}`)) ?? [];
    return candidates.filter((o) => (q.group === undefined || o.group === q.group) && (q.period === undefined || o.period === q.period));
  };
  return { find };
}
