import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { browserSession } from "./session.ts";
import { areaName, readData, type Lang } from "./oracle.ts";
import { expectNone } from "./site.ts";

/*
 * Map labels, measured where the reader sees them: in Chromium at 360 and 1280 px, on every page
 * with a map (the home page and each district page, vi and en), for every map (each panel of the
 * switch, brought up by its fragment, and the locator), without JavaScript (labels are drawn at
 * build time):
 *   - no two labels' boxes overlap;
 *   - no label crosses into a district it does not name: points sampled over each label's box
 *     (corners, edges, centre, 1 px in from the glyph box) lie inside the named district's shape or
 *     outside every shape (an outside label, whose leader line is drawn, not measured, here) —
 *     never inside another district's shape, found with SVGGeometryElement.isPointInFill.
 * A label's district is the one its text names ("Vĩnh Yên", "Vĩnh Yên 119.128", "Hợp Hòa (Tam
 * Dương)"); a label naming none (a figure on its own) belongs to the district under its centre.
 */

const baseUrl = inject("baseUrl");
const projectRoot = inject("projectRoot");
const { districts } = readData(projectRoot);
const session = browserSession(baseUrl);

beforeAll(() => session.start());
afterAll(() => session.close());

const WIDTHS = [360, 1280];
const pages: { path: string; lang: Lang }[] = [
  { path: "/", lang: "vi" },
  { path: "/en/", lang: "en" },
  ...districts.flatMap((d) => [
    { path: `/districts/${d.slug}/`, lang: "vi" as Lang },
    { path: `/en/districts/${d.slug}/`, lang: "en" as Lang },
  ]),
];

interface LabelProblemsArgs {
  id: string;
  names: string[];
}

