import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openPage, type OpenedPage } from "./chromium.ts";
import { browserSession, type View } from "./session.ts";
import { areaName, figure, fixed, latest, number, periodText, readData, sortByPeriod, squash, type Lang } from "./oracle.ts";
import { expectNone } from "./site.ts";

/*
 * The nine build-time SVG charts of the home pages (and any other figure.chart there, held to the
 * same rules), in Chromium:
 *   - without JavaScript, each is a complete image (one drawing on show: the narrow or the wide
 *     copy, or a single fixed-width one; named, described by a summary) with a data table and a
 *     source that resolves on the data page;
 *   - no SVG attribute holds leaked JavaScript source (a function given to a constant-only Plot option);
 *   - the tables and the headline agree with data/observations.csv, formatted per language;
 *   - the type is readable on a phone (≥ 12 px at 360 px) and modest on a desktop (≤ 20 px),
 *     and no label sticks out of its drawing;
 *   - with JavaScript, the marks can be reached with Tab and show their text in a tooltip;
 *   - printing shows the wide (or single) drawing.
 * (axe-core runs on every page, light and dark, narrow and wide, in accessibility.test.ts.)
 * One browser for the file; one page per (JavaScript, width, colour scheme, path), reused.
 */

const baseUrl = inject("baseUrl");
const projectRoot = inject("projectRoot");
const origin = new URL(baseUrl).origin;
const at = (path: string) => new URL(path.replace(/^\//, ""), baseUrl).href;

const CHART_IDS = [
  "elderly-allowance",
  "allowance-base-level",
  "allowance-coefficients",
  "club-plan",
  "club-members",
  "club-activities",
  "district-population",
  "district-communes",
  "vietnam-ageing",
] as const;

const homes = [
  { path: "/", lang: "vi", dataPath: "/data/" },
  { path: "/en/", lang: "en", dataPath: "/en/data/" },
] as const;

// ---------------------------------------------------------------------------------------------
// data/, read by the tests' own oracle (tests/browser/oracle.ts)

const { observations, indicators, districts, province, censuses } = readData(projectRoot);
/** The one figure of `indicator` for `area` at `period` (no group), or undefined; two would be a data error. */
const value = (area: string, indicator: string, period: string): number | undefined => {
  const o = observations.filter((x) => x.area === area && x.indicator === indicator && x.period === period && x.group === "");
  if (o.length > 1) throw new Error(`data/observations.csv: ${o.length} rows for ${area} ${indicator} ${period}`);
  return o[0] === undefined ? undefined : Number(o[0].value);
};

// ---------------------------------------------------------------------------------------------
// browser, contexts and pages, shared across the file

const session = browserSession(baseUrl);
const { contextFor, idsOn } = session;
/** The page at `path` seen through `view`, opened once and then reused; it must answer 200. */
async function pageFor(view: View, path: string): Promise<OpenedPage> {
  const opened = await session.pageFor(view, path);
  expect(opened.response?.status(), `${path} status`).toBe(200);
  return opened;
}

beforeAll(() => session.start());
afterAll(() => session.close());

// ---------------------------------------------------------------------------------------------
// what the page says about its charts

interface FigureFacts {
  id: string;
  /** Whether the figure itself is rendered (a map switch shows one map at a time, by :target). */
  figureShown: boolean;
  svgCount: number;
  /** For each drawing: its wrapper's class, whether it is shown, and its wrapper's computed display. */
  drawings: { kind: string; shown: boolean; display: string; width: number; height: number }[];
  role: string | null;
  ariaLabel: string | null;
  describedBy: string | null;
  summaryId: string | null;
  summaryText: string;
  /** The figure is the registry's "no data" stand-in (data-missing): no table, no source. */
  missing: boolean;
  tableInDetails: boolean;
  tableRows: number;
  sourceHrefs: string[];
  /** The text of p.chart-source, or null when there is none. */
  sourceText: string | null;
}

async function figureFacts(page: Page, only?: string): Promise<FigureFacts[]> {
  return page.$$eval(only ? `figure.chart#${only}` : "figure.chart", (figures) =>
    figures.map((figure) => {
      const svgs = [...figure.querySelectorAll<SVGSVGElement>("svg")].filter((s) => s.parentElement?.closest("svg") === null);
      const shown = svgs.filter((s) => {
        const r = s.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(s).visibility !== "hidden";
      });
      const visible = shown[0] ?? null;
      const describedBy = visible?.getAttribute("aria-describedby") ?? null;
      const summary = figure.querySelector<HTMLElement>("p.chart-summary");
      const table = figure.querySelector("table");
      return {
        id: figure.id,
        figureShown: figure.getBoundingClientRect().height > 0,
        svgCount: svgs.length,
        drawings: svgs.map((s) => {
          const wrapper = s.parentElement as HTMLElement;
          const r = s.getBoundingClientRect();
          return {
            kind: ["narrow", "wide", "single"].find((k) => wrapper.classList.contains(`chart-${k}`)) ?? wrapper.className,
            shown: shown.includes(s),
            display: getComputedStyle(wrapper).display,
            width: r.width,
            height: r.height,
          };
        }),
        role: visible?.getAttribute("role") ?? null,
        ariaLabel: visible?.getAttribute("aria-label") ?? null,
        describedBy,
        summaryId: summary?.id ?? null,
        summaryText: summary?.textContent?.trim() ?? "",
        missing: figure.hasAttribute("data-missing"),
        tableInDetails: table?.closest("details.chart-table") !== null && table !== null,
        tableRows: table?.querySelectorAll("tbody tr").length ?? 0,
        sourceHrefs: [...figure.querySelectorAll<HTMLAnchorElement>(".chart-source a[href]")].map((a) => a.href),
        sourceText: figure.querySelector(".chart-source")?.textContent?.replace(/\s+/g, " ").trim() ?? null,
      };
    }),
  );
}

/** The table of chart `id` as rows of cell texts (row header first), whitespace squashed. */
async function tableOf(page: Page, id: string): Promise<string[][]> {
  return page.$$eval(`#chart-${id} table tbody tr`, (rows) =>
    rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim())),
  );
}

