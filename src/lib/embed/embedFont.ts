import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";

/**
 * The one font of every downloaded SVG, PNG and social card: Be Vietnam Pro (SIL OFL 1.1), from
 * the npm package @expo-google-fonts/be-vietnam-pro, designed for Vietnamese. The PNGs are drawn
 * with these files only, never a system font, so the diacritics look the same on any machine;
 * the same files measure the text, so lines wrap where the renderer will draw them.
 */
export const FONT_FAMILY = "Be Vietnam Pro";

/**
 * The font-family the files name: the shipped font first (the PNGs are drawn with it alone);
 * someone opening a downloaded SVG without it installed gets a common sans-serif instead.
 */
export const FONT_STACK = `'${FONT_FAMILY}', 'Noto Sans', Arial, sans-serif`;

export type FontWeight = "regular" | "bold";

const FILES: Readonly<Record<FontWeight, string>> = {
  regular: "@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf",
  bold: "@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf",
};

/**
 * Absolute paths of the font files. Resolved from the project's package.json in the working
 * directory (as data/ is), not from this module: the build runs a bundled copy of it from the
 * output folder, which may be anywhere.
 */
export function fontFiles(): Readonly<Record<FontWeight, string>> {
  const require = createRequire(resolve("package.json"));
  return { regular: require.resolve(FILES.regular), bold: require.resolve(FILES.bold) };
}

/** What text layout needs from a TrueType font: advance widths by code point. */
export interface FontMetrics {
  readonly unitsPerEm: number;
  /** The glyph of a code point, 0 (".notdef", drawn as a box) when the font lacks it. */
  glyph(codePoint: number): number;
  advance(glyph: number): number;
}

/** Reads the head, hhea, hmtx and cmap tables (format 4 or 12) of a TrueType/OpenType file. */
export function parseFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table("head") + 18);
  const longMetrics = view.getUint16(table("hhea") + 34);
  const hmtx = table("hmtx");
  const cmap = table("cmap");
  // Prefer the full-Unicode subtable (3,10 format 12), else the BMP one (3,1 or 0,x format 4).
  let format4 = -1;
  let format12 = -1;
  for (let i = 0, n = view.getUint16(cmap + 2); i < n; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    const sub = cmap + view.getUint32(cmap + 8 + 8 * i);
    const format = view.getUint16(sub);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) format12 = sub;
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 = sub;
  }
  const glyph = (cp: number): number => {
    if (format12 >= 0) {
      for (let i = 0, n = view.getUint32(format12 + 12); i < n; i++) {
        const g = format12 + 16 + 12 * i;
        const start = view.getUint32(g);
        if (cp >= start && cp <= view.getUint32(g + 4)) return view.getUint32(g + 8) + cp - start;
      }
      return 0;
    }
    if (format4 < 0 || cp > 0xffff) return 0;
    const segments = view.getUint16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const ranges = deltas + 2 * segments;
    for (let i = 0; i < segments; i++) {
      if (cp > view.getUint16(ends + 2 * i)) continue;
      const start = view.getUint16(starts + 2 * i);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + 2 * i);
      const rangeOffset = view.getUint16(ranges + 2 * i);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const g = view.getUint16(ranges + 2 * i + rangeOffset + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const advance = (g: number): number => view.getUint16(hmtx + 4 * Math.min(g, longMetrics - 1));
  return { unitsPerEm, glyph, advance };
}

const loaded = new Map<FontWeight, FontMetrics>();

function metrics(weight: FontWeight): FontMetrics {
  let m = loaded.get(weight);
  if (!m) loaded.set(weight, (m = parseFontMetrics(readFileSync(fontFiles()[weight]))));
  return m;
}

/** The CSS weights drawn with the bold file: a renderer given 400 and 700 picks 700 from 600 up. */
export const weightOf = (cssWeight: number | string | undefined): FontWeight => (Number(cssWeight ?? 400) >= 600 ? "bold" : "regular");

/**
 * The width of a line of text in pixels at a font size: the sum of the glyphs' advances, without
 * kerning (which narrows a line by a pixel or two, so wrapping by this width never overflows).
 */
export function textWidth(text: string, size: number, weight: FontWeight = "regular"): number {
  const m = metrics(weight);
  let units = 0;
  for (const ch of text.normalize("NFC")) units += m.advance(m.glyph(ch.codePointAt(0)!));
  return (units * size) / m.unitsPerEm;
}

/** The characters of a text that the font has no glyph for (they would be drawn as empty boxes). */
export function missingGlyphs(text: string, weight: FontWeight = "regular"): string[] {
  const m = metrics(weight);
  return [...new Set([...text.normalize("NFC")].filter((ch) => !/\s/.test(ch) && m.glyph(ch.codePointAt(0)!) === 0))];
}