/** What is wrong with the labels of map `id` on the page as it is shown now. */
function labelProblems(page: Page, args: LabelProblemsArgs): Promise<{ labels: number; problems: string[] }> {
  return page.evaluate(({ id, names }) => {
    const figure = document.getElementById(id);
    const svg = [...(figure?.querySelectorAll<SVGSVGElement>("svg") ?? [])].find(
      (s) => s.parentElement?.closest("svg") === null && s.getBoundingClientRect().width > 0,
    );
    if (!svg) return { labels: 0, problems: [`${id}: no drawing on show`] };
    const squash = (t: string | null) => (t ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim();
    // The district shapes: marks named by an aria-label (or their <title>) that draw a path.
    const nameOf = (e: Element) => {
      const label = e.getAttribute("aria-label") ?? squash(e.querySelector(":scope > title")?.textContent ?? null);
      return names.find((n) => label === n || label.startsWith(`${n}: `) || label.startsWith(`${n} — `)) ?? null;
    };
    const shapes: { name: string; geometry: SVGGeometryElement }[] = [];
    for (const e of svg.querySelectorAll("[aria-label], g, path")) {
      if (e.closest("defs, pattern, clipPath, mask")) continue;
      const name = nameOf(e);
      if (!name) continue;
      let g: Element | null = e.localName === "path" || e.localName === "use" ? e : e.querySelector("path, use");
      if (g?.localName === "use") {
        // The geometry a <use> shows, measured in the <use>'s place: same points once mapped to the screen.
        const href = g.getAttribute("href") ?? g.getAttribute("xlink:href") ?? "";
        const target = document.getElementById(href.slice(1));
        const inner = target?.localName === "path" ? target : target?.querySelector("path");
        if (inner) shapes.push({ name, geometry: inner as unknown as SVGGeometryElement });
        continue;
      }
      if (g && "isPointInFill" in g && !shapes.some((s) => s.name === name)) shapes.push({ name, geometry: g as SVGGeometryElement });
    }
    const problems: string[] = [];
    for (const n of names) if (!shapes.some((s) => s.name === n)) problems.push(`${id}: no shape found for ${n}`);
    // A screen point in a geometry's own coordinates. Geometry reached through <use> sits in its
    // <defs>, so the screen matrix of the <use> (with the target's own transform) stands in.
    const useOf = new Map<SVGGeometryElement, SVGGraphicsElement>();
    for (const u of svg.querySelectorAll<SVGUseElement>("use")) {
      const href = u.getAttribute("href") ?? u.getAttribute("xlink:href") ?? "";
      const target = document.getElementById(href.slice(1));
      const inner = target?.localName === "path" ? target : target?.querySelector("path");
      if (inner && !useOf.has(inner as unknown as SVGGeometryElement)) useOf.set(inner as unknown as SVGGeometryElement, u);
    }
    const inside = (g: SVGGeometryElement, x: number, y: number) => {
      const host = useOf.get(g);
      const screen = (host ?? g).getScreenCTM();
      if (!screen) return false;
      let m = DOMMatrix.fromMatrix(screen);
      const own = host ? g.transform.baseVal.consolidate()?.matrix : undefined;
      if (own) m = m.multiply(DOMMatrix.fromMatrix(own));
      const p = new DOMPoint(x, y).matrixTransform(m.inverse());
      return g.isPointInFill(p);
    };
    const labels = [...svg.querySelectorAll("text")]
      .filter((t) => !t.closest("defs, pattern") && squash(t.textContent) !== "" && t.getBoundingClientRect().width > 0)
      .map((t) => {
        const text = squash(t.textContent);
        const box = t.getBoundingClientRect();
        const named = names.filter((n) => text.includes(n)).sort((a, b) => b.length - a.length)[0] ?? null;
        return { text, box, named };
      });
    // No two labels overlap (a hair of anti-aliasing allowed).
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!.box, labels[j]!.box];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5)
          problems.push(`${id}: labels "${labels[i]!.text}" and "${labels[j]!.text}" overlap by ${w.toFixed(1)} × ${h.toFixed(1)} px`);
      }
    // No label reaches into a district it does not name.
    for (const l of labels) {
      const { left, right, top, bottom } = l.box;
      const xs = [0, 0.25, 0.5, 0.75, 1].map((f) => left + 1 + f * Math.max(0, right - left - 2));
      const ys = [0, 0.5, 1].map((f) => top + 1 + f * Math.max(0, bottom - top - 2));
      const centre = { x: (left + right) / 2, y: (top + bottom) / 2 };
      const owner = l.named ?? shapes.find((s) => inside(s.geometry, centre.x, centre.y))?.name ?? null;
      const intruded = new Set<string>();
      for (const x of xs)
        for (const y of ys) for (const s of shapes) if (s.name !== owner && inside(s.geometry, x, y)) intruded.add(s.name);
      if (intruded.size > 0)
        problems.push(
          `${id}: label "${l.text}"${owner ? ` (${owner})` : ""} at ${left.toFixed(0)},${top.toFixed(0)} ${(right - left).toFixed(0)}×${(bottom - top).toFixed(0)} px reaches into ${[...intruded].join(", ")}`,
        );
    }
    return { labels: labels.length, problems };
  }, args);
}

describe("map labels neither overlap nor cross a border they do not belong to", () => {
  for (const width of WIDTHS) {
    let page: Page | undefined;
    beforeAll(async () => {
      const context = await session.contextFor({ js: false, width });
      page = await context.newPage();
    });
    afterAll(() => page?.close());
    for (const { path, lang } of pages) {
      it(`${path} at ${width} px`, async () => {
        const p = page!;
        const response = await p.goto(session.at(path), { waitUntil: "load" });
        const problems: string[] = response?.status() === 200 ? [] : [`${path} answered ${response?.status()}`];
        const names = districts.map((d) => areaName(d, lang));
        const switchMaps = await p.$$eval(".map-switch .map-panels > figure.chart", (fs) => fs.map((f) => f.id));
        const maps = [...switchMaps, ...((await p.locator("figure.chart#chart-locator").count()) > 0 ? ["chart-locator"] : [])];
        if (maps.length === 0) problems.push(`${path}: no maps`);
        let measured = 0;
        for (const id of maps) {
          if (id !== "chart-locator")
            await p.evaluate((h) => {
              location.hash = h;
            }, id);
          const found = await labelProblems(p, { id, names });
          measured += found.labels;
          problems.push(...found.problems);
          if (found.labels === 0) problems.push(`${id}: no labels on show`);
        }
        expectNone(problems, `${path} at ${width} px: ${maps.length} maps, ${measured} labels`);
      });
    }
  }
});
