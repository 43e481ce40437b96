import type { Chart, LegendItem } from "./Chart.ts";
import { renderSvg } from "./renderSvg.ts";
import { WIDTHS } from "./theme.ts";

/** What a `<figure>` needs to show a chart: its text, and the SVG drawn at each width. */
export type ChartView = Pick<Chart, "id" | "title" | "subtitle" | "summary" | "notes" | "sources" | "dataVersion" | "table"> & {
  readonly legend: readonly LegendItem[];
  /** The chart could not be drawn: its figure says "no data" and has no table or source. */
  readonly missing: boolean;
  /** One drawing for every screen (`single`), or a phone and a wide one swapped by CSS. */
  readonly svg: { readonly single: string } | { readonly narrow: string; readonly wide: string };
};

export function chartView(chart: Chart): ChartView {
  const { id, title, subtitle, summary, notes, sources, dataVersion, table } = chart;
  const svg = chart.fixedWidth
    ? { single: renderSvg(chart, chart.fixedWidth) }
    : { narrow: renderSvg(chart, WIDTHS.narrow), wide: renderSvg(chart, WIDTHS.wide) };
  return {
    id,
    title,
    subtitle,
    summary,
    notes,
    sources,
    dataVersion,
    table,
    legend: chart.legend ?? [],
    missing: chart.missing === true,
    svg,
  };
}
