import type { SiteData } from "../data/SiteData.ts";
import { formatFigure } from "../format/formatFigure.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";

/** A source as a figure's credit line shows it. */
export interface HeadlineSource {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly reliability: "A" | "B" | "C";
}

/** One headline figure, ready to render: every string already in the page's language. */
export interface Headline {
  readonly id: string;
  /** The figure with its qualifier, or the "no data" wording when data/ has none. */
  readonly figure: string;
  readonly label: string;
  /** The period of the figure shown; null when there is no figure. */
  readonly period: string | null;
  readonly note: string | null;
  /** The figure's source; null when there is no figure. */
  readonly source: HeadlineSource | null;
  /** The data package's version, shown on the source line. */
  readonly dataVersion: string;
}

/**
 * The indicators the home page leads with, each for the province. Each card shows the latest
 * figure in data/ and its period, so an editor's new row appears with no code change.
 */
export const HEADLINE_INDICATORS = [
  "elderly_60plus",
  "elderly_allowance_recipients",
  "vie070_clubs",
  "vie070_members",
  "population",
] as const;

export function headlines(data: SiteData, lang: Lang): readonly Headline[] {
  const area = data.province.code;
  return HEADLINE_INDICATORS.filter((id) => data.indicators.some((i) => i.id === id)).map((id) => {
    const indicator = data.indicator(id);
    const o = data.latest({ indicator: id, area });
    if (!o)
      return {
        id: `${id}-${area}`,
        figure: NO_DATA[lang].capitalised,
        label: pick(indicator, "name", lang),
        period: null,
        note: null,
        source: null,
        dataVersion: data.version,
      };
    const source = data.source(o.source);
    return {
      id: `${id}-${area}`,
      figure: formatFigure(o, indicator.unit, lang, true),
      label: pick(indicator, "name", lang),
      period: formatPeriod(o.period, lang),
      note: pick(o, "note", lang),
      source: { id: source.id, title: source.title, publisher: source.publisher, reliability: source.reliability },
      dataVersion: data.version,
    };
  });
}
