import type { SiteData } from "../data/SiteData.ts";
import { formatFigure } from "../format/formatFigure.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";

/** One headline figure, ready to render: every string already in the page's language. */
export interface Headline {
  readonly id: string;
  readonly figure: string;
  readonly label: string;
  readonly period: string;
  readonly note: string | null;
  readonly sourceId: string;
  readonly sourceTitle: string;
  readonly sourcePublisher: string;
  readonly reliability: "A" | "B" | "C";
}

/** The figures the home page leads with, chosen by query; each must exist exactly once in data/. */
const HEADLINES = [
  { indicator: "elderly_60plus", area: "26", period: "2022" },
  { indicator: "elderly_allowance_recipients", area: "26", period: "2022" },
  { indicator: "vie070_clubs", area: "26", period: "2022" },
  { indicator: "vie070_members", area: "26", period: "2022" },
  { indicator: "population", area: "26", period: "2019-04-01" },
] as const;

export function headlines(data: SiteData, lang: Lang): readonly Headline[] {
  return HEADLINES.map((query) => {
    const o = data.get(query);
    const indicator = data.indicator(o.indicator);
    const source = data.source(o.source);
    return {
      id: `${o.indicator}-${o.area}-${o.period}`,
      figure: formatFigure(o, indicator.unit, lang, true),
      label: pick(indicator, "name", lang),
      period: formatPeriod(o.period, lang),
      note: pick(o, "note", lang),
      sourceId: source.id,
      sourceTitle: source.title,
      sourcePublisher: source.publisher,
      reliability: source.reliability,
    };
  });
}
