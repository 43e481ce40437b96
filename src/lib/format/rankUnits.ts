import type { Lang } from "../i18n/lang.ts";

/*
 * The one rule for ranking units and naming the extremes, shared by every map, chart and page
 * that says "highest", "fewest" or "rank 2 of 9":
 *
 * - units without a value are never ranked and never count as zero: they are listed apart;
 * - units with equal values share a rank (standard competition ranking: 1, 2, 2, 4), so a tie
 *   can never make one of them "the lowest" on one chart and "joint lowest" on another;
 * - the extremes are every unit tied at the maximum and at the minimum, in the order given
 *   (callers pass units in areas.csv order, so ties are named the same way on every page).
 *
 * Compare the values as the page shows them (a change rounded to one decimal, not its raw
 * ratio): two units that both read "26,3%" are tied for the reader.
 */

/** A unit's place in a ranking. */
export interface Ranked<T> {
  readonly unit: T;
  readonly value: number;
  /** 1 for the highest; tied units share the rank of the first of them. */
  readonly rank: number;
  /** True when another unit has the same value, so the rank is shared. */
  readonly tied: boolean;
}

export interface Ranking<T> {
  /** Units with a value, highest first; tied units keep the order they were given in. */
  readonly ranked: readonly Ranked<T>[];
  /** Units without a value, in the order given: unknown, never last. */
  readonly unranked: readonly T[];
  /** How many units are ranked: the "of 9" in "rank 2 of 9". */
  readonly of: number;
  /** A unit's place, or null when it has no value. */
  rankOf(unit: T): Ranked<T> | null;
}

/** Ranks units by value, highest first, ties sharing a rank; units whose value is null are set apart. */
export function rankUnits<T>(units: readonly T[], value: (unit: T) => number | null): Ranking<T> {
  const known = units.flatMap((unit, order) => {
    const v = value(unit);
    return v === null ? [] : [{ unit, value: v, order }];
  });
  // Sort by value, then by the given order, so the result does not depend on the sort's stability.
  known.sort((a, b) => b.value - a.value || a.order - b.order);
  // Equal values sit together once sorted: a unit's rank is the position of the first of them.
  let rank = 0;
  const ranked = known.map((k, i) => {
    if (i === 0 || known[i - 1]!.value !== k.value) rank = i + 1;
    const tied = known[i - 1]?.value === k.value || known[i + 1]?.value === k.value;
    return { unit: k.unit, value: k.value, rank, tied };
  });
  const byUnit = new Map(ranked.map((r) => [r.unit, r]));
  return {
    ranked,
    unranked: units.filter((unit) => !byUnit.has(unit)),
    of: ranked.length,
    rankOf: (unit) => byUnit.get(unit) ?? null,
  };
}

/** Every unit tied at the highest and at the lowest value. */
export interface Extremes<T> {
  readonly highest: readonly T[];
  readonly lowest: readonly T[];
  readonly max: number;
  readonly min: number;
  /** Every unit with a value has the same one: there is no highest or lowest to name. */
  readonly allEqual: boolean;
}

/** The units tied at the maximum and at the minimum, or null when no unit has a value. */
export function extremes<T>(units: readonly T[], value: (unit: T) => number | null): Extremes<T> | null {
  const { ranked } = rankUnits(units, value);
  if (ranked.length === 0) return null;
  const max = ranked[0]!.value;
  const min = ranked.at(-1)!.value;
  return {
    highest: ranked.filter((r) => r.value === max).map((r) => r.unit),
    lowest: ranked.filter((r) => r.value === min).map((r) => r.unit),
    max,
    min,
    allEqual: max === min,
  };
}

const AND: Record<Lang, string> = { vi: "và", en: "and" };

/** Names joined as a writer would list them: "A", "A và B", "A, B và C" / "A, B and C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${AND[lang]} ${names.at(-1)}`;
}
