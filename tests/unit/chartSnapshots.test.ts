import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHARTS, type ChartId } from "../../src/lib/charts/index.ts";
import { renderSvg } from "../../src/lib/charts/renderSvg.ts";
import { WIDTHS } from "../../src/lib/charts/theme.ts";
import { loadData } from "../../src/lib/data/loadData.ts";
import { LANGS } from "../../src/lib/i18n/lang.ts";

/*
 * SVG snapshots of every chart, in each language and at each width, the way Observable Plot's
 * own test harness keeps them: a missing snapshot is written on a local run and the test passes;
 * in CI a missing snapshot fails. On a mismatch the new drawing is written beside the stored one
 * as `<name>-changed.svg` (gitignored), so the two can be opened side by side or diffed.
 *
 * Both sides are normalised first: geometry rounded to one decimal, one element per line, and
 * Plot's generic stylesheet replaced by a comment, so a diff shows what moved, not float noise.
 */

const SNAPSHOTS = fileURLToPath(new URL("./snapshots/charts/", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Attributes that hold geometry: their numbers are rounded. Text attributes (aria-label…) never are. */
const GEOMETRY = new Set([
  "d", "transform", "points", "viewBox", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry",
  "width", "height", "dx", "dy", "stroke-width", "stroke-opacity", "fill-opacity", "opacity", "patternTransform",
]);
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
/**
 * Elements printed on one line with their content: a text with its tspans, a title. A mark whose
 * only child is its tooltip title (a rect, a circle) is one line too: one mark, one line.
 */
const INLINE = new Set(["text", "title", "tspan"]);

const round = (value: string): string => value.replace(NUMBER, (n) => String(Math.round(Number(n) * 10) / 10 || 0));

/** Plot's stylesheet for every plot, with the plot's class written as CLS and whitespace collapsed. */
const PLOT_STYLE = ":where(.CLS) { --plot-background: white; display: block; height: auto; height: intrinsic; max-width: 100%; } :where(.CLS text), :where(.CLS tspan) { white-space: pre; }";

interface Element {
  readonly name: string;
  readonly attributes: string;
  readonly children: (Element | string)[];
}

const TOKEN = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/y;
const ATTRIBUTE = /\s+([\w:-]+)="([^"]*)"/g;

