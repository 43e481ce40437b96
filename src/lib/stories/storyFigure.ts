import type { Indicator, Observation, SiteData } from "../data/SiteData.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import type { Lang } from "../i18n/lang.ts";
import { showValue } from "../validate/Issue.ts";

/** What a `:figure{…}` directive asks for, as the editor wrote it. */
export interface FigureKey {
  readonly indicator: string;
  /** An area's slug (areas.csv), e.g. `vinh-phuc`. */
  readonly area: string;
  readonly period: string | null;
  readonly group: string | null;
}

export const FIGURE_ATTRIBUTES = ["indicator", "area", "period", "group"] as const;

export type FigureResolution =
  | { readonly ok: true; readonly observation: Observation; readonly indicator: Indicator }
  | { readonly ok: false; readonly attribute: (typeof FIGURE_ATTRIBUTES)[number]; readonly vi: string; readonly en: string };

/**
 * The row of observations.csv a figure directive names: its period if given, else the latest.
 * A key that finds no row says which part is wrong and what exists instead.
 */
export function resolveFigure(data: SiteData, key: FigureKey): FigureResolution {
  const indicator = data.indicators.find((i) => i.id === key.indicator);
  if (!indicator) {
    return {
      ok: false,
      attribute: "indicator",
      vi: `không có chỉ tiêu ${showValue(key.indicator)} trong indicators.csv`,
      en: `no indicator ${showValue(key.indicator)} in indicators.csv`,
    };
  }
  const area = data.areas.find((a) => a.slug === key.area);
  if (!area) {
    return {
      ok: false,
      attribute: "area",
      vi: `không có đơn vị có slug ${showValue(key.area)} trong areas.csv`,
      en: `no area with slug ${showValue(key.area)} in areas.csv`,
    };
  }
  if (key.group !== null && !data.groups.some((g) => g.id === key.group)) {
    return {
      ok: false,
      attribute: "group",
      vi: `không có nhóm ${showValue(key.group)} trong groups.csv`,
      en: `no group ${showValue(key.group)} in groups.csv`,
    };
  }
  const series = data.find({ indicator: indicator.id, area: area.code, group: key.group });
  if (series.length === 0) {
    return {
      ok: false,
      attribute: "indicator",
      vi: `observations.csv không có số liệu ${indicator.id} cho ${area.slug}${key.group ? ` (nhóm ${key.group})` : ""}`,
      en: `observations.csv has no ${indicator.id} figure for ${area.slug}${key.group ? ` (group ${key.group})` : ""}`,
    };
  }
  if (key.period === null) return { ok: true, observation: series.at(-1)!, indicator };
  const observation = series.find((o) => o.period === key.period);
  if (!observation) {
    const periods = series.map((o) => o.period).join(", ");
    return {
      ok: false,
      attribute: "period",
      vi: `không có số liệu ${indicator.id} của ${area.slug} cho thời kỳ ${showValue(key.period)}; có: ${periods}`,
      en: `no ${indicator.id} figure for ${area.slug} in period ${showValue(key.period)}; there is: ${periods}`,
    };
  }
  return { ok: true, observation, indicator };
}

/** The figure's period as the page says it, for the reader's tooltip and the fact-check. */
export function figurePeriod(observation: Observation, lang: Lang): string {
  return formatPeriod(observation.period, lang);
}
