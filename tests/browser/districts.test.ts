import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openPage } from "./chromium.ts";
import { browserSession, type View } from "./session.ts";
import { areaName, figure as figureOf, number, periodText, readData, sortByPeriod, squash, type Lang } from "./oracle.ts";
import { expectNone } from "./site.ts";

/*
 * Every district page (/districts/<slug>/ and /en/districts/<slug>/, one per district of the
 * province in data/areas.csv), in Chromium:
 *   - each loads (200, no console errors or failed requests), with the district's name as h1 and
 *     the right <html lang>;
 *   - without JavaScript: each map of the switch is an inline SVG with the page's district, and
 *     only it, outlined; a map drawn from one indicator shows each district's row of data/ at its
 *     period, and hatches as "no data" the districts without one; the figure list
 *     holds exactly the district's rows of data/observations.csv, formatted per language, each with
 *     a source that resolves on the data page;
 *   - the comparison charts highlight the page's district;
 *   - prev/next links go round all the districts;
 *   - with JavaScript, Tab walks the map's tiles in the reading order of data/geo/tile-layout.csv,
 *     the tooltip saying what each tile's label says;
 * (axe-core runs on every page, light and dark, narrow and wide, in accessibility.test.ts.)
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

const { observations, indicators, tiles, areaEvents, districts, byCode, censuses } = readData(projectRoot);
const period = periodText;
/** The latest census day in data/, which the population map and the comparison chart show. */
const latestCensus = censuses.at(-1);