/** Parses the SVG that Plot and linkedom write: elements, double-quoted attributes and text, nothing else. */
function parse(svg: string): Element {
  const root: Element = { name: "#root", attributes: "", children: [] };
  const stack = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < svg.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(svg);
    if (!match) throw new Error(`unexpected markup at ${at}: ${svg.slice(at, at + 40)}`);
    const [, closing, name = "", attributes = "", selfClosing, text] = match;
    const parent = stack[stack.length - 1]!;
    if (text !== undefined) parent.children.push(text);
    else if (closing) {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}> at ${at}`);
      stack.pop();
    } else {
      const element: Element = { name, attributes, children: [] };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  const [svgElement] = root.children;
  if (typeof svgElement !== "object" || root.children.length !== 1) throw new Error("expected one <svg> element");
  return svgElement;
}

function attributes(element: Element): string {
  return [...element.attributes.matchAll(ATTRIBUTE)].map(([, name = "", value = ""]) => ` ${name}="${GEOMETRY.has(name) ? round(value) : value}"`).join("");
}

function inline(node: Element | string): string {
  if (typeof node === "string") return node;
  return node.children.length ? `<${node.name}${attributes(node)}>${node.children.map(inline).join("")}</${node.name}>` : `<${node.name}${attributes(node)}/>`;
}

function styleText(element: Element, cls: string): string {
  const css = element.children.filter((c): c is string => typeof c === "string").join("");
  const generic = css.replaceAll(cls, "CLS").replace(/\s+/g, " ").trim() === PLOT_STYLE;
  return generic ? "/* Plot's default stylesheet */" : css.trim();
}

function lines(element: Element, depth: number, cls: string): string[] {
  const pad = "  ".repeat(depth);
  if (element.name === "style") return [`${pad}<style${attributes(element)}>${styleText(element, cls)}</style>`];
  if (INLINE.has(element.name) || element.children.every((c) => typeof c === "string" || c.name === "title")) return [pad + inline(element)];
  return [
    `${pad}<${element.name}${attributes(element)}>`,
    ...element.children.flatMap((c) => (typeof c === "string" ? (c.trim() ? [pad + "  " + c.trim()] : []) : lines(c, depth + 1, cls))),
    `${pad}</${element.name}>`,
  ];
}

/**
 * The stable form of a drawing. The namespace is added when missing so a snapshot opens on its
 * own in a browser (inline in a page the SVG needs none).
 */
function normaliseSvg(svg: string): string {
  const root = parse(svg);
  const cls = /class="([^"]+)"/.exec(root.attributes)?.[1] ?? "";
  const withNamespace = root.attributes.includes(" xmlns=") ? root : { ...root, attributes: ` xmlns="http://www.w3.org/2000/svg"${root.attributes}` };
  return `${lines(withNamespace, 0, cls).join("\n")}\n`;
}

function compareWithSnapshot(name: string, actual: string): void {
  const file = join(SNAPSHOTS, `${name}.svg`);
  const changed = join(SNAPSHOTS, `${name}-changed.svg`);
  const shown = (f: string) => relative(ROOT, f);
  if (!existsSync(file)) {
    if (process.env["CI"]) throw new Error(`missing snapshot ${shown(file)}: run npm test locally and commit it`);
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(`${shown(file)} differs from the chart as drawn now, written to ${shown(changed)}: compare the two, and if the change is intended, replace the snapshot with it`);
}

const data = loadData("data");
/** Each chart at the widths the site draws it: narrow and wide, or its one fixed width (maps). */
const cases = (Object.keys(CHARTS) as ChartId[]).flatMap((id) =>
  LANGS.flatMap((lang) => {
    const fixed = CHARTS[id]({ data, lang }).fixedWidth;
    const widths: [string, number][] = fixed ? [[String(fixed), fixed]] : Object.entries(WIDTHS);
    return widths.map(([width, pixels]) => ({ id, lang, width, pixels }));
  }),
);

describe("chart snapshots", () => {
  it.each(cases)("$id in $lang at the $width width matches its SVG snapshot", ({ id, lang, width, pixels }) => {
    compareWithSnapshot(`${id}-${lang}-${width}`, normaliseSvg(renderSvg(CHARTS[id]({ data, lang }), pixels)));
  });
});

describe("normaliseSvg", () => {
  const svg = `<svg class="plot-x" viewBox="0 0 328 300"><style>:where(.plot-x) {\n  --plot-background: white;\n  display: block;\n  height: auto;\n  height: intrinsic;\n  max-width: 100%;\n}\n:where(.plot-x text),\n:where(.plot-x tspan) {\n  white-space: pre;\n}</style><g aria-label="bar"><rect aria-label="Yên Lạc: 1.24" width="21.999999999999986" x="-0.04"><title>Yên Lạc: 1.24</title></rect></g><text y="0.9128em"><tspan>a</tspan><tspan>b</tspan></text></svg>`;

  it("rounds geometry to one decimal but never the numbers a reader sees", () => {
    const out = normaliseSvg(svg);
    expect(out).toContain(`<rect aria-label="Yên Lạc: 1.24" width="22" x="0"><title>Yên Lạc: 1.24</title></rect>`);
    expect(out).toContain(`y="0.9em"`);
  });

  it("puts one element per line and keeps a text's tspans together", () => {
    expect(normaliseSvg(svg)).toBe(
      [
        `<svg xmlns="http://www.w3.org/2000/svg" class="plot-x" viewBox="0 0 328 300">`,
        `  <style>/* Plot's default stylesheet */</style>`,
        `  <g aria-label="bar">`,
        `    <rect aria-label="Yên Lạc: 1.24" width="22" x="0"><title>Yên Lạc: 1.24</title></rect>`,
        `  </g>`,
        `  <text y="0.9em"><tspan>a</tspan><tspan>b</tspan></text>`,
        `</svg>`,
        ``,
      ].join("\n"),
    );
  });

  it("keeps a stylesheet that is not Plot's default, so a change to it shows", () => {
    expect(normaliseSvg(`<svg class="p"><style>.p circle { fill: red; }</style></svg>`)).toContain("<style>.p circle { fill: red; }</style>");
  });

  it("rejects markup it does not understand instead of guessing", () => {
    expect(() => normaliseSvg(`<svg><!-- comment --></svg>`)).toThrow(/unexpected markup/);
    expect(() => normaliseSvg(`<svg><g></svg>`)).toThrow(/closes <g>/);
  });
});
