import type { Chart } from "../charts/Chart.ts";
import type { SiteData } from "../data/SiteData.ts";
import { reliabilityCaveat } from "../format/reliabilityCaveat.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import { ATTRIBUTION_SOURCE, MAP_ATTRIBUTION } from "../maps/mapLayers.ts";

/*
 * How a downloaded figure credits its data, the same words the figure's source line uses on the
 * site: every file that leaves the site (SVG, PNG, CSV, card, citation) says where it came from.
 */

/** The figure's sources as the site names them, each with its reliability caveat when it has one. */
export function sourceNames(chart: Chart, lang: Lang): string[] {
  return chart.sources.map((s) => {
    const caveat = reliabilityCaveat(s.reliability, lang);
    return caveat ? `${s.label} (${caveat})` : s.label;
  });
}

/** "Nguồn: A; B · Dữ liệu phiên bản 4.0.0", as under the figure on the site. */
export function sourceLine(chart: Chart, lang: Lang): string {
  const ui = UI[lang];
  const sources = sourceNames(chart, lang);
  return `${sources.length > 0 ? `${ui.sourceLabel}: ${sources.join("; ")} · ` : ""}${ui.dataVersion(chart.dataVersion)}`;
}

/** True for a figure drawn on the district boundaries, whose licence (CC BY-SA 4.0) asks for attribution. */
export const drawsBoundaries = (chart: Chart): boolean => chart.sources.some((s) => s.id === ATTRIBUTION_SOURCE);

/** The boundaries' attribution line, as under every map on the site. */
export function boundaryAttribution(lang: Lang): string {
  const a = MAP_ATTRIBUTION[lang];
  return `${a.label}: ${a.text}`;
}

/** The data package's licence as people write it ("CC BY 4.0" from the descriptor's "CC-BY-4.0"). */
export function dataLicence(data: SiteData): string {
  const name = data.descriptor.licenses?.[0]?.name;
  if (!name) throw new Error("data/datapackage.json names no licence");
  return name.replace(/-/g, " ");
}
