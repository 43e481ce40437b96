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
  readonly byPeriod: Map<string, Observation>;
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
  // Periods are few and their bounds are YYYY-MM-DD: each distinct period is ranked once, by its
  // bounds as plain text, so the sort (the one O(n log n) step) compares numbers, stably.
  const keys = new Map<string, string>();
  for (const o of observations) {
    if (keys.has(o.period)) continue;
    const p = period(o);
    keys.set(o.period, `${p.start}/${p.end}`);
  }
  const rankOf = new Map([...new Set(keys.values())].sort().map((key, i) => [key, i]));
  const sorted = observations.map((o) => ({ o, rank: rankOf.get(keys.get(o.period)!)! })).sort((a, b) => a.rank - b.rank);

  const byIndicator = new Map<string, IndicatorFigures>();
  const byArea = new Map<string, Observation[]>();
  for (const { o } of sorted) {
    const indicator = entry(byIndicator, o.indicator, () => ({ all: [], byArea: new Map() }));
    const area = entry(indicator.byArea, o.area, () => ({ all: [], byGroup: new Map() }));
    const group = entry(area.byGroup, o.group, () => ({ all: [], byPeriod: new Map() }));
    indicator.all.push(o);
    area.all.push(o);
    group.all.push(o);
    // The check allows one row per key; were there two, the first is the one a scan would find.
    if (!group.byPeriod.has(o.period)) group.byPeriod.set(o.period, o);
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
