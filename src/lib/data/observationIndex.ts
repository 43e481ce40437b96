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

interface Figures {
  /** Oldest period first. */
  readonly all: Observation[];
}
interface GroupFigures extends Figures {
  /** Made on the first lookup by period: most series are only ever read whole or for their latest. */
  byPeriod?: Map<string, Observation>;
}
interface AreaFigures extends Figures {
  readonly byGroup: Map<string | null, GroupFigures>;
}
interface IndicatorFigures extends Figures {
  readonly byArea: Map<string, AreaFigures>;
}

/** The entry for `key`, made on first use. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/**
 * Observations indexed once by indicator, then area, group and period (nested maps, so no key is
 * built per row), each list oldest period first, and by area in table order: a page's lookups
 * cost the size of what they return, not of the whole table, however many rows data/ holds.
 */
export function observationIndex(observations: readonly Observation[], period: (o: Observation) => Period) {
  // Bounds are YYYY-MM-DD, so plain string order is date order: no locale-aware comparison per
  // pair in the sort, the one O(n log n) step. The sort is stable, so ties keep table order.
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const sorted = observations
    .map((o) => ({ o, p: period(o) }))
    .sort((a, b) => compare(a.p.start, b.p.start) || compare(a.p.end, b.p.end));

  const byIndicator = new Map<string, IndicatorFigures>();
  const byArea = new Map<string, Observation[]>();
  for (const { o } of sorted) {
    const indicator = entry(byIndicator, o.indicator, () => ({ all: [], byArea: new Map() }));
    const area = entry(indicator.byArea, o.area, () => ({ all: [], byGroup: new Map() }));
    const group = entry(area.byGroup, o.group, (): GroupFigures => ({ all: [] }));
    indicator.all.push(o);
    area.all.push(o);
    group.all.push(o);
  }
  for (const o of observations) entry(byArea, o.area, () => []).push(o);
  // Lookups hand out these lists themselves, not copies.
  for (const indicator of byIndicator.values()) {
    Object.freeze(indicator.all);
    for (const area of indicator.byArea.values()) {
      Object.freeze(area.all);
      for (const group of area.byGroup.values()) Object.freeze(group.all);
    }
  }
  for (const list of byArea.values()) Object.freeze(list);

  const none: readonly Observation[] = Object.freeze([]);
  const find = (q: ObservationQuery): readonly Observation[] => {
    const indicator = byIndicator.get(q.indicator);
    if (!indicator) return none;
    const area = q.area === undefined ? undefined : indicator.byArea.get(q.area);
    if (q.area !== undefined && !area) return none;
    if (area && q.group !== undefined) {
      const group = area.byGroup.get(q.group);
      if (!group) return none;
      if (q.period === undefined) return group.all;
      if (!group.byPeriod) {
        // The check allows one row per key; were there two, the first is the one a scan would find.
        group.byPeriod = new Map();
        for (const o of group.all) if (!group.byPeriod.has(o.period)) group.byPeriod.set(o.period, o);
      }
      const o = group.byPeriod.get(q.period);
      return o ? [o] : none;
    }
    return (area ?? indicator).all.filter(
      (o) => (q.group === undefined || o.group === q.group) && (q.period === undefined || o.period === q.period),
    );
  };
  /** Every figure for one area, in table order (what a district page lists). */
  const inArea = (code: string): readonly Observation[] => byArea.get(code) ?? none;
  return { find, inArea };
}
