import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadData } from "../../src/lib/data/loadData.ts";
import { CARD, DOWNLOAD_EXTS, downloadPath, ogImagePath, type CardSubject } from "../../src/lib/embed/downloadUrls.ts";
import { FONT_FAMILY, fontFiles, parseFontMetrics } from "../../src/lib/embed/embedFont.ts";
import { figureById, figureIds } from "../../src/lib/embed/figureById.ts";
import { pngSize, renderPng } from "../../src/lib/embed/renderPng.ts";
import { LANGS } from "../../src/lib/i18n/lang.ts";
import { launchChromium } from "./chromium.ts";

/*
 * The downloads and social cards as published: every chart and map has its SVG, PNG and CSV in
 * each language, with the stated sizes and rows, every card is 1200×630, and the PNG that resvg
 * drew at build looks like the SVG as a browser draws it — so a font without Vietnamese glyphs
 * (boxes or blanks where the diacritics go) would fail, on whatever machine built it.
 */

const distDir = inject("distDir");
const subpathDir = inject("subpathDir");
const data = loadData();
const IDS = figureIds(data);
const CASES = IDS.flatMap((id) => LANGS.map((lang) => ({ id, lang })));
const SUBJECTS: CardSubject[] = ["home", ...data.districts.map((d) => ({ district: d.slug })), ...IDS.map((figure) => ({ figure }))];

/**
 * The comparison's tolerance. A pixel differs when its colour is more than THRESHOLD (of 255,
 * on any channel) from the other image's pixel at the same place AND from every pixel within one
 * pixel of it: two rasterisers anti-alias the same glyph edge differently, a missing glyph differs
 * across its whole stroke. The images match when at most MAX_DIFFERING of the pixels differ.
 */
const THRESHOLD = 64;
const MAX_DIFFERING = 0.002;
/** The chart compared: district names and a title full of Vietnamese diacritics. */
const COMPARED = { id: "district-population", lang: "vi" } as const;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

const read = (dir: string, path: string) => readFileSync(join(dir, path));
const svgSize = (svg: string) => {
  const m = /<svg[^>]*\swidth="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
};

/** Parses with Chromium's XML parser: the error text, or null when the document is well-formed. */
async function xmlError(xml: string): Promise<string | null> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return (
      doc.getElementsByTagName("parsererror")[0]?.textContent ?? (doc.documentElement.localName === "svg" ? null : "root is not <svg>")
    );
  }, xml);
}

describe("downloads in the build", () => {
  it.each(CASES)(
    "$id in $lang: SVG well-formed without CSS variables, PNG at 2× its size, CSV with the table's rows",
    async ({ id, lang }) => {
      const svg = read(distDir, downloadPath(id, lang, "svg")).toString("utf8");
      expect(await xmlError(svg)).toBeNull();
      expect(svg).not.toMatch(/var\(|currentColor/);
      const { width, height } = svgSize(svg);
      expect(width).toBeGreaterThan(0);
      expect(pngSize(read(distDir, downloadPath(id, lang, "png")))).toEqual({ width: 2 * width, height: 2 * height });
      const csv = read(distDir, downloadPath(id, lang, "csv")).toString("utf8");
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
      expect(rows.length - 1).toBe(figureById(data, lang, id)!.table.rows.length);
    },
  );

  it("the sub-path build has every file too, and its SVGs point at addresses under the base", () => {
    const missing = CASES.flatMap(({ id, lang }) => DOWNLOAD_EXTS.map((ext) => downloadPath(id, lang, ext))).filter(
      (p) => !existsSync(join(subpathDir, p)),
    );
    expect(missing).toEqual([]);
    expect(read(subpathDir, downloadPath(COMPARED.id, "vi", "svg")).toString("utf8")).toContain(`/vinhphuc/embed/${COMPARED.id}/`);
  });

  it.each(SUBJECTS.flatMap((subject) => LANGS.map((lang) => ogImagePath(subject, lang))))("%s is a 1200×630 PNG", (path) => {
    expect(pngSize(read(distDir, path))).toEqual(CARD);
  });

  it.each(LANGS)("the %s home and district pages declare their card, which exists, with its size and alt text", (lang) => {
    const pages = ["", ...data.districts.map((d) => `districts/${d.slug}/`)].map((p) => `${lang === "en" ? "en/" : ""}${p}index.html`);
    for (const file of pages) {
      const { document } = parseHTML(read(distDir, file).toString("utf8"));
      const meta = (key: string) =>
        document.querySelector(`meta[property="${key}"]`)?.getAttribute("content") ??
        document.querySelector(`meta[name="${key}"]`)?.getAttribute("content");
      const image = new URL(meta("og:image")!);
      expect(existsSync(join(distDir, image.pathname)), `${file}: ${image.href}`).toBe(true);
      expect([meta("og:image:width"), meta("og:image:height")]).toEqual(["1200", "630"]);
      expect(meta("og:image:alt")!.length).toBeGreaterThan(10);
      expect(meta("twitter:card")).toBe("summary_large_image");
      expect(meta("twitter:image")).toBe(image.href);
    }
  });
});

/** The font with the glyphs of these characters emptied (zero-length outlines): the diacritics draw as nothing. */
function withoutGlyphs(font: Uint8Array, chars: string): Uint8Array {
  const bytes = new Uint8Array(font);
  const view = new DataView(bytes.buffer);
  const tables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i++)
    tables.set(String.fromCharCode(...bytes.subarray(12 + 16 * i, 16 + 16 * i)), view.getUint32(12 + 16 * i + 8));
  const long = view.getInt16(tables.get("head")! + 50) === 1;
  const loca = tables.get("loca")!;
  const metrics = parseFontMetrics(bytes);
  for (const ch of new Set(chars)) {
    const g = metrics.glyph(ch.codePointAt(0)!);
    // Glyph g spans loca[g]..loca[g+1]; moving its start to its end leaves it empty (the one before keeps its own data).
    if (g === 0) continue;
    if (long) view.setUint32(loca + 4 * g, view.getUint32(loca + 4 * (g + 1)));
    else view.setUint16(loca + 2 * g, view.getUint16(loca + 2 * (g + 1)));
  }
  return bytes;
}

