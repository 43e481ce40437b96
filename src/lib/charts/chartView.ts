import type { Chart, ChartSource, ChartTable } from "./Chart.ts";
import { renderSvg } from "./renderSvg.ts";
import { WIDTHS } from "./theme.ts";

/** What a `<figure>` needs to show a chart: its text, and the SVG drawn at each width. */
export interface ChartView {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly notes: readonly string[];
  readonly sources: readonly ChartSource[];
  readonly table: ChartTable;
  readonly svg: { readonly narrow: string; readonly wide: string };
}

export function chartView(chart: Chart): ChartView {
  const { id, title, subtitle, summary, notes, sources, table } = chart;
  return { id, title, subtitle, summary, notes, sources, table, svg: { narrow: renderSvg(chart, WIDTHS.narrow), wide: renderSvg(chart, WIDTHS.wide) } };
}
