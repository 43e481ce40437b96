import type { MissingKey } from "../data/MissingFigure.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import type { ChartBody, ChartContext } from "./Chart.ts";
import { BASE_STYLE, COLOR } from "./theme.ts";
import * as Plot from "@observablehq/plot";

/**
 * What a chart shows when a figure it needs is not in data/: a hatched "no data" panel and a
 * summary naming the indicator and the area, in place of a crash or a silently wrong row.
 */
export function noDataChart({ data, lang }: ChartContext, key: MissingKey): ChartBody {
  const known = data.indicators.some((i) => i.id === key.indicator);
  const indicator = known ? pick(data.indicator(key.indicator), "name", lang) : key.indicator;
  const area = data.areas.some((a) => a.code === key.area) ? pick(data.area(key.area), "name", lang) : key.area;
  const summary = NO_DATA[lang].missing(indicator, area);
  return {
    subtitle: NO_DATA[lang].capitalised,
    unit: "",
    summary,
    notes: [],
    sources: [],
    table: { columns: [], rows: [] },
    plot: (width) => ({
      width,
      height: 80,
      margin: 0,
      style: BASE_STYLE,
      ariaLabel: summary,
      x: { domain: [0, 1], axis: null },
      y: { domain: [0, 1], axis: null },
      marks: [
        Plot.rect([0], { x1: 0, x2: 1, y1: 0, y2: 1, fill: "url(#no-data)", stroke: COLOR.muted }),
        Plot.text([NO_DATA[lang].short], {
          frameAnchor: "middle",
          fill: COLOR.text,
          stroke: "var(--bg)",
          strokeWidth: 3,
          paintOrder: "stroke",
        }),
      ],
    }),
  };
}
