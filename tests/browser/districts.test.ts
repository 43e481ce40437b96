import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openPage } from "./chromium.ts";
import { describeViolations, runAxe } from "./axe.ts";
import { browserSession, type View } from "./session.ts";
import { expectNone, readDataCsv } from "./site.ts";

/*
 * The nine district pages (/districts/<slug>/ and /en/districts/<slug>/), in Chromium:
 *   - each loads (200, no console errors or failed requests), with the district's name as h1 and
 *     the right <html lang>;
 *   - without JavaScript: the population map is an inline SVG with the page's district, and only
 *     it, outlined; the switch's "elderly" map hatches all nine tiles as "no data"; the figure list
 *     holds exactly the district's rows of data/observations.csv, formatted per language, each with
 *     a source that resolves on the data page;
 *   - the comparison charts highlight the page's district;
 *   - prev/next links go round all nine districts;
 *   - with JavaScript, Tab walks the map's tiles in the reading order of data/geo/tile-layout.csv,
 *     the tooltip saying what each tile's label says;
 *   - axe-core finds nothing on three of the pages, vi and en, light and dark, narrow and wide.
 * One browser for the file; one page per (JavaScript, width, colour scheme, path), reused.
 */

const baseUrl = inject("baseUrl");
const projectRoot = inject("projectRoot");
const origin = new URL(baseUrl).origin;
const at = (path: string) => new URL(path.replace(/^\//, ""), baseUrl).href;

type Lang = "vi" | "en";
const langs = [
  { lang: "vi", prefix: "/", dataPath: "/data/" },
  { lang: "en", prefix: "/en/", dataPath: "/en/data/" },
] as const;
const langInfo = (lang: Lang) => langs.find((l) => l.lang === lang)!;
const districtPath = (lang: Lang, slug: string) => `${langInfo(lang).prefix}districts/${slug}/`;

/** Whitespace (including no-break and narrow no-break spaces) collapsed to one space. */
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ").trim();

// ---------------------------------------------------------------------------------------------
// data/

interface Area {
  code: string;
  level: string;
  parent: string;
  slug: string;
  name_vi: string;
  name_en: string;
}
interface Observation {
  area: string;
  indicator: string;
  period: string;
  group: string;
  value: string;
  qualifier: string;
  source: string;
}
interface Indicator {
  id: string;
  unit: string;
  name_vi: string;
  name_en: string;
}
interface Tile {
  code: string;
  row: string;
  col: string;
}
interface AreaEvent {
  code: string;
  date: string;
  source: string;
}

const readCsv = <T>(file: string): T[] => readDataCsv<T>(projectRoot, file);
const areas = readCsv<Area>("areas.csv");
const observations = readCsv<Observation>("observations.csv");
const indicators = new Map(readCsv<Indicator>("indicators.csv").map((i) => [i.id, i]));
const tiles = readCsv<Tile>("geo/tile-layout.csv");
const areaEvents = readCsv<AreaEvent>("area-events.csv");

const districts = areas.filter((a) => a.level === "district");
const areaName = (a: Area, lang: Lang) => (lang === "vi" ? a.name_vi : a.name_en);
const byCode = new Map(areas.map((a) => [a.code, a]));

/** The tiles in reading order: by row, then by column. */
const readingOrder = [...tiles]
  .sort((a, b) => Number(a.row) - Number(b.row) || Number(a.col) - Number(b.col))
  .map((t) => {
    const area = byCode.get(t.code);
    if (!area) throw new Error(`data/geo/tile-layout.csv: code ${t.code} is not in data/areas.csv`);
    return area;
  });

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `2022` → `2022`; `2019-04-01` → `1/4/2019` (vi) or `1 April 2019` (en); `2021/2025` → `2021–2025`. */
function period(text: string, lang: Lang): string {
  return text
    .split("/")
    .map((part) => {
      if (/^\d{4}$/.test(part)) return part;
      const [y, m, d] = part.split("-").map(Number) as [number, number, number];
      return lang === "vi" ? `${d}/${m}/${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
    })
    .join("–");
}

/** "205345" → "205.345" (vi) or "205,345" (en); "50.8" → "50,8" or "50.8": every decimal the data has, no rounding. */
function number(raw: string, lang: Lang): string {
  const text = String(Number(raw));
  const negative = text.startsWith("-");
  const [int = "", frac = ""] = text.replace(/^-/, "").split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  return `${negative ? "-" : ""}${grouped}${frac === "" ? "" : `${lang === "vi" ? "," : "."}${frac}`}`;
}

const QUALIFIERS: Record<string, Record<Lang, string>> = {
  exact: { vi: "", en: "" },
  "": { vi: "", en: "" },
  over: { vi: "hơn", en: "over" },
  nearly: { vi: "gần", en: "nearly" },
  about: { vi: "khoảng", en: "about" },
  at_least: { vi: "ít nhất", en: "at least" },
};

/** A figure as the figure list shows it: qualifier first and capitalised, then the number with its unit. */
function figure(o: Observation, lang: Lang): string {
  const unit = indicators.get(o.indicator)?.unit;
  const n = number(o.value, lang);
  const quantity =
    unit === "percent"
      ? `${n}%`
      : unit === "vnd_per_month"
        ? lang === "vi"
          ? `${n} đồng/tháng`
          : `VND ${n} a month`
        : unit === "km2"
          ? `${n} km²`
          : n;
  const qualifier = QUALIFIERS[o.qualifier];
  if (!qualifier) throw new Error(`data/observations.csv: unknown qualifier "${o.qualifier}"`);
  const text = qualifier[lang] === "" ? quantity : `${qualifier[lang]} ${quantity}`;
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

// The words the qualifiers must become at the start of a figure (the brief's spelling).
{
  const o = (qualifier: string): Observation => ({
    area: "",
    indicator: "population",
    period: "",
    group: "",
    value: "205345",
    qualifier,
    source: "",
  });
  const pairs: [string, Lang, string][] = [
    ["exact", "vi", "205.345"],
    ["exact", "en", "205,345"],
    ["over", "vi", "Hơn 205.345"],
    ["over", "en", "Over 205,345"],
    ["nearly", "vi", "Gần 205.345"],
    ["nearly", "en", "Nearly 205,345"],
    ["about", "vi", "Khoảng 205.345"],
    ["about", "en", "About 205,345"],
    ["at_least", "vi", "Ít nhất 205.345"],
    ["at_least", "en", "At least 205,345"],
  ];
  for (const [q, lang, want] of pairs)
    if (figure(o(q), lang) !== want) throw new Error(`test formatter: ${q} ${lang} gives "${figure(o(q), lang)}", not "${want}"`);
}

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
  it("data/areas.csv has the nine districts the brief names", () => {
    expect(districts.map((d) => d.slug).sort()).toEqual(
      ["vinh-yen", "phuc-yen", "lap-thach", "tam-duong", "tam-dao", "binh-xuyen", "yen-lac", "vinh-tuong", "song-lo"].sort(),
    );
    expect(readingOrder.map((a) => a.code).sort(), "data/geo/tile-layout.csv covers the nine districts").toEqual(
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

/** Metrics that have no district figures in data/: their maps must be all hatch. */
const NO_DATA_METRICS = [
  { metric: "elderly", indicator: "elderly_60plus" },
  { metric: "allowance", indicator: "elderly_allowance_recipients" },
] as const;

describe("district pages without JavaScript", () => {
  for (const { lang, dataPath } of langs) {
    const view = noJsView(lang);
    const noData = lang === "vi" ? "chưa có số liệu" : "no data";
    for (const d of districts) {
      const path = districtPath(lang, d.slug);
      const name = areaName(d, lang);
      it(`${path} at ${view.width} px: maps (highlight, no-data hatch), figure list against data/, sources`, async () => {
        const opened = await pageFor(view, path);
        const { page } = opened;
        expect(opened.response?.status(), `${path} status`).toBe(200);
        const problems: string[] = [];

        // The switch: the population map first, and on show without a fragment; the others hidden.
        const before = await panels(page);
        const popId = `chart-map-population-${d.code}`;
        if (before[0]?.id !== popId) problems.push(`first map panel is ${before[0]?.id}, expected ${popId}`);
        const shownBefore = before.filter((p) => p.shown).map((p) => p.id);
        if (shownBefore.length !== 1 || shownBefore[0] !== popId)
          problems.push(`maps on show without a fragment: ${shownBefore.join(", ") || "none"}; expected ${popId} alone`);

        // The population map: an inline SVG whose one highlighted tile is this district.
        const pop = await mapFacts(page, popId);
        if (pop.svgs !== 1 || pop.svgsShown !== 1)
          problems.push(`${popId}: ${pop.svgs} inline <svg> (${pop.svgsShown} rendered), expected 1 rendered`);
        if (pop.embedded > 0) problems.push(`${popId}: ${pop.embedded} <img>/<object>/<embed>/<iframe> in the figure`);
        if (pop.tiles.length !== districts.length)
          problems.push(`${popId}: ${pop.tiles.length} labelled tiles, expected ${districts.length}`);
        const lit = pop.tiles.filter((t) => t.stroke === HIGHLIGHT);
        if (lit.length !== 1)
          problems.push(`${popId}: ${lit.length} tiles stroked ${HIGHLIGHT} (${lit.map((t) => t.label).join(" | ")}), expected exactly 1`);
        else {
          if (!lit[0]!.label.startsWith(`${name}: `)) problems.push(`${popId}: the highlighted tile is "${lit[0]!.label}", not ${name}`);
          if (lit[0]!.strokeWidth !== "4")
            problems.push(`${popId}: the highlighted tile's stroke-width is ${lit[0]!.strokeWidth}, expected 4`);
        }
        const pop2019 = observations.find(
          (o) => o.area === d.code && o.indicator === "population" && o.period === "2019-04-01" && o.group === "",
        );
        if (pop2019 && lit[0] && !lit[0].label.startsWith(`${name}: ${number(pop2019.value, lang)} — `))
          problems.push(`${popId}: highlighted tile "${lit[0].label}", data/ gives ${number(pop2019.value, lang)} for 2019`);

        // The metrics without district figures: every tile hatched, every table row "no data".
        for (const { metric, indicator } of NO_DATA_METRICS) {
          const rows = observations.filter((o) => o.indicator === indicator && districts.some((x) => x.code === o.area));
          expect(rows, `data/observations.csv has no district rows for ${indicator} (the test's premise)`).toHaveLength(0);
          const id = `chart-map-${metric}-${d.code}`;
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
          if (m.svgsShown !== 1) problems.push(`${id}: ${m.svgsShown} drawings rendered, expected 1`);
          if (m.tiles.length !== districts.length) problems.push(`${id}: ${m.tiles.length} labelled tiles, expected ${districts.length}`);
          const fill = /^url\(#(chart-map-[\w-]+-\d+-no-data)\)$/;
          for (const t of m.tiles) {
            const f = fill.exec(t.fill);
            if (!f || !f[1]!.startsWith(`${id}-`))
              problems.push(`${id}: tile "${t.label}" has fill "${t.fill}", expected url(#${id}-<width>-no-data)`);
            else if (!m.patternIds.includes(f[1]!))
              problems.push(`${id}: tile "${t.label}" is filled with #${f[1]}, which is no <pattern> in the drawing`);
            if (!districts.some((x) => t.label === `${areaName(x, lang)}: ${noData}`))
              problems.push(`${id}: tile label "${t.label}", expected "<district>: ${noData}"`);
          }
          const tiled = new Set(m.tiles.map((t) => t.label.split(":")[0]));
          if (tiled.size !== districts.length) problems.push(`${id}: tiles for ${tiled.size} distinct districts`);
          const litHere = m.tiles.filter((t) => t.stroke === HIGHLIGHT).map((t) => t.label);
          if (litHere.length !== 1 || litHere[0] !== `${name}: ${noData}`)
            problems.push(`${id}: highlighted tiles ${JSON.stringify(litHere)}, expected ["${name}: ${noData}"]`);
          if (m.tableRows.length !== districts.length)
            problems.push(`${id}: ${m.tableRows.length} table rows, expected ${districts.length}`);
          for (const row of m.tableRows)
            if (row.at(-1) !== noData) problems.push(`${id}: table row ${JSON.stringify(row)} does not say "${noData}"`);
          const tabled = new Set(m.tableRows.map((r) => r[1]));
          for (const x of districts) if (!tabled.has(areaName(x, lang))) problems.push(`${id}: table has no row for ${areaName(x, lang)}`);
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
          const wantFigure = figure(o, lang);
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
    { lang: "vi" as Lang, slug: "tam-dao", width: 390 },
    { lang: "vi" as Lang, slug: "tam-dao", width: 1280 },
    { lang: "en" as Lang, slug: "lap-thach", width: 390 },
    { lang: "en" as Lang, slug: "lap-thach", width: 1280 },
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
              const bar2019 = dr.lit.filter((l) => l.startsWith(`rect ${name}, 2019: `));
              if (bar2019.length !== 1)
                problems.push(
                  `${where}: ${bar2019.length} highlighted 2019 bars for ${name}, expected 1 (highlighted: ${dr.lit.join(" | ")})`,
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
    it(`${districtPath(lang, "vinh-yen")}: rel=next nine times goes round all nine districts and back; rel=prev undoes each step`, async () => {
      const context = await contextFor({ js: false, width: 1280 });
      const page = await context.newPage();
      try {
        await page.goto(at(districtPath(lang, "vinh-yen")));
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
        // vinh-yen's prev is the last one visited before coming back.
        const prevOfStart = slugOf(new URL((await page.locator("nav.prev-next a[rel=prev]").getAttribute("href")) ?? "", page.url()).href);
        if (prevOfStart !== visited.at(-2)) problems.push(`vinh-yen: rel=prev leads to ${prevOfStart}, but we came from ${visited.at(-2)}`);
        expect(visited.at(-1), `after ${districts.length} steps (${visited.join(" → ")})`).toBe("vinh-yen");
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
    { lang: "vi" as Lang, slug: "vinh-yen" },
    { lang: "en" as Lang, slug: "song-lo" },
  ];
  for (const { lang, slug } of walks) {
    const path = districtPath(lang, slug);
    it(`${path}: Tab reaches the map; nine Tabs visit the tiles in tile-layout reading order, each with its tooltip`, async () => {
      const d = districts.find((x) => x.slug === slug)!;
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
        expect(now.figure, "the first map reached").toBe(`chart-map-population-${d.code}`);

        const problems: string[] = [];
        const seen: string[] = [];
        for (let k = 0; k < readingOrder.length; k++) {
          if (k > 0) {
            await page.keyboard.press("Tab");
            now = await active();
          }
          const want = areaName(readingOrder[k]!, lang);
          seen.push(now.label ?? `<${now.tag}>`);
          if (!now.isMark || now.figure !== `chart-map-population-${d.code}`) {
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
        if (now.isMark && now.figure === `chart-map-population-${d.code}`) problems.push(`a tenth Tab stays in the map, on "${now.label}"`);

        console.log(`${path}: Tab order on the map: ${seen.join(" | ")}`);
        expectNone([...problems, ...opened.all()], `${path}: keyboard walk through the map`);
      } finally {
        await page.close();
      }
    });
  }
});

describe("axe-core finds no violations on district pages (JavaScript on)", () => {
  const combos = [
    { lang: "vi", scheme: "light", width: 390 },
    { lang: "vi", scheme: "dark", width: 1280 },
    { lang: "en", scheme: "light", width: 1280 },
    { lang: "en", scheme: "dark", width: 390 },
  ] as const;
  for (const slug of ["vinh-yen", "tam-dao", "song-lo"]) {
    for (const c of combos) {
      const path = districtPath(c.lang, slug);
      it(`${path} at ${c.width} px, ${c.scheme}`, async () => {
        const opened = await pageFor({ js: true, width: c.width, scheme: c.scheme }, path);
        expect(opened.response?.status(), `${path} status`).toBe(200);
        expect(await opened.page.locator(".chart-mark").count(), "the charts are enhanced (.chart-mark present)").toBeGreaterThan(0);
        const { violations, checked } = await runAxe(opened.page);
        expect(checked, "axe checked colour contrast").toContain("color-contrast");
        expectNone([...describeViolations(violations), ...opened.all()], `axe on ${path} at ${c.width} px, ${c.scheme}`);
      });
    }
  }
});
