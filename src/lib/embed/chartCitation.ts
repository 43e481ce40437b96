import type { Chart } from "../charts/Chart.ts";
import type { SiteData } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import { figurePageUrl, type SiteAddress } from "./downloadUrls.ts";
import { boundaryAttribution, dataLicence, drawsBoundaries, sourceNames } from "./figureCredits.ts";

interface Parts {
  readonly site: string;
  readonly title: string;
  readonly kind: "chart" | "map";
  readonly version: string;
  readonly sources: string;
  readonly licence: string;
  readonly url: string;
}

const M = defineMessages(
  {
    cite: (p: Parts) =>
      `${p.site}. “${p.title}” [${p.kind === "map" ? "bản đồ" : "biểu đồ"}], dữ liệu phiên bản ${p.version}. Nguồn số liệu: ${p.sources}. ${p.licence}. ${p.url}`,
  },
  {
    cite: (p) => `${p.site}. “${p.title}” [${p.kind}], data version ${p.version}. Data sources: ${p.sources}. ${p.licence}. ${p.url}`,
  },
);

/**
 * How to cite one chart or map: the site, the figure's title, the data version it was drawn
 * from, its sources, the licence (and the boundaries' on a map), and the absolute address of its
 * embed page on the public origin — the one address that shows this figure alone.
 */
export function chartCitation(data: SiteData, chart: Chart, lang: Lang, site: SiteAddress): string {
  const map = drawsBoundaries(chart);
  return M[lang].cite({
    site: UI[lang].siteName,
    title: chart.title,
    kind: map ? "map" : "chart",
    version: chart.dataVersion,
    sources: sourceNames(chart, lang).join("; "),
    licence: `${dataLicence(data)}${map ? `; ${boundaryAttribution(lang)}` : ""}`,
    url: figurePageUrl(site, chart.id, lang),
  });
}