/** The tiles in reading order: by row, then by column. */
const readingOrder = [...tiles]
  .sort((a, b) => Number(a.row) - Number(b.row) || Number(a.col) - Number(b.col))
  .map((t) => {
    const area = byCode.get(t.code);
    if (!area) throw new Error(`data/geo/tile-layout.csv: code ${t.code} is not in data/areas.csv`);
    return area;
  });

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
  it("data/ has districts, each with its own slug and one tile in data/geo/tile-layout.csv", () => {
    expect(districts.length, "districts of the province in data/areas.csv").toBeGreaterThan(0);
    expect(new Set(districts.map((d) => d.slug)).size, "district slugs are unique").toBe(districts.length);
    expect(readingOrder.map((a) => a.code).sort(), "data/geo/tile-layout.csv has one tile per district, and no other").toEqual(
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

interface TileFact {
  label: string;
  fill: string;
  stroke: string;
  strokeWidth: string;
}
interface MapFact {
  id: string;
  shown: boolean;
  /** Top-level <svg> elements in the figure, and how many are rendered. */
  svgs: number;
  svgsShown: number;
  /** <img>, <object>, <embed> or <iframe> standing in for a drawing. */
  embedded: number;
  tiles: TileFact[];
  patternIds: string[];
  tableRows: string[][];
}

/** The map figure `id`: whether it is on show, its drawing's tiles (path marks with a label) and its table. */
async function mapFacts(page: Page, id: string): Promise<MapFact> {
  return page.$eval(`figure.chart#${id}`, (figure) => {
    const svgs = [...figure.querySelectorAll<SVGSVGElement>("svg")].filter((s) => s.parentElement?.closest("svg") === null);
    const shown = svgs.filter((s) => s.getBoundingClientRect().width > 0);
    const svg = shown[0] ?? svgs[0];
    return {
      id: figure.id,
      shown: figure.getBoundingClientRect().height > 0,
      svgs: svgs.length,
      svgsShown: shown.length,
      embedded: figure.querySelectorAll("img, object, embed, iframe").length,
      tiles: [...(svg?.querySelectorAll("path[aria-label]") ?? [])].map((p) => ({
        label: p.getAttribute("aria-label") ?? "",
        fill: p.getAttribute("fill") ?? "",
        stroke: p.getAttribute("stroke") ?? "",
        strokeWidth: p.getAttribute("stroke-width") ?? "",
      })),
      patternIds: [...(svg?.querySelectorAll("pattern[id]") ?? [])].map((p) => p.id),
      tableRows: [...figure.querySelectorAll("table tbody tr")].map((row) =>
        [...row.children].map((cell) => (cell.textContent ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim()),
      ),
    };
  });
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
 * figures. A district with a figure then shows it (in its tile's label and the table); one
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

        // Every map of the switch, brought up as its link does: an inline SVG with one tile per
        // district, this district's alone outlined, each tile either a figure or hatched "no data".
        for (const panel of before) {
          const id = panel.id;
          // The switch's link names the map; going to its fragment is what following it does
          // (whether the link can be seen and clicked at each width is the map switch's own test).
          if ((await page.locator(`.map-switch nav.map-metrics a[href="#${id}"]`).count()) !== 1)
            problems.push(`no link a[href="#${id}"] in the map switch`);
          await page.evaluate((h) => {
            location.hash = h;
          }, id);
          const shown = (await panels(page)).filter((p) => p.shown).map((p) => p.id);
          if (shown.length !== 1 || shown[0] !== id) problems.push(`after following #${id}, maps on show: ${shown.join(", ") || "none"}`);
          const m = await mapFacts(page, id);
          if (m.svgs !== 1 || m.svgsShown !== 1)
            problems.push(`${id}: ${m.svgs} inline <svg> (${m.svgsShown} rendered), expected 1 rendered`);
          if (m.embedded > 0) problems.push(`${id}: ${m.embedded} <img>/<object>/<embed>/<iframe> in the figure`);
          if (m.tiles.length !== districts.length) problems.push(`${id}: ${m.tiles.length} labelled tiles, expected ${districts.length}`);
          const tiled = new Set(m.tiles.map((t) => t.label.split(": ")[0]));
          for (const x of districts) if (!tiled.has(areaName(x, lang))) problems.push(`${id}: no tile for ${areaName(x, lang)}`);

          const lit = m.tiles.filter((t) => t.stroke === HIGHLIGHT);
          if (lit.length !== 1 || !lit[0]!.label.startsWith(`${name}: `))
            problems.push(`${id}: tiles stroked ${HIGHLIGHT}: ${JSON.stringify(lit.map((t) => t.label))}, expected ${name}'s alone`);
          else if (lit[0]!.strokeWidth !== "4")
            problems.push(`${id}: the highlighted tile's stroke-width is ${lit[0]!.strokeWidth}, expected 4`);

          // Hatched exactly when the label says there is no figure; the pattern is the drawing's own.
          const fill = /^url\(#([\w-]+-no-data)\)$/;
          for (const t of m.tiles) {
            const said = t.label.slice(t.label.indexOf(": ") + 2);
            const missing = said === noData || said === unknown;
            const f = fill.exec(t.fill);
            if (missing && !f) problems.push(`${id}: tile "${t.label}" says there is no figure but has fill "${t.fill}", not the hatch`);
            if (!missing && f) problems.push(`${id}: tile "${t.label}" has a figure but is hatched`);
            if (f && (!f[1]!.startsWith(`${id}-`) || !m.patternIds.includes(f[1]!)))
              problems.push(`${id}: tile "${t.label}" is filled with #${f[1]}, which is not this drawing's <pattern>`);
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
            const tile = m.tiles.find((t) => t.label.startsWith(`${xName}: `));
            if (tile && tile.label !== `${xName}: ${want}` && !tile.label.startsWith(`${xName}: ${want} — `))
              problems.push(`${id}: tile "${tile.label}", data/ gives ${want} for ${xName} (${when ?? "no period"})`);
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
        const ids = await idsOn(dataPath);
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

        expectNone([...problems, ...opened.all()], `${path} without JavaScript`);
      });
    }
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
    it(`${path}: Tab reaches the map; one Tab per tile visits them in tile-layout reading order, each with its tooltip`, async () => {
      const context = await contextFor({ js: true, width: 1280 });
      const opened = await openPage(context, at(path));
      const { page } = opened;
      try {
        expect(await page.locator(".map-panels .chart-mark").count(), "the map's tiles are enhanced (.chart-mark)").toBeGreaterThan(0);
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
              isMark: e?.classList.contains("chart-mark") ?? false,
              inPanels: e?.closest(".map-panels") !== null && e !== null,
              figure: e?.closest("figure.chart")?.id ?? null,
              label: e?.getAttribute("aria-label") ?? null,
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
        expect(now.isMark && now.inPanels, "a map tile got focus within 300 presses of Tab").toBe(true);
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
            problems.push(`stop ${k + 1}: focus on <${now.tag}> "${now.label ?? ""}" in ${now.figure}, expected ${want}'s tile`);
            continue;
          }
          if (!(now.label ?? "").startsWith(`${want}: `))
            problems.push(`stop ${k + 1}: "${now.label}", expected ${want} (reading order of data/geo/tile-layout.csv)`);
          if (now.tips !== 1) problems.push(`stop ${k + 1}: ${now.tips} .chart-tooltip elements, expected 1`);
          if (!now.tipVisible) problems.push(`stop ${k + 1} (${now.label}): the tooltip is not visible`);
          if (squash(now.tipText) !== squash(now.label ?? ""))
            problems.push(`stop ${k + 1}: tooltip "${squash(now.tipText)}", aria-label "${now.label}"`);
        }
        // One more Tab leaves the map's marks: each tile is one stop, and nothing else in the drawing is.
        await page.keyboard.press("Tab");
        now = await active();
        if (now.isMark && now.figure === "chart-map-population")
          problems.push(`one Tab more than there are tiles stays in the map, on "${now.label}"`);

        console.log(`${path}: Tab order on the map: ${seen.join(" | ")}`);
        expectNone([...problems, ...opened.all()], `${path}: keyboard walk through the map`);
      } finally {
        await page.close();
      }
    });
  }
});
