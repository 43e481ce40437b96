import type { Chart } from "../charts/Chart.ts";
import { CHART_IDS, chartFor, type ChartId } from "../charts/registry.ts";
import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";
import { districtMap } from "../maps/districtMap.ts";
import { locatorMap } from "../maps/locatorMap.ts";
import { mapMetrics } from "../maps/metrics.ts";

/** The id of the locator map: where the districts and their seats are. */
export const LOCATOR_ID = "locator";
/** The id of the district map of one metric: `map-population`, `map-land_area`… */
export const mapId = (metric: string) => `map-${metric}`;

/**
 * The ids of every chart and map the site draws, charts first, in a stable order. Chart ids come
 * from the registry; map ids from the metrics the maps offer (one per metric) and the locator.
 */
export function figureIds(data: SiteData): readonly string[] {
  return [...CHART_IDS, ...mapMetrics(data, "vi").map((m) => mapId(m.id)), LOCATOR_ID];
}

/**
 * The chart or map with this id, drawn from the data in one language — the same drawing the site's
 * pages show (a district page may highlight its district; an embed shows the province as a whole).
 * Null for an id the site does not draw.
 */
export function figureById(data: SiteData, lang: Lang, id: string): Chart | null {
  if ((CHART_IDS as readonly string[]).includes(id)) return chartFor(id as ChartId, { data, lang });
  if (id === LOCATOR_ID) return locatorMap(data, lang);
  const metric = mapMetrics(data, lang).find((m) => mapId(m.id) === id);
  return metric ? districtMap(data, lang, metric) : null;
}
