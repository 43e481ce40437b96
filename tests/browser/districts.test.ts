import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openPage } from "./chromium.ts";
import { browserSession, type View } from "./session.ts";
import { areaName, BOUNDARY_SOURCE, figure as figureOf, number, periodText, readData, sortByPeriod, squash, type Lang } from "./oracle.ts";
import { expectNone } from "./site.ts";

/*
 * Every district page (/districts/<slug>/ and /en/districts/<slug>/, one per district of the
 * province in data/areas.csv), and the home page's maps, in Chromium:
 *   - each loads (200, no console errors or failed requests), with the district's name as h1 and
 *     the right <html lang>;
 *   - without JavaScript: every map (the switch's and the locator) is an inline SVG of the real
 *     district shapes — one named, focusable mark per district, drawn as a path with as many
 *     corners as a border has (not a rectangle); on a district page the page's district, and only
 *     it, is outlined in the highlight colour, on the home page none is; a map drawn from one
 *     indicator shows each district's row of data/ at its period, and hatches as "no data" the
 *     districts without one; the boundary attribution ("geoBoundaries / Open Development Mekong,
 *     CC BY-SA 4.0") is under every map, linked to its source row on the data page;
 *   - the figure list holds exactly the district's rows of data/observations.csv, formatted per
 *     language, each with a source that resolves on the data page;
 *   - the neighbours are listed and linked: exactly the districts whose boundaries share an arc
 *     of data/geo/districts.topo.json with it, in data/areas.csv order;
 *   - the comparison charts highlight the page's district;
 *   - prev/next links go round all the districts;
 *   - with JavaScript, Tab walks the map's districts in reading order (north to south, then west
 *     to east, by the centroid of each boundary in data/geo/source/, worked out by the oracle),
 *     the tooltip saying what each district's label says.
 * (axe-core runs on every page, light and dark, narrow and wide, in accessibility.test.ts; label
 * overlap is mapLabels.test.ts.)
 * One browser for the file; one page per (JavaScript, width, colour scheme, path), reused.
 */

