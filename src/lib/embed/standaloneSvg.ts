import type { Chart, LegendItem } from "../charts/Chart.ts";
import { renderSvg } from "../charts/renderSvg.ts";
import { WIDTHS } from "../charts/theme.ts";
import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";
import { mapShapeDefs, shapeId } from "../maps/mapFrame.ts";
import { figurePageUrl, type SiteAddress } from "./downloadUrls.ts";
import { embedDrawing } from "./embedDrawing.ts";
import { FONT_STACK, textWidth } from "./embedFont.ts";
import { figureById } from "./figureById.ts";
import { boundaryAttribution, drawsBoundaries, sourceLine } from "./figureCredits.ts";
import { resolveThemeColours, themeColour } from "./lightTheme.ts";
import { round, textBlock, xmlEscape } from "./svgTextBlock.ts";

/** A complete SVG document and its size in CSS pixels. */
export interface StandaloneSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 20;
const TYPE = { title: 20, subtitle: 15, legend: 14, small: 13 } as const;
const GAP = 12;

/**
 * The drawing the site shows for a chart at its wide width, or a map at its one width; a map's
 * `<use>`s point at district outlines that a page defines once, so the file gets its own copy.
 */
export function figureDrawing(data: SiteData, chart: Chart): string {
  const svg = renderSvg(chart, chart.fixedWidth ?? WIDTHS.wide);
  return svg.includes(`href="#${shapeId("")}`) ? svg.replace("<defs>", `<defs>${mapShapeDefs(data)}`) : svg;
}

/** The legend as the page's flex row: swatch and label, wrapping to the next row when full. */
function legend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
  hatchId: string | null,
): { svg: string; height: number } {
  const size = TYPE.legend;
  const swatch = 15;
  const row = Math.round(size * 1.6);
  const fg = themeColour("--fg");
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const item of items) {
    const labelWidth = Math.min(textWidth(item.label, size), width - swatch - 6);
    const itemWidth = swatch + 6 + labelWidth;
    if (cx > x && cx + itemWidth > x + width) {
      cx = x;
      cy += row;
    }
    const top = cy + (row - swatch) / 2;
    const shape =
      item.swatch === "circle"
        ? `<circle cx="${cx + swatch / 2}" cy="${top + swatch / 2}" r="${swatch / 2 - 0.75}" fill="${item.color}" stroke="${fg}" stroke-width="1.5"/>`
        : item.swatch === "outline"
          ? `<rect x="${cx + 1.5}" y="${top + 1.5}" width="${swatch - 3}" height="${swatch - 3}" fill="none" stroke="${item.color}" stroke-width="3"/>`
          : `<rect x="${cx + 0.75}" y="${top + 0.75}" width="${swatch - 1.5}" height="${swatch - 1.5}" fill="${item.swatch === "hatch" && hatchId ? `url(#${hatchId})` : item.color}" stroke="${fg}" stroke-width="1.5"/>`;
    const label = textBlock(item.label, cx + swatch + 6, cy + (row - size * 1.25) / 2, labelWidth, { size, fill: fg, maxLines: 1 });
    parts.push(shape, label.svg);
    cx += itemWidth + 16;
  }
  return { svg: parts.join(""), height: items.length === 0 ? 0 : cy + row - y };
}

/**
 * A chart or map as a file that stands on its own: title and subtitle, legend, the drawing,
 * notes, the source line with the data version, the boundaries' attribution on a map, and the
 * address of the figure's page — every colour resolved to the light theme, every text in the
 * shipped font and wrapped to the width. Null for an id the site does not draw.
 */
export function standaloneSvg(data: SiteData, lang: Lang, id: string, site: SiteAddress): StandaloneSvg | null {
  const chart = figureById(data, lang, id);
  if (!chart) return null;
  const drawn = figureDrawing(data, chart);
  const drawing = embedDrawing(drawn);
  const width = drawing.width + 2 * PAD;
  const inner = drawing.width;
  const fg = themeColour("--fg");
  const muted = themeColour("--muted");
  const parts: string[] = [];
  let y = PAD;
  const block = (text: string, style: Parameters<typeof textBlock>[4], after = GAP) => {
    const b = textBlock(text, PAD, y, inner, style);
    parts.push(b.svg);
    y += b.height + after;
  };
  block(chart.title, { size: TYPE.title, weight: 700, fill: fg }, 4);
  block(chart.subtitle, { size: TYPE.subtitle, fill: muted });
  const hatch = /<pattern id="([^"]+-no-data)"/.exec(drawn)?.[1] ?? null;
  const key = legend(chart.legend ?? [], PAD, y, inner, hatch);
  parts.push(key.svg);
  if (key.height > 0) y += key.height + GAP;
  parts.push(drawing.group(`translate(${PAD},${round(y)})`));
  y += drawing.height + GAP;
  for (const note of chart.notes) block(note, { size: TYPE.small, fill: muted }, 4);
  block(sourceLine(chart, lang), { size: TYPE.small, fill: muted }, 4);
  if (drawsBoundaries(chart)) block(boundaryAttribution(lang), { size: TYPE.small, fill: muted }, 4);
  block(figurePageUrl(site, id, lang), { size: TYPE.small, fill: fg }, 0);
  const height = Math.ceil(y + PAD);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_STACK}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${xmlEscape(chart.title)}</title><desc id="${id}-desc">${xmlEscape(chart.summary)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${themeColour("--bg")}"/>` +
    parts.join("") +
    `</svg>\n`;
  return { svg: resolveThemeColours(svg), width, height };
}
