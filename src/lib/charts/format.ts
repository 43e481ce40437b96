import type { Observation, SiteData } from "../data/SiteData.ts";
import { formatFigure } from "../format/formatFigure.ts";
import type { Lang } from "../i18n/lang.ts";

/** A figure with its qualifier and unit, as a chart label or table cell shows it. */
export function figureText(data: SiteData, o: Observation, lang: Lang, capitalised = false): string {
  return formatFigure(o, data.indicator(o.indicator).unit, lang, capitalised);
}
