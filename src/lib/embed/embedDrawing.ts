import { FONT_STACK } from "./embedFont.ts";

/** A chart's drawing (an `<svg>` from renderSvg), unwrapped to be placed inside another SVG. */
export interface EmbedDrawing {
  readonly width: number;
  readonly height: number;
  /** Its content as a `<g>` at the origin, carrying the root's text defaults, in the shipped font. */
  group(transform: string): string;
}

/**
 * The drawing's attribute values made valid XML: the HTML serialiser that wrote it leaves `<`, `>`
 * and a bare `&` as they are inside quoted values (an `aria-label` holding an indicator's name, say),
 * which an HTML page accepts but an SVG file, read as XML by resvg and by image editors, does not.
 * Read as the serialiser writes: in text, `<` only ever starts a tag (text has it escaped); in a tag,
 * a value runs from its opening `"` to the next one (values have `"` escaped).
 */
export function xmlAttributes(markup: string): string {
  let out = "";
  let i = 0;
  while (i < markup.length) {
    const open = markup.indexOf("<", i);
    if (open === -1) return out + markup.slice(i);
    out += markup.slice(i, open);
    i = open;
    while (i < markup.length && markup[i] !== ">") {
      if (markup[i] === '"') {
        const close = markup.indexOf('"', i + 1);
        if (close === -1) throw new Error("an attribute value does not end");
        out += `"${escapeValue(markup.slice(i + 1, close))}"`;
        i = close + 1;
      } else out += markup[i++];
    }
    out += ">";
    i++;
  }
  return out;
}

const escapeValue = (value: string) =>
  value
    .replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

/** Attributes of one start tag, in order. */
function attributes(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/\s([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!]));
}

/**
 * Takes a drawing's root `<svg>` apart: its viewBox gives the size, its text defaults move to a
 * `<g>` (the inline style's font-size wins over the attribute, as in CSS), and its content stays
 * as it is but for the page-only parts: Plot's `<style>` (sizing for a page), `aria-describedby`
 * (the summary it names is not in the file), tabindex (nothing to focus in a picture) and font
 * families, which become the shipped font's. Not a nested `<svg>`: renderers differ on whether
 * one clips its overflow, and a drawing's labels may reach past its box.
 */
export function embedDrawing(svg: string): EmbedDrawing {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open || !svg.endsWith("</svg>")) throw new Error(`not a drawing: ${svg.slice(0, 80)}`);
  const root = attributes(open[0]);
  const box = (root.get("viewBox") ?? "").split(/\s+/).map(Number);
  const [x0, y0, width, height] = box as [number, number, number, number];
  if (box.length !== 4 || box.some((n) => !Number.isFinite(n)) || x0 !== 0 || y0 !== 0) {
    throw new Error(`drawing has viewBox="${root.get("viewBox")}"; expected "0 0 width height"`);
  }
  const style = new Map(
    (root.get("style") ?? "")
      .split(";")
      .map((d) => d.split(":").map((s) => s.trim()) as [string, string?])
      .filter((d): d is [string, string] => d[1] !== undefined),
  );
  const defaults = {
    "font-size": style.get("font-size") ?? root.get("font-size"),
    "text-anchor": root.get("text-anchor"),
    fill: root.get("fill"),
  };
  const content = xmlAttributes(svg.slice(open[0].length, -"</svg>".length))
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/ tabindex="[^"]*"/g, "")
    .replace(/ font-family="[^"]*"/g, ` font-family="${FONT_STACK}"`)
    .replace(/font-family:\s*[^;"]*/g, `font-family: ${FONT_STACK}`);
  const attrs = Object.entries(defaults)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join("");
  return {
    width,
    height,
    group: (transform) => `<g transform="${transform}"${attrs}>${content}</g>`,
  };
}