const baseUrl = inject("baseUrl");
const projectRoot = inject("projectRoot");
const origin = new URL(baseUrl).origin;
const at = (path: string) => new URL(path.replace(/^\//, ""), baseUrl).href;

const langs = [
  { lang: "vi", prefix: "/", dataPath: "/data/" },
  { lang: "en", prefix: "/en/", dataPath: "/en/data/" },
] as const;
const langInfo = (lang: Lang) => langs.find((l) => l.lang === lang)!;
const districtPath = (lang: Lang, slug: string) => `${langInfo(lang).prefix}districts/${slug}/`;

// ---------------------------------------------------------------------------------------------
// data/, read by the tests' own oracle (tests/browser/oracle.ts)

const { observations, indicators, readingOrder, neighbours, areaEvents, districts, censuses } = readData(projectRoot);
const period = periodText;
/** The latest census day in data/, which the population map and the comparison chart show. */
const latestCensus = censuses.at(-1);

/** Pages to try the keyboard and the switch on: the first and the last district, whichever they are. */
const firstDistrict = districts[0]!;
const lastDistrict = districts.at(-1)!;

// ---------------------------------------------------------------------------------------------
// browser, contexts and pages, shared across the file

const session = browserSession(baseUrl);
const { contextFor, idsOn } = session;
const { pageFor } = session;

beforeAll(() => session.start());
afterAll(() => session.close());

/** Problems with a link that should lead to `<dataPath>#source-<id>`, or none. */
function sourceLinkProblems(href: string, dataPath: string, ids: Set<string>, wantSource?: string): string[] {
  const u = new URL(href);
  if (u.origin !== origin || u.pathname !== new URL(at(dataPath)).pathname || !u.hash.startsWith("#source-"))
    return [`source link ${href} does not lead to ${dataPath}#source-…`];
  const id = decodeURIComponent(u.hash.slice(1));
  const problems: string[] = [];
  if (!ids.has(id)) problems.push(`source link ${href}: ${dataPath} has no element with id "${id}"`);
  if (wantSource !== undefined && id !== `source-${wantSource}`) problems.push(`source link ${href}: data/ names source "${wantSource}"`);
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe("district pages load", () => {
  it("data/ has districts, each with its own slug and one shape in the boundary source", () => {
    expect(districts.length, "districts of the province in data/areas.csv").toBeGreaterThan(0);
    expect(new Set(districts.map((d) => d.slug)).size, "district slugs are unique").toBe(districts.length);
    expect(readingOrder.map((a) => a.code).sort(), `${BOUNDARY_SOURCE} has one shape per district, and no other`).toEqual(
      districts.map((d) => d.code).sort(),
    );
  });

  for (const { lang } of langs) {
    for (const d of districts) {
      const path = districtPath(lang, d.slug);
      it(`${path}: 200, h1 "${areaName(d, lang)}", lang="${lang}", no errors (JavaScript on)`, async () => {
        const opened = await pageFor({ js: true, width: 1280 }, path);
        const { page } = opened;
        expect(opened.response?.status(), `${path} status`).toBe(200);
        expect(await page.getAttribute("html", "lang"), `${path} <html lang>`).toBe(lang);
        const h1s = await page.locator("h1").allTextContents();
        expect(h1s.map(squash), `${path} h1`).toEqual([areaName(d, lang)]);
        expectNone(opened.all(), `${path}: console errors or failed requests`);
      });
    }
  }
});

interface MarkFact {
  label: string;
  /** The mark's element, and the element that draws its shape (itself, a child, or what a <use> points at). */
  tag: string;
  shapeTag: string;
  /** Coordinate pairs in the shape's path data: a rectangle has 4 or 5, a border many. */
  vertices: number;
  /** The pattern or colour the shape is filled with, as computed. */
  fill: string;
  /** Whether the fill's url(#…) names a <pattern> in the page. */
  patternFound: boolean;
  /** Focus lands on the mark (or in it) when asked to, without any script of the page's. */
  focusable: boolean;
}
interface MapFact {
  id: string;
  shown: boolean;
  /** Top-level <svg> elements in the figure, and how many are rendered. */
  svgs: number;
  svgsShown: number;
  /** <img>, <object>, <embed> or <iframe> standing in for a drawing. */
  embedded: number;
  marks: MarkFact[];
  /** Labels of the marks drawn (stroked, or overlaid) in the highlight colour. */
  highlighted: string[];
  /** Shapes stroked in the highlight colour that belong to no mark. */
  strayHighlights: number;
  tableRows: string[][];
  /** Text and link targets of the figure's paragraphs that carry the boundary attribution. */
  attribution: { text: string; hrefs: string[] }[];
}

const ATTRIBUTION = "geoBoundaries / Open Development Mekong, CC BY-SA 4.0";

/**
 * The map figure `id`: whether it is on show, its drawing's district marks (elements named by an
 * aria-label, with the shape they draw), what is highlighted, its table and its attribution.
 */
async function mapFacts(page: Page, id: string): Promise<MapFact> {
  return page.$eval(
    `figure.chart#${id}`,
    (figure, attribution) => {
      const svgs = [...figure.querySelectorAll<SVGSVGElement>("svg")].filter((s) => s.parentElement?.closest("svg") === null);
      const shown = svgs.filter((s) => s.getBoundingClientRect().width > 0);
      const svg = shown[0] ?? svgs[0];
      const byHref = (u: Element) => {
        const href = u.getAttribute("href") ?? u.getAttribute("xlink:href") ?? "";
        return href.startsWith("#") ? document.getElementById(href.slice(1)) : null;
      };
      /** The <path> that draws an element: itself, its first path or <use> inside, or what a <use> shows. */
      const shapeOf = (e: Element | null, depth = 0): Element | null => {
        if (!e || depth > 4) return null;
        if (e.localName === "path") return e;
        if (e.localName === "use") return shapeOf(byHref(e), depth + 1);
        return shapeOf(e.querySelector("path, use"), depth + 1);
      };
      /** What identifies the geometry an element draws: the <use> target, or the path data. */
      const keyOf = (e: Element) =>
        e.localName === "use" ? `#${(e.getAttribute("href") ?? e.getAttribute("xlink:href") ?? "").slice(1)}` : `d:${e.getAttribute("d")}`;
      const drawnBy = (e: Element): Element | null => (e.localName === "path" || e.localName === "use" ? e : e.querySelector("path, use"));

      // The highlight colour as this page computes it, by asking an element painted with it.
      const probe = document.createElementNS("http://www.w3.org/2000/svg", "g");
      probe.setAttribute("style", "stroke: var(--chart-highlight)");
      svg?.append(probe);
      const highlight = svg ? getComputedStyle(probe).stroke : "";
      probe.remove();

      // A mark is named by its aria-label or by its own <title> (role="img" takes its name from either).
      const nameOf = (e: Element) => e.getAttribute("aria-label") ?? e.querySelector(":scope > title")?.textContent?.trim() ?? null;
      const markElements = [...(svg?.querySelectorAll("[aria-label], *:has(> title)") ?? [])].filter(
        (e) => !["circle", "text", "tspan", "svg"].includes(e.localName) && !e.closest("defs, pattern"),
      );
      const marks = markElements.map((e) => {
        const shape = shapeOf(e);
        const drawn = drawnBy(e) ?? e;
        const fill = getComputedStyle(drawn).fill;
        const pattern = /url\(["']?[^#"')]*#([^"')]+)["']?\)/.exec(fill)?.[1];
        const before = document.activeElement;
        (e as unknown as HTMLElement).focus?.();
        const focusable = document.activeElement !== before && (document.activeElement === e || e.contains(document.activeElement));
        (document.activeElement as HTMLElement | null)?.blur?.();
        return {
          label: nameOf(e) ?? "",
          tag: e.localName,
          shapeTag: shape?.localName ?? "(none)",
          vertices: ((shape?.getAttribute("d") ?? "").match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).length / 2,
          fill,
          patternFound: pattern !== undefined && document.getElementById(pattern)?.localName === "pattern",
          focusable,
        };
      });
      // Highlighted: any path or <use> in the drawing stroked in the highlight colour, traced to its mark
      // (the mark itself, inside it, or drawing the same geometry on top of it).
      const keys = markElements.map((e) => {
        const d = drawnBy(e);
        return d ? keyOf(d) : "";
      });
      const highlighted = new Set<string>();
      let strayHighlights = 0;
      for (const g of svg?.querySelectorAll("path, use") ?? []) {
        if (g.closest("defs, pattern, clipPath, mask, marker")) continue;
        if (highlight === "" || getComputedStyle(g).stroke !== highlight) continue;
        const k = markElements.findIndex((m, i) => m === g || m.contains(g) || keys[i] === keyOf(g));
        if (k < 0) strayHighlights++;
        else highlighted.add(nameOf(markElements[k]!) ?? "");
      }
      const squash = (t: string | null) => (t ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim();
      return {
        id: figure.id,
        shown: figure.getBoundingClientRect().height > 0,
        svgs: svgs.length,
        svgsShown: shown.length,
        embedded: figure.querySelectorAll("img, object, embed, iframe").length,
        marks,
        highlighted: [...highlighted],
        strayHighlights,
        tableRows: [...figure.querySelectorAll("table tbody tr")].map((row) => [...row.children].map((cell) => squash(cell.textContent))),
        // Under the map: in its figure, or right after it (or after the switch that holds it).
        attribution: [
          figure,
          figure.nextElementSibling,
          figure.closest(".map-panels")?.nextElementSibling,
          figure.closest(".map-switch")?.nextElementSibling,
        ]
          .flatMap((scope) => (scope ? [scope, ...scope.querySelectorAll("p, li, small, span, div")] : []))
          .filter(
            (e) =>
              squash(e.textContent).includes(attribution) &&
              ![...e.children].some((c) => c.localName !== "a" && squash(c.textContent).includes(attribution)),
          )
          // Its link, or, for a line in the notes, the figure's own source line linking the same row.
          .map((e) => ({
            text: squash(e.textContent),
            hrefs: [...(e.querySelector("a[href]") ? e : (e.closest("figure") ?? e)).querySelectorAll<HTMLAnchorElement>("a[href]")].map(
              (a) => a.href,
            ),
          })),
      };
    },
    ATTRIBUTION,
  );
}

/** Problems with a map drawn on the real boundaries: shapes, names, focus, highlight, attribution. */
function boundaryMapProblems(m: MapFact, lang: Lang, highlight: string | null, ids: Set<string>, dataPath: string): string[] {
  const problems: string[] = [];
  const id = m.id;
  if (m.svgsShown !== 1) problems.push(`${id}: ${m.svgs} inline <svg> (${m.svgsShown} rendered), expected 1 rendered`);
  if (m.embedded > 0) problems.push(`${id}: ${m.embedded} <img>/<object>/<embed>/<iframe> in the figure`);
  /** The district a mark's name starts with: "Vĩnh Yên", "Vĩnh Yên: 119.128", "Vĩnh Yên — trụ sở: …". */
  const nameOf = (label: string) => label.split(/: | — /)[0]!;
  for (const x of districts) {
    const name = areaName(x, lang);
    const mine = m.marks.filter((k) => nameOf(k.label) === name);
    if (mine.length !== 1) {
      problems.push(
        `${id}: ${mine.length} marks named "${name}" (aria-label or <title> "${name}", "${name}: …" or "${name} — …"), expected 1`,
      );
      continue;
    }
    const k = mine[0]!;
    if (k.shapeTag !== "path") problems.push(`${id}: ${name} is drawn by <${k.shapeTag}>, not a <path>`);
    else if (k.vertices < 12) problems.push(`${id}: ${name}'s path has ${k.vertices} points: a box, not its boundary`);
    if (!k.focusable) problems.push(`${id}: ${name}'s mark <${k.tag}> cannot take focus without JavaScript`);
  }
  const others = m.marks.filter((k) => !districts.some((x) => nameOf(k.label) === areaName(x, lang)));
  for (const k of others) if (k.shapeTag === "path") problems.push(`${id}: a shape named "${k.label}", which is no district`);
  if (highlight === null) {
    if (m.highlighted.length > 0) problems.push(`${id}: highlighted ${JSON.stringify(m.highlighted)}, expected none on this page`);
  } else if (m.highlighted.length !== 1 || nameOf(m.highlighted[0]!) !== highlight)
    problems.push(`${id}: highlighted ${JSON.stringify(m.highlighted)}, expected ${highlight} alone`);
  if (m.strayHighlights > 0) problems.push(`${id}: ${m.strayHighlights} shapes in the highlight colour belong to no district`);
  // The licence asks for the attribution wherever the geometry is shown: under the map, linked to its source row.
  const want = `${dataPath}#source-geoboundaries`;
  const lines = m.attribution.filter((a) => a.hrefs.some((h) => new URL(h).pathname + new URL(h).hash === want));
  if (m.attribution.length === 0) problems.push(`${id}: no "${ATTRIBUTION}" line in the figure`);
  else if (lines.length === 0)
    problems.push(`${id}: the attribution "${m.attribution[0]!.text}" links to ${JSON.stringify(m.attribution[0]!.hrefs)}, not ${want}`);
  if (!ids.has("source-geoboundaries")) problems.push(`${dataPath} has no element with id "source-geoboundaries"`);
  const prefix = lang === "vi" ? "Ranh giới" : "Boundaries";
  if (lines.length > 0 && !lines[0]!.text.includes(prefix))
    problems.push(`${id}: the attribution "${lines[0]!.text}" does not say "${prefix}"`);
  return problems;
}

/** The figure ids of the map switch's panels, and which are on show. */
async function panels(page: Page): Promise<{ id: string; shown: boolean }[]> {
  return page.$$eval(".map-switch .map-panels > figure.chart", (figures) =>
    figures.map((f) => ({ id: f.id, shown: f.getBoundingClientRect().height > 0 })),
  );
}

const HIGHLIGHT = "var(--chart-highlight)";
/** The no-JS views: Vietnamese on a phone, English on a desktop. */
const noJsView = (lang: Lang): View => ({ js: false, width: lang === "vi" ? 390 : 1280 });

/**
 * The maps of the switch drawn straight from one indicator of data/observations.csv, and the
 * period each shows: the latest census for population, else the latest period with district
 * figures. A district with a figure then shows it (in its mark's label and the table); one
 * without is hatched and says "no data". (The other maps, population change and clubs, are
 * derived figures: they are held to the same hatch-or-figure rule, without the numbers.)
 */
const OBSERVED_MAPS = [
  { metric: "population", indicator: "population" },
  { metric: "commune-units", indicator: "commune_units" },
  { metric: "elderly", indicator: "elderly_60plus" },
  { metric: "allowance", indicator: "elderly_allowance_recipients" },
] as const;
const districtRows = (indicator: string) =>
  sortByPeriod(observations.filter((o) => o.indicator === indicator && o.group === "" && districts.some((x) => x.code === o.area)));
const mapPeriod = (metric: string, indicator: string) =>
  metric === "population" ? (latestCensus ?? null) : (districtRows(indicator).at(-1)?.period ?? null);

describe("district pages without JavaScript", () => {
  for (const { lang, dataPath } of langs) {
    const view = noJsView(lang);
    const noData = lang === "vi" ? "chưa có số liệu" : "no data";
    const unknown = lang === "vi" ? "chưa biết" : "unknown";
    for (const d of districts) {
      const path = districtPath(lang, d.slug);
      const name = areaName(d, lang);
      it(`${path} at ${view.width} px: maps (highlight, figures from data/, no-data hatch), figure list against data/, sources`, async () => {
        const opened = await pageFor(view, path);
        const { page } = opened;
        expect(opened.response?.status(), `${path} status`).toBe(200);
        const problems: string[] = [];

        // The switch: the population map first, and on show without a fragment; the others hidden.
        const before = await panels(page);
        const popId = "chart-map-population";
        if (before[0]?.id !== popId) problems.push(`first map panel is ${before[0]?.id}, expected ${popId}`);
        const shownBefore = before.filter((p) => p.shown).map((p) => p.id);
        if (shownBefore.length !== 1 || shownBefore[0] !== popId)
          problems.push(`maps on show without a fragment: ${shownBefore.join(", ") || "none"}; expected ${popId} alone`);
        for (const { metric } of OBSERVED_MAPS)
          if (!before.some((p) => p.id === `chart-map-${metric}`)) problems.push(`no map panel #chart-map-${metric}`);

        // Every map of the switch, brought up as its link does, and the locator: the real shapes,
        // this district's alone outlined, each district either a figure or hatched "no data".
        const ids = await idsOn(dataPath);
        for (const panel of [...before, { id: "chart-locator", shown: true }]) {
          const id = panel.id;
          const inSwitch = id !== "chart-locator";
          if (inSwitch) {
            // The switch's link names the map; going to its fragment is what following it does
            // (whether the link can be seen and clicked at each width is the map switch's own test).
            if ((await page.locator(`.map-switch nav.map-metrics a[href="#${id}"]`).count()) !== 1)
              problems.push(`no link a[href="#${id}"] in the map switch`);
            await page.evaluate((h) => {
              location.hash = h;
            }, id);
            const shown = (await panels(page)).filter((p) => p.shown).map((p) => p.id);
            if (shown.length !== 1 || shown[0] !== id) problems.push(`after following #${id}, maps on show: ${shown.join(", ") || "none"}`);
          }
          if ((await page.locator(`figure.chart#${id}`).count()) !== 1) {
            problems.push(`no map figure #${id}`);
            continue;
          }
          const m = await mapFacts(page, id);
          problems.push(...boundaryMapProblems(m, lang, name, ids, dataPath));
          if (!inSwitch) continue;

          // Hatched exactly when the label says there is no figure, with a pattern the page defines.
          for (const t of m.marks) {
            const said = t.label.slice(t.label.indexOf(": ") + 2);
            // "no data", "unknown", or a count nobody knows ("chưa biết tên câu lạc bộ nào" / "no club known by name").
            const missing = said === noData || said.startsWith(unknown) || (lang === "vi" ? /^chưa /.test(said) : /^no(ne)? /.test(said));
            const hatched = t.fill.startsWith("url(");
            if (missing && !hatched) problems.push(`${id}: "${t.label}" says there is no figure but is filled ${t.fill}, not hatched`);
            if (!missing && hatched) problems.push(`${id}: "${t.label}" has a figure but is hatched`);
            if (hatched && !t.patternFound)
              problems.push(`${id}: "${t.label}" is filled with ${t.fill}, which is no <pattern> of the page`);
          }
          if (m.tableRows.length !== districts.length)
            problems.push(`${id}: ${m.tableRows.length} table rows, expected ${districts.length}`);

          // The maps drawn from one indicator: each district's figure is its row of data/, or "no data".
          const observed = OBSERVED_MAPS.find((x) => `chart-map-${x.metric}` === id);
          if (!observed) continue;
          const when = mapPeriod(observed.metric, observed.indicator);
          for (const x of districts) {
            const xName = areaName(x, lang);
            const row = observations.find(
              (o) => o.area === x.code && o.indicator === observed.indicator && o.group === "" && o.period === when,
            );
            const want = row ? number(row.value, lang) : noData;
            const mark = m.marks.find((t) => t.label.startsWith(`${xName}: `));
            if (!mark) problems.push(`${id}: no mark labelled "${xName}: …"`);
            else if (mark.label !== `${xName}: ${want}` && !mark.label.startsWith(`${xName}: ${want} — `))
              problems.push(`${id}: "${mark.label}", data/ gives ${want} for ${xName} (${when ?? "no period"})`);
            const tableRow = m.tableRows.find((r) => r.includes(xName));
            if (!tableRow) problems.push(`${id}: no table row for ${xName}`);
            else if (tableRow.at(-1) !== want)
              problems.push(`${id}: table row ${JSON.stringify(tableRow)}, data/ gives ${want} (${when ?? "no period"})`);
          }
        }
        await page.evaluate(() => {
          location.hash = "";
        });

        // The figure list: exactly this district's rows of data/observations.csv, in any order.
        const items = await page.$$eval("ul.figure-list > li", (lis) =>
          lis.map((li) => ({
            indicator: (li.querySelector(".fl-indicator")?.textContent ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim(),
            figure: (li.querySelector(".fl-figure")?.textContent ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim(),
            sources: [...li.querySelectorAll<HTMLAnchorElement>("a[href]")].map((a) => a.href),
          })),
        );
        const own = observations.filter((o) => o.area === d.code);
        if (items.length !== own.length)
          problems.push(`figure list: ${items.length} items, data/observations.csv has ${own.length} rows for ${d.code}`);
        const left = [...items];
        for (const o of own) {
          const ind = indicators.get(o.indicator);
          const wantIndicator = `${lang === "vi" ? ind?.name_vi : ind?.name_en} (${period(o.period, lang)})`;
          const wantFigure = figureOf(o, ind?.unit, lang);
          const k = left.findIndex((i) => i.indicator === wantIndicator && i.figure === wantFigure);
          if (k < 0) {
            const near = items.filter((i) => i.indicator === wantIndicator).map((i) => `"${i.figure}"`);
            problems.push(
              `figure list: no item "${wantIndicator}" → "${wantFigure}" (${o.indicator} ${o.period} ${o.qualifier} ${o.value})${near.length ? `; shown: ${near.join(", ")}` : ""}`,
            );
            continue;
          }
          const [item] = left.splice(k, 1);
          if (item!.sources.length !== 1)
            problems.push(`figure list "${wantIndicator}": ${item!.sources.length} links, expected 1 (the source)`);
          for (const href of item!.sources)
            problems.push(...sourceLinkProblems(href, dataPath, ids, o.source).map((p) => `figure list "${wantIndicator}": ${p}`));
        }
        for (const i of left) problems.push(`figure list: item "${i.indicator}" → "${i.figure}" matches no row of data/observations.csv`);

        // Every other source link on the page (charts, clubs, history) resolves on the data page too.
        const sourceHrefs = await page.$$eval("main a[href*='#source-'], article a[href*='#source-']", (as) => [
          ...new Set(as.map((a) => (a as HTMLAnchorElement).href)),
        ]);
        for (const href of sourceHrefs) problems.push(...sourceLinkProblems(href, dataPath, ids));

        // The administrative history: one item per event in data/area-events.csv.
        const events = areaEvents.filter((e) => e.code === d.code);
        const history = await page.locator("ol.history > li").count();
        if (history !== events.length) problems.push(`history: ${history} items, data/area-events.csv has ${events.length} for ${d.code}`);

        // The neighbours: every district sharing a border, linked to its page, in areas.csv order.
        const listed = await page.$$eval("section[aria-labelledby='neighbours'] a[href]", (as) =>
          as.map((a) => ({ name: (a.textContent ?? "").trim(), href: (a as HTMLAnchorElement).href })),
        );
        const wantNeighbours = neighbours.get(d.code) ?? [];
        if (wantNeighbours.length === 0) problems.push(`data/geo/districts.topo.json: ${d.code} shares no arc with any district`);
        const gotNames = listed.map((l) => l.name);
        const wantNames = wantNeighbours.map((x) => areaName(x, lang));
        if (JSON.stringify(gotNames) !== JSON.stringify(wantNames))
          problems.push(`neighbours: ${JSON.stringify(gotNames)}, the shared borders give ${JSON.stringify(wantNames)}`);
        for (const l of listed) {
          const x = wantNeighbours.find((w) => areaName(w, lang) === l.name);
          if (x && l.href !== at(districtPath(lang, x.slug))) problems.push(`neighbours: ${l.name} links to ${l.href}, not its page`);
        }
        const lead = squash((await page.locator("section[aria-labelledby='neighbours'] p").first().textContent()) ?? "");
        const leadWant = lang === "vi" ? "giáp ranh" : "Neighbouring";
        if (!lead.includes(leadWant)) problems.push(`neighbours: "${lead}" does not say "${leadWant}"`);

        expectNone([...problems, ...opened.all()], `${path} without JavaScript`);
      });
    }
  }
});

describe("the home page's maps without JavaScript", () => {
  for (const { lang, prefix, dataPath } of langs) {
    const view = noJsView(lang);
    it(`${prefix} at ${view.width} px: every map is the ${districts.length} real shapes, named, focusable, none highlighted, attributed`, async () => {
      const opened = await pageFor(view, prefix);
      const { page } = opened;
      expect(opened.response?.status(), `${prefix} status`).toBe(200);
      const problems: string[] = [];
      const ids = await idsOn(dataPath);
      const all = await panels(page);
      if (all.length === 0) problems.push("no map switch on the home page");
      const maps = [...all.map((p) => p.id), "chart-locator"];
      for (const id of maps) {
        if (id !== "chart-locator")
          await page.evaluate((h) => {
            location.hash = h;
          }, id);
        if ((await page.locator(`figure.chart#${id}`).count()) !== 1) {
          problems.push(`no map figure #${id}`);
          continue;
        }
        problems.push(...boundaryMapProblems(await mapFacts(page, id), lang, null, ids, dataPath));
      }
      expectNone([...problems, ...opened.all()], `${prefix} maps without JavaScript`);
    });
  }
});

describe("the map switch", () => {
  // Plain links and CSS :target: at every width the links are on show, and each brings up its map alone.
  const cases = [
    { lang: "vi" as Lang, slug: firstDistrict.slug, width: 390 },
    { lang: "vi" as Lang, slug: firstDistrict.slug, width: 1280 },
    { lang: "en" as Lang, slug: lastDistrict.slug, width: 390 },
    { lang: "en" as Lang, slug: lastDistrict.slug, width: 1280 },
  ];
  for (const { lang, slug, width } of cases) {
    const path = districtPath(lang, slug);
    it(`${path} at ${width} px without JavaScript: the metric links are visible and each shows its map alone`, async () => {
      const context = await contextFor({ js: false, width });
      const opened = await openPage(context, at(path));
      const { page } = opened;
      try {
        const problems: string[] = [];
        const all = await panels(page);
        const links = await page.$$eval(".map-switch nav.map-metrics a[href]", (as) =>
          as.map((a) => {
            const r = a.getBoundingClientRect();
            let e: Element | null = a;
            let hiddenBy = "";
            for (; e && !hiddenBy; e = e.parentElement)
              if (getComputedStyle(e).display === "none")
                hiddenBy = e.localName + (e.className ? `.${String(e.className).split(" ").join(".")}` : "");
            return {
              href: a.getAttribute("href") ?? "",
              text: (a.textContent ?? "").trim(),
              visible: r.width > 0 && r.height > 0,
              hiddenBy,
            };
          }),
        );
        expect(
          links.map((l) => l.href),
          "one link per map panel, in order",
        ).toEqual(all.map((p) => `#${p.id}`));
        for (const l of links) {
          if (!l.visible) {
            problems.push(
              `link "${l.text}" (${l.href}) is not visible at ${width} px${l.hiddenBy ? ` (display:none on ${l.hiddenBy})` : ""}`,
            );
            continue;
          }
          await page.locator(`.map-switch nav.map-metrics a[href="${l.href}"]`).click();
          await page.waitForFunction((h) => location.hash === h, l.href);
          const shown = (await panels(page)).filter((p) => p.shown).map((p) => `#${p.id}`);
          if (shown.length !== 1 || shown[0] !== l.href)
            problems.push(`after "${l.text}": maps on show ${shown.join(", ") || "none"}, expected ${l.href} alone`);
        }
        // Without a choice, one map is on show: the first.
        await page.evaluate(() => {
          location.hash = "";
        });
        const idle = (await panels(page)).filter((p) => p.shown).map((p) => p.id);
        if (idle.length !== 1 || idle[0] !== all[0]?.id)
          problems.push(`with no fragment, maps on show: ${idle.join(", ") || "none"}; expected ${all[0]?.id} alone`);
        expectNone([...problems, ...opened.all()], `${path} at ${width} px: map switch`);
      } finally {
        await page.close();
      }
    });
  }
});

describe("comparison charts highlight the page's district", () => {
  for (const { lang } of langs) {
    const view = noJsView(lang);
    for (const d of districts) {
      const path = districtPath(lang, d.slug);
      const name = areaName(d, lang);
      it(`${path}: district-population and district-communes light up ${name} only`, async () => {
        const { page } = await pageFor(view, path);
        const problems: string[] = [];
        for (const chart of ["district-population", "district-communes"]) {
          const drawings = await page.$$eval(
            `figure.chart#chart-${chart} .chart-svg > svg`,
            (svgs, hl) =>
              svgs.map((svg) => ({
                kind: (svg.parentElement as HTMLElement).className,
                shown: svg.getBoundingClientRect().width > 0,
                lit: [...svg.querySelectorAll(`[fill="${hl}"]`)].map((e) => `${e.localName} ${e.getAttribute("aria-label") ?? ""}`),
              })),
            HIGHLIGHT,
          );
          if (drawings.length === 0) problems.push(`#chart-${chart}: no drawing`);
          if (!drawings.some((x) => x.shown)) problems.push(`#chart-${chart}: no drawing on show at ${view.width} px`);
          for (const dr of drawings) {
            const where = `#chart-${chart} (${dr.kind})`;
            if (dr.lit.length === 0) problems.push(`${where}: nothing filled ${HIGHLIGHT}`);
            for (const l of dr.lit)
              if (!l.startsWith(`rect ${name}, `) && !l.startsWith(`rect ${name}: `))
                problems.push(`${where}: "${l}" is filled ${HIGHLIGHT} but is not ${name}'s bar`);
            if (chart === "district-population") {
              // The latest census's bar (the chart compares the last two censuses in data/).
              const year = latestCensus?.slice(0, 4) ?? "(no census in data/)";
              const bar2019 = dr.lit.filter((l) => l.startsWith(`rect ${name}, ${year}: `));
              if (bar2019.length !== 1)
                problems.push(
                  `${where}: ${bar2019.length} highlighted ${year} bars for ${name}, expected 1 (highlighted: ${dr.lit.join(" | ")})`,
                );
            }
          }
        }
        expectNone(problems, `${path}: comparison charts`);
      });
    }
  }
});

describe("prev/next links", () => {
  for (const { lang } of langs) {
    const start = firstDistrict.slug;
    it(`${districtPath(lang, start)}: rel=next once per district goes round them all and back; rel=prev undoes each step`, async () => {
      const context = await contextFor({ js: false, width: 1280 });
      const page = await context.newPage();
      try {
        await page.goto(at(districtPath(lang, start)));
        const slugOf = (url: string) => {
          const m = new RegExp(`^${langInfo(lang).prefix}districts/([^/]+)/$`).exec(new URL(url).pathname);
          return m?.[1] ?? `(not a ${lang} district page: ${new URL(url).pathname})`;
        };
        const visited = [slugOf(page.url())];
        const problems: string[] = [];
        for (let step = 0; step < districts.length; step++) {
          const here = slugOf(page.url());
          const next = page.locator("nav.prev-next a[rel=next]");
          const prev = page.locator("nav.prev-next a[rel=prev]");
          expect(await next.count(), `${here}: a[rel=next]`).toBe(1);
          expect(await prev.count(), `${here}: a[rel=prev]`).toBe(1);
          const prevSlug = slugOf(new URL((await prev.getAttribute("href")) ?? "", page.url()).href);
          if (step > 0 && prevSlug !== visited.at(-2))
            problems.push(`${here}: rel=prev leads to ${prevSlug}, but we came from ${visited.at(-2)}`);
          const nextSlug = slugOf(new URL((await next.getAttribute("href")) ?? "", page.url()).href);
          const nextArea = districts.find((x) => x.slug === nextSlug);
          const text = squash((await next.textContent()) ?? "");
          if (nextArea && !text.includes(areaName(nextArea, lang)))
            problems.push(`${here}: rel=next text "${text}" does not name ${areaName(nextArea, lang)}`);
          const nextHref = new URL((await next.getAttribute("href")) ?? "", page.url()).href;
          const [response] = await Promise.all([
            page.waitForResponse((r) => r.url() === nextHref && r.request().isNavigationRequest()),
            next.click(),
          ]);
          await page.waitForURL(nextHref, { waitUntil: "load" });
          expect(response?.status(), `${nextSlug} status`).toBe(200);
          expect(await page.getAttribute("html", "lang"), `${nextSlug} <html lang>`).toBe(lang);
          visited.push(slugOf(page.url()));
        }
        // The first page's prev is the last one visited before coming back.
        const prevOfStart = slugOf(new URL((await page.locator("nav.prev-next a[rel=prev]").getAttribute("href")) ?? "", page.url()).href);
        if (prevOfStart !== visited.at(-2)) problems.push(`${start}: rel=prev leads to ${prevOfStart}, but we came from ${visited.at(-2)}`);
        expect(visited.at(-1), `after ${districts.length} steps (${visited.join(" → ")})`).toBe(start);
        expect(new Set(visited.slice(0, -1)), `the cycle ${visited.join(" → ")}`).toEqual(new Set(districts.map((x) => x.slug)));
        expectNone(problems, `${lang} prev/next`);
      } finally {
        await page.close();
      }
    });
  }
});

describe("the map with the keyboard (JavaScript on)", () => {
  const walks = [
    { lang: "vi" as Lang, slug: firstDistrict.slug },
    { lang: "en" as Lang, slug: lastDistrict.slug },
  ];
  for (const { lang, slug } of walks) {
    const path = districtPath(lang, slug);
    it(`${path}: Tab reaches the map; one Tab per district visits them north to south, then west to east, each with its tooltip`, async () => {
      const context = await contextFor({ js: true, width: 1280 });
      const opened = await openPage(context, at(path));
      const { page } = opened;
      try {
        await page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          window.scrollTo(0, 0);
        });
        const active = () =>
          page.evaluate(() => {
            const e = document.activeElement;
            const tips = [...document.querySelectorAll<HTMLElement>(".chart-tooltip")];
            const tip = tips[0];
            const r = tip?.getBoundingClientRect();
            return {
              // Enhanced by the script, or named and focusable in the drawing by itself.
              isMark:
                (e?.classList.contains("chart-mark") ||
                  (e?.closest("figure.chart svg") != null &&
                    (e.hasAttribute("aria-label") || e.querySelector(":scope > title") !== null))) ??
                false,
              inPanels: e?.closest(".map-panels") !== null && e !== null,
              figure: e?.closest("figure.chart")?.id ?? null,
              label: e?.getAttribute("aria-label") ?? e?.querySelector(":scope > title")?.textContent?.trim() ?? null,
              tag: e?.localName ?? "",
              tips: tips.length,
              tipVisible:
                tip !== undefined &&
                !tip.hidden &&
                getComputedStyle(tip).display !== "none" &&
                r !== undefined &&
                r.width > 0 &&
                r.height > 0,
              tipText: tip?.textContent ?? "",
            };
          });

        let now = await active();
        for (let i = 0; i < 300 && !(now.isMark && now.inPanels); i++) {
          if (now.isMark) throw new Error(`Tab reached a chart mark outside the map switch first: ${now.figure} "${now.label}"`);
          await page.keyboard.press("Tab");
          now = await active();
        }
        expect(now.isMark && now.inPanels, "a map district got focus within 300 presses of Tab").toBe(true);
        expect(now.figure, "the first map reached").toBe("chart-map-population");

        const problems: string[] = [];
        const seen: string[] = [];
        for (let k = 0; k < readingOrder.length; k++) {
          if (k > 0) {
            await page.keyboard.press("Tab");
            now = await active();
          }
          const want = areaName(readingOrder[k]!, lang);
          seen.push(now.label ?? `<${now.tag}>`);
          if (!now.isMark || now.figure !== "chart-map-population") {
            problems.push(`stop ${k + 1}: focus on <${now.tag}> "${now.label ?? ""}" in ${now.figure}, expected ${want}'s shape`);
            continue;
          }
          if (!(now.label ?? "").startsWith(`${want}: `))
            problems.push(`stop ${k + 1}: "${now.label}", expected ${want} (north to south, then west to east, by centroid)`);
          if (now.tips !== 1) problems.push(`stop ${k + 1}: ${now.tips} .chart-tooltip elements, expected 1`);
          if (!now.tipVisible) problems.push(`stop ${k + 1} (${now.label}): the tooltip is not visible`);
          if (squash(now.tipText) !== squash(now.label ?? ""))
            problems.push(`stop ${k + 1}: tooltip "${squash(now.tipText)}", aria-label "${now.label}"`);
        }
        // One more Tab leaves the map's marks: each district is one stop, and nothing else in the drawing is.
        await page.keyboard.press("Tab");
        now = await active();
        if (now.isMark && now.figure === "chart-map-population")
          problems.push(`one Tab more than there are districts stays in the map, on "${now.label}"`);

        console.log(`${path}: Tab order on the map: ${seen.join(" | ")}`);
        expectNone([...problems, ...opened.all()], `${path}: keyboard walk through the map`);
      } finally {
        await page.close();
      }
    });
  }
});