/**
 * The share of pixels that differ between two PNGs of one size (see THRESHOLD), decoded and
 * compared in Chromium: millions of pixels are not worth copying out of the page.
 */
async function differing(a: Uint8Array, b: Uint8Array): Promise<{ width: number; height: number; share: number }> {
  return page.evaluate(
    async ({ a64, b64, threshold }) => {
      const decode = async (b: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.naturalWidth, img.naturalHeight);
      };
      const [p, q] = await Promise.all([decode(a64), decode(b64)]);
      const { width, height } = p;
      if (q.width !== width || q.height !== height) return { width: q.width, height: q.height, share: 1 };
      const close = (m: ImageData, i: number, n: ImageData, j: number) =>
        Math.max(Math.abs(m.data[i]! - n.data[j]!), Math.abs(m.data[i + 1]! - n.data[j + 1]!), Math.abs(m.data[i + 2]! - n.data[j + 2]!)) <=
        threshold;
      const nearby = (m: ImageData, x: number, y: number, n: ImageData) => {
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const nx = x + dx;
            const ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < width && ny < height && close(m, 4 * (y * width + x), n, 4 * (ny * width + nx))) return true;
          }
        return false;
      };
      let count = 0;
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const i = 4 * (y * width + x);
          if (!close(p, i, q, i) && (!nearby(p, x, y, q) || !nearby(q, x, y, p))) count++;
        }
      return { width, height, share: count / (width * height) };
    },
    { a64: Buffer.from(a).toString("base64"), b64: Buffer.from(b).toString("base64"), threshold: THRESHOLD },
  );
}

describe("the PNG matches its SVG", () => {
  let screenshot: Uint8Array;
  let svg: string;

  beforeAll(async () => {
    svg = read(distDir, downloadPath(COMPARED.id, COMPARED.lang, "svg")).toString("utf8");
    const { width, height } = svgSize(svg);
    const files = fontFiles();
    const face = (file: string, weight: number) =>
      `@font-face { font-family: "${FONT_FAMILY}"; font-weight: ${weight}; src: url(data:font/ttf;base64,${readFileSync(file).toString("base64")}) format("truetype"); }`;
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2 });
    const shot = await context.newPage();
    await shot.setContent(
      `<!doctype html><html><head><style>${face(files.regular, 400)}${face(files.bold, 700)} html, body { margin: 0; } svg { display: block; }</style></head>` +
        `<body>${svg.replace(/^<\?xml[^>]*>\s*/, "")}</body></html>`,
    );
    await shot.evaluate(async (family) => {
      await Promise.all([document.fonts.load(`16px "${family}"`), document.fonts.load(`bold 16px "${family}"`)]);
      await document.fonts.ready;
    }, FONT_FAMILY);
    expect(await shot.evaluate((family) => document.fonts.check(`16px "${family}"`, "ệ"), FONT_FAMILY)).toBe(true);
    screenshot = new Uint8Array(await shot.screenshot({ clip: { x: 0, y: 0, width, height } }));
    expect(pngSize(screenshot)).toEqual({ width: 2 * width, height: 2 * height });
    await context.close();
  });

  it(`${COMPARED.id}-${COMPARED.lang}.png, drawn by resvg at build, differs from Chromium's drawing of its SVG in at most ${MAX_DIFFERING * 100}% of pixels`, async () => {
    const { share } = await differing(read(distDir, downloadPath(COMPARED.id, COMPARED.lang, "png")), screenshot);
    console.log(
      `[downloads] ${COMPARED.id}-${COMPARED.lang}: ${(share * 100).toFixed(3)}% of pixels differ (tolerance ${MAX_DIFFERING * 100}%)`,
    );
    expect(share).toBeLessThanOrEqual(MAX_DIFFERING);
  });

  it("the same comparison fails for a PNG drawn with a font whose Vietnamese letters are missing", async () => {
    const vietnamese = [...new Set(svg.normalize("NFC"))].filter((ch) => ch.codePointAt(0)! >= 0xc0 && /\p{L}/u.test(ch)).join("");
    expect(vietnamese.length).toBeGreaterThan(10);
    const dir = mkdtempSync(join(tmpdir(), "downloads-font-"));
    try {
      const files = fontFiles();
      const broken = [files.regular, files.bold].map((file, i) => {
        const path = join(dir, `broken-${i}.ttf`);
        writeFileSync(path, withoutGlyphs(readFileSync(file), vietnamese));
        return path;
      });
      const { share } = await differing(renderPng(svg, { scale: 2, fonts: broken }), screenshot);
      console.log(
        `[downloads] same chart without Vietnamese glyphs: ${(share * 100).toFixed(3)}% of pixels differ (tolerance ${MAX_DIFFERING * 100}%)`,
      );
      expect(share).toBeGreaterThan(MAX_DIFFERING);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
