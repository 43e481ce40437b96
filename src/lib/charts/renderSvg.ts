import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Chart } from "./Chart.ts";

/** Hatching for "no data", defined in each SVG (with its own id) so it works inline and when downloaded. */
const defs = (id: string) =>
  `<defs><pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="var(--chart-nodata-bg, transparent)"/><line x1="0" y1="0" x2="0" y2="6" stroke="var(--chart-muted)" stroke-width="2"/></pattern></defs>`;

/**
 * SVG's font-variant attribute takes only "normal" or "small-caps" (the W3C checker rejects
 * anything else), but Plot writes CSS values there, "tabular-nums" on every quantitative axis.
 * The same request as inline style is valid and keeps the numbers tabular, in the page and in a
 * downloaded SVG alike.
 */
function fontVariantAsStyle(svg: string): string {
  return svg.replace(
    /<([a-zA-Z]+)((?:\s[^>]*?)?) font-variant="([^"]*)"([^>]*)>/g,
    (whole, tag: string, before: string, value: string, after: string) => {
      if (/^(normal|small-caps|inherit)$/.test(value.trim())) return whole;
      const rest = `${before}${after}`;
      const style = / style="([^"]*)"/.exec(rest);
      const declaration = `font-variant: ${value}`;
      if (!style) return `<${tag}${before} style="${declaration}"${after}>`;
      const merged = `${style[1]!.replace(/;?\s*$/, "")}; ${declaration}`;
      return `<${tag}${rest.replace(style[0], ` style="${merged}"`)}>`;
    },
  );
}

/**
 * Draws a chart to an SVG string at build time, with a server-side DOM: no chart code runs in
 * the browser. Plot's generated class names are replaced by the chart's id so the output is stable.
 */
export function renderSvg(chart: Chart, width: number): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = Plot.plot({ ...chart.plot(width), document }) as unknown as { outerHTML: string };
  const cls = `chart-${chart.id}-${width}`;
  return fontVariantAsStyle(
    svg.outerHTML
      .replace(/plot-[0-9a-f]{6}(-[a-z0-9-]+)?/g, (_, suffix: string | undefined) => `${cls}${suffix ?? ""}`)
      // Plot names its layers ("bar", "y-axis tick") with aria-label on <g>: noise to a screen reader,
      // and prohibited on a role-less <g> once the script exposes the marks. Marks keep theirs.
      .replace(/<g([^>]*?) aria-label="[^"]*"/g, "<g$1")
      // aria-description is not yet standard ARIA; point at the figure's visible summary instead.
      .replace(/ aria-description="[^"]*"/, "")
      .replace(/^<svg /, `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-describedby="chart-${chart.id}-summary" `)
      .replace(/(<svg[^>]*>)/, `$1${defs(`${cls}-no-data`)}`)
      .replaceAll("url(#no-data)", `url(#${cls}-no-data)`)
      .replace(/ height="\d+(\.\d+)?" width="\d+(\.\d+)?"/, ""),
  );
}
