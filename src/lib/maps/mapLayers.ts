import type { SiteData } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { mapFrame, round1, shapeId, type MapFrame } from "./mapFrame.ts";
import { placeLabels, type Box, type LabelPlacement } from "./placeLabels.ts";

/** Map labels: 12 px in a 328 px drawing, which CSS shows at 328–416 px, so 12–15 px on screen. */
export const LABEL_SIZE = 12;

/**
 * The attribution CC BY-SA 4.0 asks for, worded as geoBoundaries' source names it; shown under
 * every map and linked to the boundaries' row on the data page (`ATTRIBUTION_SOURCE`).
 */
export const MAP_ATTRIBUTION = defineMessages(
  { label: "Ranh giới", text: "geoBoundaries / Open Development Mekong, CC BY-SA 4.0" },
  { label: "Boundaries", text: "geoBoundaries / Open Development Mekong, CC BY-SA 4.0" },
);
export const ATTRIBUTION_SOURCE = "geoboundaries";

type Attrs = Record<string, string | number | null | undefined>;
export interface Node {
  readonly tag: string;
  readonly attrs: Attrs;
  readonly children: readonly (Node | string)[];
}

export const h = (tag: string, attrs: Attrs = {}, children: readonly (Node | string)[] = []): Node => ({ tag, attrs, children });

/** Builds the nodes in Plot's document (a server-side DOM at build time). */
export function toElement(doc: Document, node: Node): SVGElement {
  const el = doc.createElementNS("http://www.w3.org/2000/svg", node.tag);
  // The server-side DOM writes attributes last-set first: set them in reverse to keep source order.
  for (const [k, v] of Object.entries(node.attrs).reverse()) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of node.children) el.append(typeof c === "string" ? doc.createTextNode(c) : toElement(doc, c));
  return el as unknown as SVGElement;
}

/** A Plot mark that draws the given nodes as they are: the maps place everything in pixels themselves. */
export const rawMark =
  (nodes: () => readonly Node[]) =>
  (_index: unknown, _scales: unknown, _values: unknown, _dimensions: unknown, context: { document: Document }) => {
    const g = toElement(context.document, h("g"));
    for (const n of nodes()) g.append(toElement(context.document, n));
    return g;
  };

/**
 * One district as a focusable, named element, its tooltip text also its name: the `<use>` itself,
 * since the chart renderer strips names from `<g>` (Plot's layer groups).
 */
export function districtNode(code: string, tip: string, attrs: Attrs): Node {
  return h("use", { href: `#${shapeId(code)}`, ...attrs, tabindex: 0, role: "img", "aria-label": tip }, [h("title", {}, [tip])]);
}

const layouts = new Map<string, LabelPlacement[]>();

/**
 * The district names placed for a frame (placeLabels), memoised: every metric map of a page, and
 * of every page in the same language, labels the same names in the same shapes.
 */
export function districtLabels(
  data: SiteData,
  lang: Lang,
  frame: MapFrame = mapFrame(data),
  obstacles: readonly Box[] = [],
): LabelPlacement[] {
  const names = frame.districts.map((d) => pick(data.area(d.code), "name", lang));
  const key = JSON.stringify([data.version, frame.width, frame.height, names, obstacles, frame.districts.map((d) => d.d.length)]);
  const known = layouts.get(key);
  if (known) return known;
  const placed = placeLabels(
    frame.districts.map((d, i) => ({ polygons: d.polygons, lines: [names[i]!], stackable: true })),
    { width: frame.width, height: frame.height, fontSize: LABEL_SIZE, obstacles },
  );
  layouts.set(key, placed);
  return placed;
}

/** The labels as SVG: leader lines, then text with a halo in the page's background colour. */
export function labelNodes(placed: readonly LabelPlacement[], bold?: number): Node {
  const lineHeight = LABEL_SIZE * 1.15;
  return h("g", { "aria-hidden": "true", "pointer-events": "none" }, [
    ...placed
      .filter((p) => p.leader)
      .map((p) =>
        h("line", {
          x1: round1(p.leader!.from[0]),
          y1: round1(p.leader!.from[1]),
          x2: round1(p.leader!.to[0]),
          y2: round1(p.leader!.to[1]),
          stroke: "currentColor",
          "stroke-width": 1,
        }),
      ),
    h(
      "g",
      {
        "font-size": LABEL_SIZE,
        "text-anchor": "middle",
        fill: "currentColor",
        stroke: "var(--bg)",
        "stroke-width": 3,
        "paint-order": "stroke",
        "stroke-linejoin": "round",
      },
      placed.map((p, i) => {
        const top = p.y - ((p.lines.length - 1) * lineHeight) / 2;
        return h(
          "text",
          // The baseline sits .35 em below each line's centre, on every line of a stacked name.
          p.lines.length === 1
            ? { x: round1(p.x), y: round1(top), dy: ".35em", "font-weight": i === bold ? 700 : null }
            : { "font-weight": i === bold ? 700 : null },
          p.lines.length === 1
            ? [p.lines[0]!]
            : p.lines.map((l, k) => h("tspan", { x: round1(p.x), y: round1(top + k * lineHeight), dy: ".35em" }, [l])),
        );
      }),
    ),
  ]);
}
