import { chartView, type ChartView } from "../charts/chartView.ts";
import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";
import { districtMap } from "../maps/districtMap.ts";
import { locatorMap } from "../maps/locatorMap.ts";
import { mapShapeDefs } from "../maps/mapFrame.ts";
import { mapMetrics } from "../maps/metrics.ts";

export interface MapsView {
  /**
   * The first map's drawing also defines the district outlines (`<path id>` in its `<defs>`), once
   * for the page: the other maps and the locator, later on the same page, `<use>` them. A page that
   * shows the locator therefore shows the metric maps too (home and district pages do).
   */
  readonly maps: readonly { readonly label: string; readonly chart: ChartView }[];
  readonly locator: ChartView;
}

function withShapes(view: ChartView, defs: string): ChartView {
  return "single" in view.svg ? { ...view, svg: { single: view.svg.single.replace("<defs>", `<defs>${defs}`) } } : view;
}

/**
 * The locator on a page without the metric maps (a club's page, an embed): it carries the
 * district outlines itself.
 */
export function standaloneLocator(data: SiteData, lang: Lang, highlight?: string): ChartView {
  return withShapes(chartView(locatorMap(data, lang, highlight)), mapShapeDefs(data));
}

/** The district maps for the metric switch, and the locator, optionally highlighting one district. */
export function districtMapsView(data: SiteData, lang: Lang, highlight?: string): MapsView {
  const maps = mapMetrics(data, lang).map((metric) => ({
    label: metric.name,
    chart: chartView(districtMap(data, lang, metric, highlight)),
  }));
  return {
    maps: maps.map((m, i) => (i === 0 ? { ...m, chart: withShapes(m.chart, mapShapeDefs(data)) } : m)),
    locator: chartView(locatorMap(data, lang, highlight)),
  };
}
