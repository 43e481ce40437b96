import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/*
 * SVG snapshots, the way Observable Plot's own test harness keeps them, but never written by a
 * plain run: `npm run test:update` writes them; otherwise a missing snapshot fails. On a mismatch the
 * new drawing is written beside the stored one as `<name>-changed.svg` (gitignored), so the two
 * can be opened side by side or diffed.
 *
 * Both sides are normalised first: geometry rounded to one decimal, one element per line, and
 * Plot's generic stylesheet replaced by a comment, so a diff shows what moved, not float noise.
 */

const SNAPSHOT_ROOT = fileURLToPath(new URL("./snapshots/", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Attributes that hold geometry: their numbers are rounded. Text attributes (aria-label…) never are. */
const GEOMETRY = new Set([
  "d",
  "transform",
  "points",
  "viewBox",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "width",
  "height",
  "dx",
  "dy",
  "stroke-width",
  "stroke-opacity",
  "fill-opacity",
  "opacity",
  "patternTransform",
]);
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
/**
 * Elements printed on one line with their content: a text with its tspans, a title. A mark whose
 * only child is its tooltip title (a rect, a circle) is one line too: one mark, one line.
 */
const INLINE = new Set(["text", "title", "tspan"]);

const round = (value: string): string => value.replace(NUMBER, (n) => String(Math.round(Number(n) * 10) / 10 || 0));

/** Plot's stylesheet for every plot, with the plot's class written as CLS and whitespace collapsed. */
const PLOT_STYLE =
  ":where(.CLS) { --plot-background: white; display: block; height: auto; height: intrinsic; max-width: 100%; } :where(.CLS text), :where(.CLS tspan) { white-space: pre; }";

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
  return [...element.attributes.matchAll(ATTRIBUTE)]
    .map(([, name = "", value = ""]) => ` ${name}="${GEOMETRY.has(name) ? round(value) : value}"`)
    .join("");
}

function inline(node: Element | string): string {
  if (typeof node === "string") return node;
  return node.children.length
    ? `<${node.name}${attributes(node)}>${node.children.map(inline).join("")}</${node.name}>`
    : `<${node.name}${attributes(node)}/>`;
}

function styleText(element: Element, cls: string): string {
  const css = element.children.filter((c): c is string => typeof c === "string").join("");
  const generic = css.replaceAll(cls, "CLS").replace(/\s+/g, " ").trim() === PLOT_STYLE;
  return generic ? "/* Plot's default stylesheet */" : css.trim();
}

function lines(element: Element, depth: number, cls: string): string[] {
  const pad = "  ".repeat(depth);
  if (element.name === "style") return [`${pad}<style${attributes(element)}>${styleText(element, cls)}</style>`];
  if (INLINE.has(element.name) || element.children.every((c) => typeof c === "string" || c.name === "title"))
    return [pad + inline(element)];
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
export function normaliseSvg(svg: string): string {
  const root = parse(svg);
  const cls = /class="([^"]+)"/.exec(root.attributes)?.[1] ?? "";
  const withNamespace = root.attributes.includes(" xmlns=")
    ? root
    : { ...root, attributes: ` xmlns="http://www.w3.org/2000/svg"${root.attributes}` };
  return `${lines(withNamespace, 0, cls).join("\n")}\n`;
}

/**
 * Snapshots change only on purpose: `npm run test:update` sets UPDATE_SNAPSHOTS=1 and rewrites
 * them; a plain run never writes one, so CI cannot accept a drawing silently.
 */
const UPDATING = process.env["UPDATE_SNAPSHOTS"] === "1" && !process.env["CI"];

/** Compares with `snapshots/<folder>/<name>.svg`; writes it only when updating, or `-changed.svg` on a mismatch. */
export function compareWithSnapshot(folder: string, name: string, actual: string): void {
  const SNAPSHOTS = join(SNAPSHOT_ROOT, folder);
  const file = join(SNAPSHOTS, `${name}.svg`);
  const changed = join(SNAPSHOTS, `${name}-changed.svg`);
  const shown = (f: string) => relative(ROOT, f);
  if (UPDATING) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(file)) throw new Error(`missing snapshot ${shown(file)}: run npm run test:update, look at it, and commit it`);
  const expected = readFileSync(file, "utf8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(
    `${shown(file)} differs from the chart as drawn now, written to ${shown(changed)}: compare the two, and if the change is intended, run npm run test:update`,
  );
}
