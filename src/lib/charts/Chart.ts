import type { PlotOptions } from "@observablehq/plot";
import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";

/** A source as a chart's source line cites it. */
export interface ChartSource {
  readonly id: string;
  readonly label: string;
  readonly url: string | null;
  readonly reliability: "A" | "B" | "C";
}

/** The chart's data as a plain table: the text alternative to every mark. */
export interface ChartTable {
  readonly columns: readonly { readonly label: string; readonly numeric: boolean }[];
  readonly rows: readonly (readonly string[])[];
}

/** A key to the marks, shown in HTML under the title (Plot's own legends are HTML, not SVG). */
export interface LegendItem {
  readonly label: string;
  readonly swatch: "fill" | "hatch" | "circle" | "outline";
  readonly color: string;
}

/**
 * One chart, in one language: everything a figure shows around the drawing, plus a function
 * from a width to Observable Plot options. The same chart renders on the home page, on district
 * pages and in embeds; its id and title are assigned by the registry (`registry.ts`).
 */
export interface Chart {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** The unit of the values, as a reader would say it ("người", "VND a month"). */
  readonly unit: string;
  /** One paragraph, generated from the data, that says what the chart shows. */
  readonly summary: string;
  readonly notes: readonly string[];
  readonly sources: readonly ChartSource[];
  /** The version of the data package the chart was drawn from, shown on its source line. */
  readonly dataVersion: string;
  readonly table: ChartTable;
  /** True for the "no data" stand-in the registry draws when data/ lacks a figure the chart needs. */
  readonly missing?: boolean;
  readonly legend?: readonly LegendItem[];
  /** Draw at this one width only, for drawings that scale well (maps); otherwise narrow and wide. */
  readonly fixedWidth?: number;
  plot(width: number): PlotOptions;
}

export interface ChartContext {
  readonly data: SiteData;
  readonly lang: Lang;
  /** A district to highlight, on district pages. */
  readonly highlight?: string;
}

/** What a chart module draws: the chart without the id, title and data version its registry entry gives it. */
export type ChartBody = Omit<Chart, "id" | "title" | "dataVersion">;

/** A chart module: from data, language and its registered title to the chart. */
export type ChartModule = (context: ChartContext & { readonly title: string }) => ChartBody;