interface TextFact {
  chart: string;
  text: string;
  /** Rendered font size in CSS px: computed font-size × the scale from the text's user space to the screen. */
  size: number;
  /** Horizontal extent in the SVG's viewBox units, and the viewBox's. */
  minX: number;
  maxX: number;
  viewMinX: number;
  viewMaxX: number;
}
interface DrawingFact {
  chart: string;
  /** The figure's element id, and whether the figure itself is rendered. */
  id: string;
  figureShown: boolean;
  kind: string;
  svgWidth: number;
  containerWidth: number;
  /** clientWidth / viewBox width, for the report. */
  scale: number;
  texts: TextFact[];
}

/** For each figure, the drawing on show and every text in it: size on screen and extent in the viewBox. */
async function drawingFacts(page: Page, only?: string): Promise<DrawingFact[]> {
  return page.$$eval(only ? `figure.chart#${only}` : "figure.chart", (figures) =>
    figures.map((figure) => {
      const chart = figure.id.replace(/^chart-/, "");
      const id = figure.id;
      const figureShown = figure.getBoundingClientRect().height > 0;
      const svg = [...figure.querySelectorAll<SVGSVGElement>(".chart-svg > svg")].find((s) => s.getBoundingClientRect().width > 0);
      if (!svg) return { chart, id, figureShown, kind: "none", svgWidth: 0, containerWidth: 0, scale: 0, texts: [] };
      const wrapper = svg.parentElement as HTMLElement;
      const vb = svg.viewBox.baseVal;
      const toView = svg.getScreenCTM()!.inverse();
      const texts: TextFact[] = [];
      for (const el of svg.querySelectorAll<SVGTextContentElement>("text, tspan")) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
        if (!own) continue;
        const screen = el.getScreenCTM();
        if (!screen) continue;
        const size = parseFloat(getComputedStyle(el).fontSize) * Math.hypot(screen.a, screen.b);
        // The element's own extent (a line of a wrapped label is a tspan), in viewBox units.
        const box = el.getBBox();
        const m = toView.multiply(screen);
        const xs = [
          [box.x, box.y],
          [box.x + box.width, box.y],
          [box.x, box.y + box.height],
          [box.x + box.width, box.y + box.height],
        ].map(([x, y]) => m.a * x! + m.c * y! + m.e);
        texts.push({
          chart,
          text: (el.textContent ?? "").replace(/\s+/g, " ").trim(),
          size,
          minX: Math.min(...xs),
          maxX: Math.max(...xs),
          viewMinX: vb.x,
          viewMaxX: vb.x + vb.width,
        });
      }
      return {
        chart,
        id,
        figureShown,
        kind: ["narrow", "wide", "single"].find((k) => wrapper.classList.contains(`chart-${k}`)) ?? wrapper.className,
        svgWidth: svg.getBoundingClientRect().width,
        containerWidth: wrapper.clientWidth,
        scale: vb.width > 0 ? svg.clientWidth / vb.width : 0,
        texts,
      };
    }),
  );
}

