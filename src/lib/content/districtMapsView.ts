import { chartView, type ChartView } from "../charts/chartView.ts";
import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";
import { districtMap } from "../maps/districtMap.ts";
import { locatorMap } from "../maps/locatorMap.ts";
import { mapMetrics } from "../maps/metrics.ts";

export interface MapsView {
  readonly maps: readonly { readonly label: string; readonly chart: ChartView }[];
  readonly locator: ChartView;
}

/** The district maps for the metric switch, and the locator, optionally highlighting one district. */
export function districtMapsView(data: SiteData, lang: Lang, highlight?: string): MapsView {
  return {
    maps: mapMetrics(data, lang).map((metric) => ({ label: metric.name, chart: chartView(districtMap(data, lang, metric, highlight)) })),
    locator: chartView(locatorMap(data, lang, highlight)),
  };
}
