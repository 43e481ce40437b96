import { Resvg } from "@resvg/resvg-js";
import { FONT_FAMILY, fontFiles } from "./embedFont.ts";

export interface PngOptions {
  /** Pixels per SVG pixel: 2 for a download (sharp on a high-density screen and in print), 1 for a social card. */
  readonly scale: number;
  /** The font files to draw with; the shipped ones unless a test swaps them. */
  readonly fonts?: readonly string[];
  /** The family of those files, for text that names another (none of ours does). */
  readonly family?: string;
}

/**
 * Draws an SVG document to PNG bytes with resvg, using only the given font files and never the
 * machine's: a build on a server without Vietnamese fonts draws the same diacritics as a laptop.
 */
export function renderPng(svg: string, options: PngOptions): Uint8Array {
  const files = fontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: options.scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [...(options.fonts ?? [files.regular, files.bold])],
      defaultFontFamily: options.family ?? FONT_FAMILY,
      sansSerifFamily: options.family ?? FONT_FAMILY,
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  return new Uint8Array(resvg.render().asPng());
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error("not a PNG file");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