const px = (n: number) => `${n.toFixed(1)} px`;

/**
 * Facts about every figure, including those a switch hides (the home page's maps show one at a
 * time, chosen by :target): each hidden one is brought up by going to its fragment, measured,
 * and the page is then put back with an empty fragment.
 */
async function everyFigure<T extends { id: string; figureShown: boolean }>(
  page: Page,
  collect: (only?: string) => Promise<T[]>,
): Promise<T[]> {
  const first = await collect();
  const hidden = first.filter((f) => !f.figureShown);
  const result = first.filter((f) => f.figureShown);
  for (const h of hidden) {
    await page.evaluate((id) => {
      location.hash = id;
    }, h.id);
    result.push((await collect(h.id))[0] ?? h);
  }
  if (hidden.length > 0)
    await page.evaluate(() => {
      location.hash = "";
    });
  return result;
}

// ---------------------------------------------------------------------------------------------

describe("charts without JavaScript", () => {
  for (const home of homes) {
    for (const width of [390, 1280]) {
      it(`${home.path} at ${width} px: the 9 charts, and every other figure.chart, complete (one drawing on show, named, summarised, tabled, sourced)`, async () => {
        const opened = await pageFor({ js: false, width }, home.path);
        const { page } = opened;
        const facts = await everyFigure(page, (only) => figureFacts(page, only));
        const ids = await idsOn(home.dataPath);
        const problems: string[] = [];

        const found = facts.map((f) => f.id.replace(/^chart-/, ""));
        for (const id of CHART_IDS) if (!found.includes(id)) problems.push(`chart-${id}: missing`);
        const others = found.filter((id) => !(CHART_IDS as readonly string[]).includes(id));
        if (others.length > 0)
          console.log(`${home.path}: ${others.length} further figure.chart checked the same way: ${others.join(", ")}`);

        const expectedKind = width < 600 ? "narrow" : "wide";
        for (const f of facts) {
          const shown = f.drawings.filter((d) => d.shown);
          // A chart is drawn twice (narrow and wide, swapped by CSS at 600 px) or, at a fixed width, once (single).
          const single = f.drawings.some((d) => d.kind === "single");
          const wantCount = single ? 1 : 2;
          if (f.svgCount !== wantCount)
            problems.push(
              `${f.id}: ${f.svgCount} SVG drawings (${f.drawings.map((d) => d.kind).join(", ")}), expected ${single ? "1 (single)" : "2 (narrow and wide)"}`,
            );
          const wantKind = single ? "single" : expectedKind;
          if (shown.length !== 1) problems.push(`${f.id}: ${shown.length} drawings on show, expected exactly 1`);
          else if (shown[0]!.kind !== wantKind)
            problems.push(`${f.id}: the ${shown[0]!.kind} drawing is on show at ${width} px, expected the ${wantKind} one`);
          for (const d of f.drawings.filter((x) => !x.shown))
            if (d.display !== "none") problems.push(`${f.id}: the hidden ${d.kind} drawing's wrapper is display:${d.display}, not none`);
          if (f.role !== "img") problems.push(`${f.id}: the drawing on show has role="${f.role}", expected "img"`);
          if (squash(f.ariaLabel ?? "") === "") problems.push(`${f.id}: the drawing on show has no aria-label`);
          if (f.summaryText === "") problems.push(`${f.id}: no summary paragraph (p.chart-summary) or it is empty`);
          if (f.describedBy === null || f.describedBy !== f.summaryId)
            problems.push(`${f.id}: aria-describedby="${f.describedBy}" does not name the summary (id "${f.summaryId}")`);
          // A chart whose figures an editor removed says "no data" in its summary, and has nothing to table or cite.
          if (f.missing) continue;
          if (!f.tableInDetails) problems.push(`${f.id}: no <table> inside <details class="chart-table">`);
          if (f.tableRows < 1) problems.push(`${f.id}: the table has no body rows`);
          // The nine charts each cite a source; another figure (a map with no district data yet) may
          // cite none, but then should not print an empty "Source:" line.
          if (f.sourceHrefs.length === 0) {
            if ((CHART_IDS as readonly string[]).includes(f.id.replace(/^chart-/, ""))) problems.push(`${f.id}: no source link`);
            else if (f.sourceText !== null) problems.push(`${f.id}: a source line with no source in it: "${f.sourceText}"`);
          }
          for (const href of f.sourceHrefs) {
            const u = new URL(href);
            if (u.origin !== origin || u.pathname !== new URL(at(home.dataPath)).pathname || !u.hash.startsWith("#source-"))
              problems.push(`${f.id}: source link ${href} does not lead to ${home.dataPath}#source-…`);
            else if (!ids.has(decodeURIComponent(u.hash.slice(1))))
              problems.push(`${f.id}: source link ${href}: ${home.dataPath} has no element with id "${u.hash.slice(1)}"`);
          }
        }

        // The accessible name as the browser computes it (Playwright's aria snapshot of the drawing).
        for (const id of found) {
          const svg = page.locator(`#chart-${id} .chart-svg > svg`).filter({ visible: true });
          if ((await svg.count()) === 0 && !facts.find((f) => f.id === `chart-${id}`)?.figureShown)
            await page.evaluate((i) => {
              location.hash = i; // a map the switch hides: bring it up
            }, `chart-${id}`);
          if ((await svg.count()) !== 1) continue; // already reported
          const snapshot = (await svg.ariaSnapshot()).trim();
          // `- img "Name"`, or YAML-quoted when the name holds a colon: `- 'img "Name: more"': text`.
          const m = /^- '?img "((?:[^"\\]|\\.)*)"/.exec(snapshot);
          if (!m || squash(m[1] ?? "") === "")
            problems.push(
              `chart-${id}: accessible role and name are ${JSON.stringify(snapshot.slice(0, 120))}, expected an img with a name`,
            );
        }
        await page.evaluate(() => {
          if (location.hash !== "") location.hash = "";
        });

        expectNone([...problems, ...opened.all()], `${home.path} at ${width} px without JavaScript`);
      });
    }
  }
});

