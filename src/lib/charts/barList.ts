import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { BASE_STYLE, COLOR, FONT_SIZE } from "./theme.ts";

/** One bar of a bar list. `value: null` is drawn as "no data", never as zero. */
export interface Bar {
  readonly value: number | null;
  readonly label: string;
  readonly color: string;
  /** A target or plan is drawn as an outline, not a filled bar. */
  readonly outline?: boolean;
  readonly tip: string;
}

export interface BarRow {
  readonly name: string;
  readonly bars: readonly Bar[];
  readonly emphasis?: boolean;
}

const BAR = 22;
const GAP = 4;
const LINE = FONT_SIZE + 4;
const ROW_GAP = 14;

/**
 * Breaks a row name into lines that fit the width. Names are semibold: at about 0.66 em a
 * character they fit even in DejaVu Sans, wider than the fonts phones ship.
 */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(10, Math.floor(width / (FONT_SIZE * 0.66)));
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A list of labelled horizontal bars, the form that survives a phone screen: each row's name sits
 * on its own line above its bars, each bar carries its value at its end, bars start at zero.
 * Rows are drawn in the given order.
 */
export function barList(
  rows: readonly BarRow[],
  options: { width: number; ariaLabel: string; ariaDescription: string; noData: string; max?: number },
): PlotOptions {
  const wrapped = rows.map((row) => wrap(row.name, options.width - 2));
  const tops: number[] = [];
  let y = 0;
  rows.forEach((row, r) => {
    tops.push(y);
    y += wrapped[r]!.length * LINE + 4 + row.bars.length * (BAR + GAP) + ROW_GAP;
  });
  const layout = rows.flatMap((row, r) => {
    const first = tops[r]! + wrapped[r]!.length * LINE + 4;
    return row.bars.map((bar, b) => ({ row, bar, y1: first + b * (BAR + GAP), y2: first + b * (BAR + GAP) + BAR }));
  });
  const names = rows.map((row, r) => ({ row, y: tops[r]!, text: wrapped[r]!.join("\n") }));
  const height = layout.length ? Math.max(...layout.map((l) => l.y2)) + 4 : 40;
  // Shares are drawn against their whole (max 100) so a 70% bar looks like 70% of something.
  const max = options.max ?? Math.max(1, ...layout.map((l) => l.bar.value ?? 0));
  const known = layout.filter((l) => l.bar.value !== null);
  const missing = layout.filter((l) => l.bar.value === null);
  // Leave room at the right for the longest value label: about 0.6 em per character.
  const labelRoom = Math.max(...layout.map((l) => (l.bar.value === null ? options.noData : l.bar.label).length)) * FONT_SIZE * 0.6 + 10;
  return {
    width: options.width,
    height,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 1,
    marginRight: Math.min(labelRoom, options.width / 2),
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    style: BASE_STYLE,
    x: { domain: [0, max], axis: null },
    y: { domain: [0, height], range: [0, height], axis: null },
    marks: [
      // Plot takes font weight and dash pattern as constants, so emphasised rows and targets are marks of their own.
      ...[false, true].map((emphasis) =>
        Plot.text(
          names.filter((d) => Boolean(d.row.emphasis) === emphasis),
          {
            x: 0,
            y: "y",
            text: "text",
            lineHeight: LINE / FONT_SIZE,
            textAnchor: "start",
            lineAnchor: "top",
            dy: 2,
            fontWeight: emphasis ? 800 : 600,
            fill: COLOR.text,
          },
        ),
      ),
      Plot.rectX(
        known.filter((d) => !d.bar.outline),
        {
          x1: 0,
          x2: (d) => d.bar.value,
          y1: "y1",
          y2: "y2",
          fill: (d) => d.bar.color,
          title: (d) => d.bar.tip,
          ariaLabel: (d) => d.bar.tip,
        },
      ),
      Plot.rectX(
        known.filter((d) => d.bar.outline),
        {
          x1: 0,
          x2: (d) => d.bar.value,
          y1: "y1",
          y2: "y2",
          fill: "none",
          stroke: (d) => d.bar.color,
          strokeWidth: 2,
          strokeDasharray: "5,3",
          inset: 1,
          title: (d) => d.bar.tip,
          ariaLabel: (d) => d.bar.tip,
        },
      ),
      Plot.text(known, {
        x: (d) => d.bar.value,
        y: (d) => (d.y1 + d.y2) / 2,
        text: (d) => d.bar.label,
        textAnchor: "start",
        dx: 6,
        fill: COLOR.text,
      }),
      Plot.rectX(missing, {
        x1: 0,
        x2: max,
        y1: "y1",
        y2: "y2",
        fill: "url(#no-data)",
        stroke: COLOR.muted,
        strokeWidth: 1,
        title: (d) => d.bar.tip,
        ariaLabel: (d) => d.bar.tip,
      }),
      Plot.text(missing, { x: 0, y: (d) => (d.y1 + d.y2) / 2, text: () => options.noData, textAnchor: "start", dx: 6, fill: COLOR.text }),
      Plot.ruleX([0], { stroke: COLOR.text, strokeOpacity: 0.6 }),
    ],
  };
}
