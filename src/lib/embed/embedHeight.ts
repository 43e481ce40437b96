import { EMBED_LAYOUT as L, EMBED_WIDTHS } from "./embedLayout.ts";
import { sourceLineText, type EmbedFigure } from "./embedFigure.ts";

/*
 * The height an embed's iframe needs so that, without any script, nothing is clipped and no
 * scrollbar appears at any frame width from 320 to 1280 px. The page's layout is fixed in
 * EMBED_LAYOUT (pixel type sizes and line heights, a capped column and capped drawings), so the
 * drawings' heights are exact; the text blocks are estimated, on the safe side: each character
 * is given at least its width in DejaVu Sans (a wide font, the fallback of many Linux systems;
 * system fonts elsewhere are narrower), lines are broken word by word as a browser does, and a
 * line is filled only to 96 %. The answer is the tallest layout over every whole-pixel width.
 */

/** Advance widths in em, rounded up from DejaVu Sans Book (bold adds `BOLD`). */
const NARROW = new Set([..." .,:;'!|ijlI()[]{}\"·"]);
const MEDIUM = new Set([..."frt-/"]);
const WIDE = new Set([..."mwMW%@—"]);
const BOLD = 1.12;
const FILL = 0.96;

function charWidth(c: string): number {
  const base = c.normalize("NFD")[0] ?? c;
  if (NARROW.has(base)) return 0.33;
  if (MEDIUM.has(base)) return 0.42;
  if (WIDE.has(base)) return 1.0;
  if (/\p{Lu}/u.test(base)) return 0.8;
  return 0.65;
}

/** A text's width in pixels at `fontSize`, by the table above. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * fontSize * (bold ? BOLD : 1);
}

/** How many lines `text` takes in a box `width` px wide, breaking between words (a word wider than the box breaks anywhere). */
export function lineCount(text: string, width: number, fontSize: number, bold = false): number {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return 0;
  const room = width * FILL;
  const space = textWidth(" ", fontSize, bold);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = textWidth(word, fontSize, bold);
    if (used > 0 && used + space + w <= room) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than a line wraps onto lines of its own (overflow-wrap: break-word).
    const extra = Math.max(0, Math.ceil(w / room) - 1);
    lines += extra;
    used = w - extra * room;
  }
  return lines;
}

/** The legend's height: items side by side, wrapping into rows; an item wider than the box wraps its text. */
function legendHeight(labels: readonly string[], width: number): number {
  const g = L.legend;
  const lh = L.text.lineHeight;
  const fs = L.text.fontSize;
  let height = 0;
  let rowUsed = -1;
  let rowHeight = 0;
  for (const label of labels) {
    const natural = g.swatch + g.swatchGap + textWidth(label, fs);
    const itemHeight = natural <= width * FILL ? lh : lineCount(label, width - g.swatch - g.swatchGap, fs) * lh;
    const itemWidth = Math.min(natural, width);
    if (rowUsed >= 0 && rowUsed + g.columnGap + itemWidth <= width * FILL) {
      rowUsed += g.columnGap + itemWidth;
      rowHeight = Math.max(rowHeight, itemHeight);
      continue;
    }
    if (rowUsed >= 0) height += rowHeight + g.rowGap;
    rowUsed = itemWidth;
    rowHeight = itemHeight;
  }
  return rowUsed < 0 ? 0 : height + rowHeight;
}

/** The width and height of a drawing's viewBox. */
export function viewBoxSize(svg: string): { width: number; height: number } {
  const m = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!m) throw new Error(`viewBoxSize: a drawing without a viewBox: ${svg.slice(0, 120)}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** The drawing's height in a frame `frameWidth` px wide whose column is `column` px. */
function drawingHeight(f: EmbedFigure, frameWidth: number, column: number): number {
  const D = L.drawing;
  const [svg, cap] =
    "single" in f.svg ? [f.svg.single, D.singleMax] : frameWidth >= D.breakpoint ? [f.svg.wide, D.wideMax] : [f.svg.narrow, D.narrowMax];
  const box = viewBoxSize(svg);
  return (Math.min(column, cap) * box.height) / box.width;
}

/** The embed page's height, in pixels, in a frame `frameWidth` px wide. */
export function embedHeightAt(f: EmbedFigure, frameWidth: number): number {
  const column = Math.min(frameWidth - 2 * L.padding, L.maxWidth);
  const fs = L.text.fontSize;
  const lh = L.text.lineHeight;
  const text = (s: string, indent = 0) => (s.trim() === "" ? 0 : lineCount(s, column - indent, fs) * lh + L.gap);
  let h = 2 * L.padding;
  h += lineCount(f.title, column, L.title.fontSize, true) * L.title.lineHeight + L.gap / 2;
  h += text(f.subtitle);
  if (f.legend.length > 0)
    h +=
      legendHeight(
        f.legend.map((i) => i.label),
        column,
      ) + L.gap;
  h += drawingHeight(f, frameWidth, column) + L.gap;
  h += text(f.summary);
  if (f.notes.length > 0) h += f.notes.reduce((sum, n) => sum + lineCount(n, column - L.notesIndent, fs) * lh, 0) + L.gap;
  h += text(sourceLineText(f));
  h += lineCount(f.back.text, column, fs) * lh; // the last block: no space under it
  return h;
}

/**
 * The iframe height that fits the embed at every frame width from 320 to 1280 px: the tallest
 * layout over those widths, rounded up to a whole pixel, plus a pixel for rounding in the browser.
 */
export function embedHeight(f: EmbedFigure): number {
  let tallest = 0;
  for (let w = EMBED_WIDTHS.min; w <= EMBED_WIDTHS.max; w++) tallest = Math.max(tallest, embedHeightAt(f, w));
  return Math.ceil(tallest) + 1;
}
