import type { SiteData } from "../data/SiteData.ts";
import { HOME_CHART_IDS } from "../content/homeCharts.ts";
import { DISTRICT_CHART_IDS } from "../content/districtPage.ts";
import { LANGS, type Lang } from "../i18n/lang.ts";
import { mapMetrics } from "../maps/metrics.ts";
import { citedCharts } from "./citedCharts.ts";
import type { Story } from "../stories/Story.ts";
import { figureById, figureIds, LOCATOR_ID, mapId } from "./figureById.ts";

/** One chart or map of the site, with where it appears: what /charts.json lists. */
export interface CatalogueEntry {
  readonly id: string;
  readonly kind: "chart" | "map";
  readonly title: Readonly<Record<Lang, string>>;
  /**
   * Language-neutral paths of the pages that show it, per language ("" is the home page,
   * "districts/vinh-yen/", "stories/<slug>/"); the figure is the element `#chart-<id>` there.
   */
  readonly pages: Readonly<Record<Lang, readonly string[]>>;
}

/**
 * Every chart and map the site draws, in a stable order, with the pages each appears on: the
 * home page, the district pages, club pages (the locator) and the stories that place it.
 */
export function catalogue(data: SiteData, stories: readonly Story[]): readonly CatalogueEntry[] {
  const districts = data.districts.map((d) => `districts/${d.slug}/`);
  const clubs = data.clubs.map((c) => `clubs/${c.id}/`);
  const maps = new Set(mapMetrics(data, "vi").map((m) => mapId(m.id)));
  const on = (id: string, lang: Lang): string[] => {
    const pages: string[] = [];
    if ((HOME_CHART_IDS as readonly string[]).includes(id) || maps.has(id) || id === LOCATOR_ID) pages.push("");
    if ((DISTRICT_CHART_IDS as readonly string[]).includes(id) || maps.has(id) || id === LOCATOR_ID) pages.push(...districts);
    if (id === LOCATOR_ID) pages.push(...clubs);
    for (const story of stories) if (story.lang === lang && citedCharts(story).includes(id)) pages.push(`stories/${story.slug}/`);
    return pages;
  };
  return figureIds(data).map((id) => ({
    id,
    kind: id.startsWith("map-") || id === LOCATOR_ID ? "map" : "chart",
    title: Object.fromEntries(LANGS.map((lang) => [lang, figureById(data, lang, id)!.title])) as Record<Lang, string>,
    pages: Object.fromEntries(LANGS.map((lang) => [lang, on(id, lang)])) as Record<Lang, string[]>,
  }));
}