describe("chart drawings hold no leaked code", () => {
  // A function given to a Plot option that only takes a constant (fontWeight, strokeDasharray…) is
  // written into the SVG as its source text, which the browser then ignores.
  for (const home of homes) {
    it(`${home.path}: no SVG attribute holds JavaScript source`, async () => {
      const { page } = await pageFor({ js: false, width: 390 }, home.path);
      const leaks = await page.$$eval("figure.chart svg, figure.chart svg *", (elements) =>
        elements.flatMap((e) =>
          [...e.attributes]
            .filter((a) => /=>|\bfunction\s*\(|\bd\.\w+\s*\?/.test(a.value))
            .map((a) => ({
              what: `<${e.localName} ${a.name}="${a.value}">`,
              chart: (e.closest("figure")?.id ?? "?").replace(/^chart-/, ""),
            })),
        ),
      );
      const byWhat = new Map<string, Set<string>>();
      for (const l of leaks) byWhat.set(l.what, (byWhat.get(l.what) ?? new Set()).add(l.chart));
      const counted = [...byWhat].map(([what, charts]) => `${what} in ${[...charts].join(", ")}`);
      expectNone(counted, `${home.path}: chart attributes that are JavaScript source`);
    });
  }
});

describe("chart numbers and headlines agree with data/observations.csv", () => {
  for (const home of homes) {
    const lang: Lang = home.lang;
    it(`${home.path}: the district-population and district-communes tables, and every headline, trace to their rows`, async () => {
      const { page } = await pageFor({ js: false, width: 390 }, home.path);
      const problems: string[] = [];
      const byName = new Map(districts.map((a) => [areaName(a, lang), a]));

      // Population at the last two censuses in data/, and the change between them.
      const population = await tableOf(page, "district-population");
      const header = await page.$$eval("#chart-district-population table thead th", (ths) =>
        ths.map((th) => (th.textContent ?? "").trim()),
      );
      const [before, after] = censuses.slice(-2);
      if (before === undefined || after === undefined)
        problems.push(`data/ has ${censuses.length} census day(s) for the province, the chart needs two`);
      else {
        const years = [before.slice(0, 4), after.slice(0, 4)];
        if (header[1] !== years[0] || header[2] !== years[1])
          problems.push(`district-population: columns ${JSON.stringify(header)}, data/'s last two censuses are ${before} and ${after}`);
        const withPopulation = districts.filter((a) => value(a.code, "population", after) !== undefined);
        if (population.length !== districts.length && population.length !== withPopulation.length)
          problems.push(
            `district-population: ${population.length} rows, data/ has ${districts.length} districts, ${withPopulation.length} with ${after} figures`,
          );
        for (const row of population) {
          const [name = "", cBefore = "", cAfter = "", change = ""] = row;
          const area = byName.get(name);
          if (!area) {
            problems.push(`district-population: row "${name}" is not a district in data/areas.csv`);
            continue;
          }
          const a = value(area.code, "population", before);
          const b = value(area.code, "population", after);
          const wantBefore = a === undefined ? "—" : number(a, lang);
          const wantAfter = b === undefined ? "—" : number(b, lang);
          if (cBefore !== wantBefore) problems.push(`district-population ${name} ${before}: "${cBefore}", data/ says ${wantBefore}`);
          if (cAfter !== wantAfter) problems.push(`district-population ${name} ${after}: "${cAfter}", data/ says ${wantAfter}`);
          if (a !== undefined && b !== undefined) {
            // One decimal at most ("21%" and "21,0%" both do), with the language's decimal sign.
            const rounded = Math.round(((b - a) / a) * 1000) / 10;
            const pattern = lang === "vi" ? /^([+\-−]?\d+)(?:,(\d))?%$/ : /^([+\-−]?\d+)(?:\.(\d))?%$/;
            const m = pattern.exec(change.replace(/\s/g, ""));
            const shown = m ? Number(`${m[1]!.replace("−", "-")}.${m[2] ?? "0"}`) : NaN;
            if (!m || Math.abs(shown - rounded) > 1e-9)
              problems.push(
                `district-population ${name} change: "${change}", data/ gives ${fixed(rounded, lang, 1)}% (${lang} decimal sign, one decimal)`,
              );
          } else if (change !== "—")
            problems.push(`district-population ${name} change: "${change}" with a census figure missing, expected "—"`);
        }
        if (population.length > 0 && population[0]!.length !== 4)
          problems.push(`district-population: ${population[0]!.length} cells a row, expected 4 (name, two censuses, change)`);
      }

      // Commune-level units at the latest period with a count for the districts.
      const communeRows = sortByPeriod(
        observations.filter((o) => o.indicator === "commune_units" && o.group === "" && districts.some((d) => d.code === o.area)),
      );
      const period = communeRows.at(-1)?.period ?? "";
      const communes = await tableOf(page, "district-communes");
      if (communes.length !== districts.length)
        problems.push(`district-communes: ${communes.length} rows, expected ${districts.length} districts`);
      for (const row of communes) {
        const [name = "", cell = ""] = row;
        const area = byName.get(name);
        if (!area) {
          problems.push(`district-communes: row "${name}" is not a district in data/areas.csv`);
          continue;
        }
        const v = value(area.code, "commune_units", period);
        const want = v === undefined ? "—" : number(v, lang);
        if (cell !== want) problems.push(`district-communes ${name}: "${cell}", data/ (${period}) says ${want}`);
      }
      // Most first (districts without a count last).
      const counts = communes.map((r) => (/\d/.test(r[1] ?? "") ? Number((r[1] ?? "").replace(/[.,]/g, "")) : -1));
      if (counts.some((c, i) => i > 0 && c > counts[i - 1]!))
        problems.push(`district-communes: rows not in descending order: ${counts.join(", ")}`);

      // The headlines: each the latest figure of its indicator for its area, with its period and a
      // source; the brief's lead figure (people aged 60 and over in the province) among them.
      const cards = await page.$$eval(".headline", (els) =>
        els.map((e) => ({
          id: e.id,
          figure: (e.querySelector(".headline-figure")?.textContent ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim(),
          period: (e.querySelector(".headline-period")?.textContent ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim(),
          sources: [...e.querySelectorAll<HTMLAnchorElement>("a[href*='#source-']")].map((a) =>
            decodeURIComponent(new URL(a.href).hash.slice(1)),
          ),
        })),
      );
      const lead = `elderly_60plus-${province.code}`;
      if (!cards.some((c) => c.id === lead))
        problems.push(`no headline #${lead} (people aged 60 and over in the province); headlines: ${cards.map((c) => c.id).join(", ")}`);
      for (const card of cards) {
        const m = /^([a-z0-9_]+)-([^-]+)$/.exec(card.id);
        if (!m) {
          problems.push(`headline id "${card.id}" is not <indicator>-<area>`);
          continue;
        }
        const [, indicator = "", area = ""] = m;
        if (!indicators.has(indicator)) problems.push(`headline #${card.id}: indicator ${indicator} is not in data/indicators.csv`);
        const o = latest(observations.filter((x) => x.indicator === indicator && x.area === area && x.group === ""));
        if (!o) {
          // No figure in data/: the card must say so, not show a number.
          if (/\d/.test(card.figure))
            problems.push(`headline #${card.id}: "${card.figure}", but data/ has no figure for ${indicator} in ${area}`);
          continue;
        }
        const want = figure(o, indicators.get(indicator)?.unit, lang);
        if (card.figure !== want) problems.push(`headline #${card.id}: "${card.figure}", data/'s latest (${o.period}) gives "${want}"`);
        if (!card.period.includes(periodText(o.period, lang)))
          problems.push(`headline #${card.id}: period "${card.period}", data/'s latest is ${periodText(o.period, lang)}`);
        if (!card.sources.includes(`source-${o.source}`))
          problems.push(`headline #${card.id}: source links ${JSON.stringify(card.sources)}, data/ names ${o.source}`);
      }

      expectNone(problems, `${home.path}: chart tables and headlines against data/`);
    });
  }
});

describe("chart text: size and fit", () => {
  for (const home of homes) {
    it(`${home.path} at 360 px: every text of the narrow drawings renders ≥ 12 px and stays inside its viewBox`, async () => {
      const { page } = await pageFor({ js: false, width: 360 }, home.path);
      const drawings = await everyFigure(page, (only) => drawingFacts(page, only));
      const problems: string[] = [];
      for (const id of CHART_IDS)
        expect(
          drawings.map((d) => d.chart),
          "charts on the page",
        ).toContain(id);
      for (const d of drawings) {
        if (d.kind !== "narrow" && d.kind !== "single") problems.push(`${d.chart}: the ${d.kind} drawing is on show at 360 px`);
        if (d.svgWidth > d.containerWidth + 0.5)
          problems.push(`${d.chart}: drawing ${px(d.svgWidth)} wide in a ${px(d.containerWidth)} container`);
        for (const t of d.texts) {
          if (t.size < 12 - 0.01) problems.push(`${d.chart}: "${t.text}" renders at ${px(t.size)} (< 12 px; scale ${d.scale.toFixed(3)})`);
          if (t.minX < t.viewMinX - 0.5 || t.maxX > t.viewMaxX + 0.5)
            problems.push(
              `${d.chart}: "${t.text}" spans x ${t.minX.toFixed(1)}…${t.maxX.toFixed(1)}, outside the viewBox ${t.viewMinX}…${t.viewMaxX}`,
            );
        }
      }
      const sizes = drawings.flatMap((d) => d.texts.map((t) => t.size));
      console.log(`${home.path} at 360 px: ${sizes.length} chart texts, ${px(Math.min(...sizes))} … ${px(Math.max(...sizes))}`);
      expectNone(problems, `${home.path} at 360 px: chart text`);
    });

    it(`${home.path} at 1280 px: drawings fit their containers, text ≤ 20 px and inside its viewBox`, async () => {
      const { page } = await pageFor({ js: false, width: 1280 }, home.path);
      const drawings = await everyFigure(page, (only) => drawingFacts(page, only));
      const problems: string[] = [];
      for (const id of CHART_IDS)
        expect(
          drawings.map((d) => d.chart),
          "charts on the page",
        ).toContain(id);
      for (const d of drawings) {
        if (d.kind !== "wide" && d.kind !== "single") problems.push(`${d.chart}: the ${d.kind} drawing is on show at 1280 px`);
        if (d.svgWidth > d.containerWidth + 0.5)
          problems.push(`${d.chart}: drawing ${px(d.svgWidth)} wide in a ${px(d.containerWidth)} container`);
        for (const t of d.texts) {
          if (t.size > 20 + 0.01) problems.push(`${d.chart}: "${t.text}" renders at ${px(t.size)} (> 20 px; scale ${d.scale.toFixed(3)})`);
          if (t.minX < t.viewMinX - 0.5 || t.maxX > t.viewMaxX + 0.5)
            problems.push(
              `${d.chart}: "${t.text}" spans x ${t.minX.toFixed(1)}…${t.maxX.toFixed(1)}, outside the viewBox ${t.viewMinX}…${t.viewMaxX}`,
            );
        }
      }
      const sizes = drawings.flatMap((d) => d.texts.map((t) => t.size));
      console.log(`${home.path} at 1280 px: ${sizes.length} chart texts, ${px(Math.min(...sizes))} … ${px(Math.max(...sizes))}`);
      expectNone(problems, `${home.path} at 1280 px: chart text`);
    });
  }
});

describe("chart marks with the keyboard (JavaScript on)", () => {
  it("/ : Tab reaches a mark, its tooltip shows its text; Tab moves on; Escape hides it; focus is visible", async () => {
    const context = await contextFor({ js: true, width: 1280 });
    const opened = await openPage(context, at("/"));
    const { page } = opened;
    try {
      expect(await page.locator(".chart-mark").count(), "enhanced marks (.chart-mark)").toBeGreaterThan(0);
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });

      const active = () =>
        page.evaluate(() => {
          const e = document.activeElement;
          return {
            isMark: e?.classList.contains("chart-mark") ?? false,
            label: e?.getAttribute("aria-label") ?? null,
            chart: e?.closest("figure.chart")?.id ?? null,
            tag: e?.localName ?? "",
          };
        });
      const tooltip = () =>
        page.evaluate(() => {
          const tips = [...document.querySelectorAll<HTMLElement>(".chart-tooltip")];
          const tip = tips[0];
          if (!tip) return { count: 0, visible: false, text: "", left: 0, right: 0 };
          const r = tip.getBoundingClientRect();
          return {
            count: tips.length,
            visible:
              !tip.hidden &&
              getComputedStyle(tip).display !== "none" &&
              getComputedStyle(tip).visibility !== "hidden" &&
              r.width > 0 &&
              r.height > 0,
            text: tip.textContent ?? "",
            left: r.left,
            right: r.right,
          };
        });
      const focusStyle = (label: string) =>
        page.evaluate((l) => {
          const e = [...document.querySelectorAll(".chart-mark")].find(
            (m) => m.getAttribute("aria-label") === l && m.getBoundingClientRect().width > 0,
          );
          if (!e) return null;
          const s = getComputedStyle(e);
          return { stroke: s.stroke, strokeWidth: s.strokeWidth, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` };
        }, label);

      let first = await active();
      for (let i = 0; i < 400 && !first.isMark; i++) {
        await page.keyboard.press("Tab");
        first = await active();
      }
      expect(first.isMark, "a .chart-mark got focus within 400 presses of Tab").toBe(true);
      expect(first.label, "the focused mark's aria-label").toBeTruthy();
      const tip1 = await tooltip();
      expect(tip1.count, "one .chart-tooltip").toBe(1);
      expect(tip1.visible, "the tooltip is visible while the first mark has focus").toBe(true);
      expect(squash(tip1.text)).toBe(squash(first.label!));
      const viewport = page.viewportSize()!;
      expect(tip1.left >= 0 && tip1.right <= viewport.width, `tooltip within the viewport horizontally (${tip1.left}…${tip1.right})`).toBe(
        true,
      );
      const focused = await focusStyle(first.label!);

      await page.keyboard.press("Tab");
      const second = await active();
      expect(second.isMark, `Tab after the first mark goes to another mark (went to <${second.tag}> ${second.label ?? ""})`).toBe(true);
      expect(second.label).not.toBe(first.label);
      const tip2 = await tooltip();
      expect(tip2.visible, "the tooltip is visible on the second mark").toBe(true);
      expect(squash(tip2.text)).toBe(squash(second.label!));

      // The first mark, no longer focused, must look different from when it was.
      const unfocused = await focusStyle(first.label!);
      expect(focused, "the first mark's computed style").not.toBeNull();
      expect(
        focused!.stroke !== unfocused!.stroke || focused!.strokeWidth !== unfocused!.strokeWidth || focused!.outline !== unfocused!.outline,
        `focus changes the mark's stroke or outline (focused ${JSON.stringify(focused)}, unfocused ${JSON.stringify(unfocused)})`,
      ).toBe(true);
      expect(
        parseFloat(focused!.strokeWidth) > 0 || !focused!.outline.startsWith("none"),
        `the focus style is visible: ${JSON.stringify(focused)}`,
      ).toBe(true);

      await page.keyboard.press("Escape");
      expect((await tooltip()).visible, "Escape hides the tooltip").toBe(false);

      expectNone(opened.all(), "/ with JavaScript: console errors or failed requests");
    } finally {
      await page.close();
    }
  });
});

describe("charts in print", () => {
  it("/ printed: every chart shows its wide (or single) drawing, with a size", async () => {
    const context = await contextFor({ js: false, width: 390 });
    const opened = await openPage(context, at("/"));
    const { page } = opened;
    try {
      await page.emulateMedia({ media: "print" });
      const all = await figureFacts(page);
      const problems: string[] = [];
      for (const id of CHART_IDS)
        expect(
          all.map((f) => f.id),
          "figures",
        ).toContain(`chart-${id}`);
      for (const id of CHART_IDS) if (!all.find((f) => f.id === `chart-${id}`)?.figureShown) problems.push(`chart-${id}: not printed`);
      // The figures a switch hides on screen (all maps but one) stay hidden in print too; that is the switch's business.
      const facts = all.filter((f) => f.figureShown);
      const unprinted = all.filter((f) => !f.figureShown).map((f) => f.id);
      if (unprinted.length > 0) console.log(`/ in print: not printed (hidden by a switch): ${unprinted.join(", ")}`);
      for (const f of facts) {
        const shown = f.drawings.filter((d) => d.shown);
        const want = f.drawings.some((d) => d.kind === "single") ? "single" : "wide";
        if (shown.length !== 1 || shown[0]!.kind !== want)
          problems.push(
            `${f.id}: on show in print: ${shown.map((d) => `${d.kind} ${px(d.width)}×${px(d.height)}`).join(", ") || "nothing"}; expected the ${want} drawing alone`,
          );
        const drawing = f.drawings.find((d) => d.kind === want);
        if (!drawing || drawing.width <= 0 || drawing.height <= 0) problems.push(`${f.id}: the ${want} drawing has no size in print`);
      }
      expectNone(problems, "/ in print");
    } finally {
      await page.close();
    }
  });
});
