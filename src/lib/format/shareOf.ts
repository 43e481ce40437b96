import type { Observation } from "../data/SiteData.ts";

type Qualifier = Observation["qualifier"];
type Figure = Pick<Observation, "value" | "qualifier">;

/** A share computed by the site from two figures, in percent, with the qualifier it can honestly carry. */
export interface Share {
  /** Percent, rounded in the direction the qualifier allows (floored under "over", ceiled under "nearly"). */
  readonly value: number;
  readonly qualifier: Qualifier;
  /**
   * False when both figures are inexact in ways that do not bound the ratio (two lower bounds, say):
   * the value is then only the ratio of the figures as printed, and the page must say so.
   */
  readonly bounded: boolean;
}

/**
 * Which side of the true number a figure lies on: a lower bound ("over", "at least") is below it,
 * "nearly" is just above it, "about" could be either side.
 */
const SIDE: Record<Qualifier, "exact" | "lower" | "upper" | "either"> = {
  exact: "exact",
  over: "lower",
  at_least: "lower",
  nearly: "upper",
  about: "either",
};

/** Floating point puts 0.29 × 100 at 28.999…; an error this small must not move a figure down a step. */
const EPSILON = 1e-9;

function rounded(value: number, decimals: number, how: "floor" | "ceil" | "round"): number {
  const scale = 10 ** decimals;
  const scaled = value * scale;
  const step = how === "floor" ? Math.floor(scaled + EPSILON) : how === "ceil" ? Math.ceil(scaled - EPSILON) : Math.round(scaled);
  return step / scale;
}

/**
 * `numerator` as a percentage of `denominator`, keeping what the sources' qualifiers allow:
 * - over 190,000 of exactly 1,197,617 is 15.865…%: the true share is larger, so "over 15.8" (floored,
 *   never rounded up to 15.9, which could overstate it); a denominator that is "nearly" pushes the
 *   same way;
 * - at least N of an exact total is "at least", floored;
 * - nearly N of an exact total is "nearly", ceiled;
 * - about N, or about of the total, is "about", rounded;
 * - exact of exact is exact, rounded to `decimals`;
 * - any other pair (two lower bounds, say) gives the rounded ratio as "about" with `bounded: false`.
 * The caller checks that the two figures belong to the same period.
 */
export function shareOf(numerator: Figure, denominator: Figure, decimals = 1): Share {
  if (!(denominator.value > 0)) throw new Error(`shareOf: the denominator must be positive, got ${denominator.value}`);
  const ratio = (numerator.value / denominator.value) * 100;
  const top = SIDE[numerator.qualifier];
  const bottom = SIDE[denominator.qualifier];
  if (top === "either" || bottom === "either") return { value: rounded(ratio, decimals, "round"), qualifier: "about", bounded: true };
  if (top === "exact" && bottom === "exact") return { value: rounded(ratio, decimals, "round"), qualifier: "exact", bounded: true };
  // The ratio is a lower bound when the numerator is one and the denominator is exact or an upper bound.
  if (top !== "upper" && bottom !== "lower") {
    // Strictly over unless the only inexact figure is an "at least" numerator.
    const strict = numerator.qualifier === "over" || bottom === "upper";
    return { value: rounded(ratio, decimals, "floor"), qualifier: strict ? "over" : "at_least", bounded: true };
  }
  if (top === "upper" && bottom === "exact") return { value: rounded(ratio, decimals, "ceil"), qualifier: "nearly", bounded: true };
  return { value: rounded(ratio, decimals, "round"), qualifier: "about", bounded: false };
}
