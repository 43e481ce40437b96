import type { Indicator, Observation } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { formatNumber } from "./formatNumber.ts";

type Qualifier = Observation["qualifier"];
type Unit = Indicator["unit"];

const M = defineMessages(
  {
    /** The source's own words for how exact a number is: "hơn 190.000" is over 190,000. */
    qualifier: {
      exact: "",
      over: "hơn",
      nearly: "gần",
      about: "khoảng",
      at_least: "ít nhất",
    } satisfies Record<Qualifier, string>,
    vndPerMonth: (n: string) => `${n} đồng/tháng`,
  },
  {
    qualifier: { exact: "", over: "over", nearly: "nearly", about: "about", at_least: "at least" },
    vndPerMonth: (n) => `VND ${n} a month`,
  },
);

export function qualifierWord(qualifier: Qualifier, lang: Lang): string {
  return M[lang].qualifier[qualifier];
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A number with its unit: `11,8%`, `500.000 đồng/tháng`, `VND 500,000 a month`, `50,8 km²`. */
export function formatQuantity(value: number, unit: Unit, lang: Lang): string {
  const n = formatNumber(value, lang);
  switch (unit) {
    case "percent":
      return `${n}%`;
    case "vnd_per_month":
      return M[lang].vndPerMonth(n);
    case "km2":
      return `${n} km²`;
    default:
      return n;
  }
}

/**
 * A figure as a sentence would say it, qualifier first: `hơn 190.000`, `over 190,000`, `gần 1.000`.
 * `capitalised` for the start of a sentence or a headline: `Hơn 190.000`, `Over 190,000`.
 */
export function formatFigure(observation: Pick<Observation, "value" | "qualifier">, unit: Unit, lang: Lang, capitalised = false): string {
  const word = qualifierWord(observation.qualifier, lang);
  const text = word ? `${word} ${formatQuantity(observation.value, unit, lang)}` : formatQuantity(observation.value, unit, lang);
  return capitalised ? capitalise(text) : text;
}
