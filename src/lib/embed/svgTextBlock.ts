import { textWidth, weightOf } from "./embedFont.ts";

/** Text as XML character data or an attribute value. */
export const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** A word wider than the line, cut into pieces that fit (an address has no spaces to break at). */
function splitWord(word: string, width: number, size: number, weight: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece !== "" && textWidth(piece + ch, size, weightOf(weight)) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  return piece === "" ? pieces : [...pieces, piece];
}

/** Greedy line breaking at spaces, measured with the shipped font: no line is wider than `width`. */
export function wrapText(text: string, width: number, size: number, weight = 400): string[] {
  const fits = (s: string) => textWidth(s, size, weightOf(weight)) <= width;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    const pieces = fits(word) ? [word] : splitWord(word, width, size, weight);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? "";
  }
  return line === "" ? lines : [...lines, line];
}

export interface TextStyle {
  readonly size: number;
  readonly weight?: number;
  readonly fill: string;
  /** Line height as a multiple of the size. */
  readonly leading?: number;
  /** At most this many lines; the last one shown ends in "…". */
  readonly maxLines?: number;
}

/** A block of wrapped text with its top at `y`: the markup and the height it takes. */
export function textBlock(text: string, x: number, y: number, width: number, style: TextStyle): { svg: string; height: number } {
  const weight = style.weight ?? 400;
  const step = style.size * (style.leading ?? 1.3);
  let lines = wrapText(text, width, style.size, weight);
  if (style.maxLines !== undefined && lines.length > style.maxLines) {
    const kept = lines.slice(0, style.maxLines);
    let last = kept.at(-1)!;
    while (last !== "" && textWidth(`${last}…`, style.size, weightOf(weight)) > width) last = last.slice(0, -1).trimEnd();
    lines = [...kept.slice(0, -1), `${last}…`];
  }
  // The first baseline sits one size below the top less the descent: about 0.95 em down.
  const svg = lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${round(y + style.size * 0.95 + i * step)}" font-size="${style.size}"${weight === 400 ? "" : ` font-weight="${weight}"`} fill="${style.fill}">${xmlEscape(line)}</text>`,
    )
    .join("");
  return { svg, height: lines.length === 0 ? 0 : round((lines.length - 1) * step + style.size * 1.25) };
}

export const round = (n: number): number => Math.round(n * 100) / 100;
