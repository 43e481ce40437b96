import type { Chart, LegendItem } from "../charts/Chart.ts";
import { chartView, type ChartView } from "../charts/chartView.ts";
import { reliabilityCaveat } from "../format/reliabilityCaveat.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";

const M = defineMessages(
  {
    /** The embed's link to the figure on the site. */
    back: (site: string) => `Xem trên trang ${site}`,
  },
  {
    back: (site) => `See it on ${site}`,
  },
);

/** One source on the embed's source line. */
export interface EmbedSource {
  readonly label: string;
  readonly href: string;
  /** The reliability warning shown beside it, or null. */
  readonly caveat: string | null;
}

/**
 * What an embed page shows, in one language, as text and drawings: the page renders it, and the
 * embed code's height is computed from the very same strings (`embedHeight`).
 */
export interface EmbedFigure {
  readonly id: string;
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly legend: readonly LegendItem[];
  readonly svg: ChartView["svg"];
  readonly summary: string;
  readonly notes: readonly string[];
  /** "Nguồn" / "Source". */
  readonly sourceLabel: string;
  readonly sources: readonly EmbedSource[];
  /** "Dữ liệu phiên bản 1.4.0" / "Data version 1.4.0". */
  readonly version: string;
  readonly back: { readonly text: string; readonly href: string };
  readonly missing: boolean;
}

export interface EmbedLinks {
  /** Where a source's link goes (its entry on the data page). */
  readonly source: (sourceId: string) => string;
  /** The figure on the site. */
  readonly back: string;
  /**
   * The district outlines (`mapShapeDefs`) for a map, whose drawing only `<use>`s them: an embed
   * page has no other map to define them.
   */
  readonly shapeDefs?: string;
}

/** Puts the district outlines into a map's own <defs>, so the drawing stands alone. */
function withShapes(svg: ChartView["svg"], defs: string | undefined): ChartView["svg"] {
  if (!defs || !("single" in svg) || !svg.single.includes('href="#map-shape-')) return svg;
  return { single: svg.single.replace("<defs>", `<defs>${defs}`) };
}

export function embedFigure(chart: Chart, lang: Lang, links: EmbedLinks): EmbedFigure {
  const view = chartView(chart);
  const ui = UI[lang];
  return {
    id: view.id,
    lang,
    title: view.title,
    subtitle: view.subtitle,
    legend: view.legend,
    svg: withShapes(view.svg, links.shapeDefs),
    summary: view.summary,
    notes: view.notes,
    sourceLabel: ui.sourceLabel,
    sources: view.sources.map((s) => ({ label: s.label, href: links.source(s.id), caveat: reliabilityCaveat(s.reliability, lang) })),
    version: ui.dataVersion(view.dataVersion),
    back: { text: M[lang].back(ui.siteName), href: links.back },
    missing: view.missing,
  };
}

/** The source line as a reader sees it: "Nguồn: A (caveat); B · Dữ liệu phiên bản 1.4.0". */
export function sourceLineText(f: EmbedFigure): string {
  const sources = f.sources.map((s) => (s.caveat ? `${s.label} (${s.caveat})` : s.label)).join("; ");
  return sources === "" ? f.version : `${f.sourceLabel}: ${sources} · ${f.version}`;
}
