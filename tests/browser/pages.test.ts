import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, newSiteContext, openPage } from "./chromium.ts";
import { figure, latest, readData, squash, type Lang } from "./oracle.ts";
import { expectNone } from "./site.ts";

const baseUrl = inject("baseUrl");
const projectRoot = inject("projectRoot");
const origin = new URL(baseUrl).origin;
const at = (path: string) => new URL(path.replace(/^\//, ""), baseUrl).href;

/**
 * The home pages lead with people aged 60 and over in the province: the latest figure in
 * data/observations.csv, written as each language writes it ("Hơn 190.000", "Over 190,000").
 */
const data = readData(projectRoot);
const leadRow = latest(
  data.observations.filter((o) => o.indicator === "elderly_60plus" && o.area === data.province.code && o.group === ""),
);
if (!leadRow)
  throw new Error(
    `data/observations.csv has no elderly_60plus figure for the province (${data.province.code}): the home page's lead figure`,
  );
const leadFigure = (lang: Lang) => figure(leadRow, data.indicators.get("elderly_60plus")?.unit, lang);
const homes = [
  { path: "/", lang: "vi", figure: leadFigure("vi") },
  { path: "/en/", lang: "en", figure: leadFigure("en") },
] as const;
const dataPages = [
  { path: "/data/", lang: "vi" },
  { path: "/en/data/", lang: "en" },
] as const;
const notFoundPath = "/khong-co-trang-nay/";

/** The downloads: the brief's list, plus whatever else the data package names. */
const downloads = (() => {
  const files = new Set(["sources.csv", "areas.csv", "indicators.csv", "groups.csv", "observations.csv", "clubs.csv", "datapackage.json"]);
  const descriptor = JSON.parse(readFileSync(join(projectRoot, "data", "datapackage.json"), "utf8")) as {
    resources?: { path?: unknown }[];
  };
  for (const resource of descriptor.resources ?? [])
    if (typeof resource.path === "string" && !/^[a-z]+:/i.test(resource.path)) files.add(resource.path);
  return [...files];
})();
const expectedType = (file: string) => (file.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/json");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface FigureReport {
  found: boolean;
  /** Text of the smallest element holding the figure. */
  context: string;
  /** Links near the figure that look like they lead to its source. */
  sourceLinks: { href: string; text: string }[];
  /** All links near the figure, for the failure message. */
  nearbyLinks: string[];
}

/**
 * Finds the smallest element whose text holds `figure`, then climbs at most five levels (not
 * past <main> or <body>) looking for a link that leads to a source: one whose text, label or
 * address speaks of a source ("nguồn", "source"), one inside a <cite>, <figcaption> or a
 * source-named block, or one that leaves the site.
 */
async function findFigure(page: Page, figure: string): Promise<FigureReport> {
  return page.evaluate((wanted) => {
    const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ").trim();
    const holds = (e: Element) => squash(e.textContent ?? "").includes(wanted);
    const report = { found: false, context: "", sourceLinks: [] as { href: string; text: string }[], nearbyLinks: [] as string[] };
    if (!holds(document.body)) return report;
    let element: Element = document.body;
    for (;;) {
      const child = [...element.children].find(holds);
      if (!child) break;
      element = child;
    }
    report.found = true;
    report.context = squash(element.textContent ?? "").slice(0, 200);
    const looksLikeSource = (a: HTMLAnchorElement) => {
      const words = `${a.textContent ?? ""} ${a.getAttribute("aria-label") ?? ""} ${a.title}`;
      if (/nguồn|source/i.test(words)) return true;
      if (/source|nguon|#src|#ref|#cite/i.test(a.getAttribute("href") ?? "")) return true;
      if (a.closest("cite, figcaption, [class*='source'], [class*='nguon'], [data-source]")) return true;
      return a.origin !== location.origin && /^https?:$/.test(a.protocol);
    };
    let scope: Element | null = element;
    for (let level = 0; scope && level <= 5; level++, scope = scope.parentElement) {
      if (scope.matches("main, body, html")) break;
      const links = [...scope.querySelectorAll<HTMLAnchorElement>("a[href]")];
      if (scope instanceof HTMLAnchorElement) links.unshift(scope);
      report.nearbyLinks = links.map((a) => `${squash(a.textContent ?? "")} → ${a.getAttribute("href")}`);
      report.sourceLinks = links.filter(looksLikeSource).map((a) => ({ href: a.href, text: squash(a.textContent ?? "") }));
      if (report.sourceLinks.length > 0) break;
    }
    return report;
  }, figure);
}

/** Where a link goes: for a same-page fragment, whether the target exists; otherwise the HTTP status. */
async function checkLinkTarget(page: Page, href: string): Promise<string | null> {
  const target = new URL(href);
  if (target.origin !== origin) return null; // outside the site: not fetched, there is no network here
  const here = new URL(page.url());
  if (target.pathname === here.pathname && target.hash !== "") {
    const id = decodeURIComponent(target.hash.slice(1));
    const exists = await page.evaluate((i) => document.getElementById(i) !== null, id);
    return exists ? null : `${href}: no element with id "${id}" on the page`;
  }
  const response = await fetch(target, { redirect: "manual" });
  await response.body?.cancel();
  if (response.status !== 200) return `${href}: HTTP ${response.status}`;
  if (target.hash !== "" && (response.headers.get("content-type") ?? "").startsWith("text/html")) {
    const html = await (await fetch(target)).text();
    const id = decodeURIComponent(target.hash.slice(1));
    if (!new RegExp(`\\sid=["']?${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'\\s>]`).test(html))
      return `${href}: the page has no element with id "${id}"`;
  }
  return null;
}

describe("home pages", () => {
  for (const home of homes) {
    it(`${home.path} loads (lang="${home.lang}") with "${home.figure}" linked to its source, without errors`, async () => {
      const context = await newSiteContext(browser, origin);
      try {
        const opened = await openPage(context, at(home.path));
        expect(opened.response?.status(), `${home.path} status`).toBe(200);
        expect(await opened.page.getAttribute("html", "lang"), `${home.path} <html lang>`).toBe(home.lang);

        const report = await findFigure(opened.page, home.figure);
        expect(report.found, `${home.path}: the headline figure "${home.figure}" is not on the page`).toBe(true);
        expect(
          report.sourceLinks.length,
          `${home.path}: no link to a source near "${report.context}"; links nearby: ${JSON.stringify(report.nearbyLinks)}`,
        ).toBeGreaterThan(0);
        const broken = (await Promise.all(report.sourceLinks.map((l) => checkLinkTarget(opened.page, l.href)))).filter((x) => x !== null);
        expectNone(broken, `${home.path}: source links near the headline figure that lead nowhere`);

        expectNone(opened.all(), `${home.path}: console errors or failed requests`);
      } finally {
        await context.close();
      }
    });
  }

  it("headline figures are in the HTML itself (JavaScript disabled)", async () => {
    const context = await newSiteContext(browser, origin, { javaScriptEnabled: false });
    try {
      const missing: string[] = [];
      for (const home of homes) {
        const opened = await openPage(context, at(home.path));
        expect(opened.response?.status(), `${home.path} status`).toBe(200);
        const text = squash(await opened.page.locator("body").innerText());
        if (!text.includes(home.figure)) missing.push(`${home.path}: "${home.figure}" missing without JavaScript`);
        const problems = opened.all();
        if (problems.length > 0) missing.push(...problems.map((p) => `${home.path}: ${p}`));
      }
      expectNone(missing, "home pages without JavaScript");
    } finally {
      await context.close();
    }
  });

  it("the language switch on / leads to /en/ and back", async () => {
    const context = await newSiteContext(browser, origin);
    try {
      const { page } = await openPage(context, at("/"), { settle: false });
      await followLanguageLink(page, "en", "/en/");
      expect(await page.getAttribute("html", "lang")).toBe("en");
      await followLanguageLink(page, "vi", "/");
      expect(await page.getAttribute("html", "lang")).toBe("vi");
    } finally {
      await context.close();
    }
  });
});

/**
 * Clicks the link to the other language: preferably one marked with hreflang (or lang) for
 * it, otherwise any link to that language's home; then checks where it landed.
 */
async function followLanguageLink(page: Page, lang: string, homePath: string) {
  const from = new URL(page.url()).pathname;
  const candidates = [
    page.locator(`a[hreflang="${lang}"]`),
    page.locator(`a[lang="${lang}"]`),
    page.locator(`a[href="${homePath}"], a[href="${at(homePath)}"]`),
  ];
  let link: Locator | null = null;
  for (const c of candidates) {
    if ((await c.count()) > 0) {
      link = c.first();
      break;
    }
  }
  expect(
    link,
    `${from}: no link to the ${lang} version (a[hreflang="${lang}"], a[lang="${lang}"] or a link to ${homePath})`,
  ).not.toBeNull();
  const href = await link!.getAttribute("href");
  expect(new URL(href ?? "", page.url()).pathname, `${from}: the ${lang} link's href`).toBe(new URL(at(homePath)).pathname);
  await Promise.all([page.waitForURL(at(homePath)), link!.click()]);
  expect(new URL(page.url()).pathname).toBe(new URL(at(homePath)).pathname);
}

describe("data pages and downloads", () => {
  for (const dataPage of dataPages) {
    it(`${dataPage.path} loads (lang="${dataPage.lang}") and links to every download, each served right`, async () => {
      const context = await newSiteContext(browser, origin);
      try {
        const opened = await openPage(context, at(dataPage.path));
        expect(opened.response?.status(), `${dataPage.path} status`).toBe(200);
        expect(await opened.page.getAttribute("html", "lang"), `${dataPage.path} <html lang>`).toBe(dataPage.lang);

        const hrefs = await opened.page.$$eval("a[href]", (links) => links.map((a) => (a as HTMLAnchorElement).href));
        const problems: string[] = [];
        for (const file of downloads) {
          const link = hrefs.find((h) => {
            const u = new URL(h);
            return u.origin === origin && u.pathname.endsWith(`/data/${file}`);
          });
          if (link === undefined) {
            problems.push(`no link to data/${file}`);
            continue;
          }
          const response = await fetch(link);
          const type = response.headers.get("content-type") ?? "";
          const body = await response.text();
          if (response.status !== 200) problems.push(`${link}: HTTP ${response.status}`);
          else if (!type.startsWith(expectedType(file))) problems.push(`${link}: content type "${type}"`);
          else if (body.trim() === "") problems.push(`${link}: empty`);
        }
        expectNone(problems, `${dataPage.path}: download links`);
        expectNone(opened.all(), `${dataPage.path}: console errors or failed requests`);
      } finally {
        await context.close();
      }
    });
  }

  it("every download is served with its content type, the CSV headers match data/, and datapackage.json's paths resolve", async () => {
    const problems: string[] = [];
    for (const file of downloads) {
      const url = at(`/data/${file}`);
      const response = await fetch(url);
      const body = await response.text();
      const type = response.headers.get("content-type") ?? "";
      if (response.status !== 200) {
        problems.push(`/data/${file}: HTTP ${response.status}`);
        continue;
      }
      if (type !== expectedType(file) && !(file.endsWith(".json") && type.startsWith("application/json")))
        problems.push(`/data/${file}: content type "${type}", expected "${expectedType(file)}"`);
      if (file.endsWith(".csv")) {
        const header = (text: string) => text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
        const original = readFileSync(join(projectRoot, "data", file), "utf8");
        if (header(body) !== header(original))
          problems.push(`/data/${file}: header "${header(body)}" differs from data/${file}'s "${header(original)}"`);
      } else if (file === "datapackage.json") {
        let descriptor: { resources?: { path?: unknown }[] } = {};
        try {
          descriptor = JSON.parse(body) as typeof descriptor;
        } catch (error) {
          problems.push(`/data/datapackage.json does not parse: ${String(error)}`);
        }
        for (const resource of descriptor.resources ?? []) {
          if (typeof resource.path !== "string") continue;
          const target = new URL(resource.path, url);
          if (target.origin !== origin) continue;
          const r = await fetch(target, { method: "HEAD" });
          if (r.status !== 200) problems.push(`datapackage.json resource ${resource.path} → ${target.pathname}: HTTP ${r.status}`);
        }
      }
    }
    expectNone(problems, "downloads");
  });
});

describe("wide tables with the keyboard (360 px, JavaScript on)", () => {
  for (const dataPage of dataPages) {
    it(`${dataPage.path}: Tab reaches every table box that scrolls sideways, shows its focus, and the arrow keys scroll it`, async () => {
      const context = await newSiteContext(browser, origin, { viewport: { width: 360, height: 800 } });
      try {
        const opened = await openPage(context, at(dataPage.path));
        const { page } = opened;
        const boxes = await page.$$eval(".scroll", (els) =>
          els.map((e, i) => {
            e.setAttribute("data-test-box", String(i));
            return {
              i,
              overflows: e.scrollWidth > e.clientWidth + 1,
              role: e.getAttribute("role"),
              name: (e.getAttribute("aria-label") ?? "").trim(),
              label: e.closest("section")?.querySelector("h2, h3")?.textContent?.trim() ?? `box ${i}`,
            };
          }),
        );
        const wide = boxes.filter((b) => b.overflows);
        console.log(`${dataPage.path} at 360 px: ${boxes.length} table boxes, ${wide.length} wider than the screen`);
        const problems: string[] = [];
        for (const b of boxes) {
          if (b.role !== "region") problems.push(`${b.label}: the table box has role="${b.role}", expected "region"`);
          if (b.name === "") problems.push(`${b.label}: the table box has no aria-label`);
        }

        // Walk the page with Tab, noting which boxes get focus and how focus looks on them.
        const reached = new Map<number, { outline: string; width: number }>();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        for (let press = 0; press < 400 && reached.size < boxes.length; press++) {
          await page.keyboard.press("Tab");
          const now = await page.evaluate(() => {
            const e = document.activeElement;
            const box = e?.getAttribute("data-test-box");
            if (!e || box === null || box === undefined) return null;
            const s = getComputedStyle(e);
            return { i: Number(box), outline: `${s.outlineStyle} ${s.outlineColor}`, width: parseFloat(s.outlineWidth) };
          });
          if (now === null) continue;
          if (reached.has(now.i)) break; // round the page once
          reached.set(now.i, now);
          const box = boxes[now.i]!;
          if (now.outline.startsWith("none") || now.width < 2)
            problems.push(`${box.label}: no visible focus (outline ${now.width}px ${now.outline})`);
          if (box.overflows) {
            const before = await page.$eval(`[data-test-box="${now.i}"]`, (e) => e.scrollLeft);
            for (let k = 0; k < 5; k++) await page.keyboard.press("ArrowRight");
            // Chromium scrolls smoothly: give it a moment.
            await page
              .waitForFunction(([i, x]) => document.querySelector(`[data-test-box="${i}"]`)!.scrollLeft > x, [now.i, before] as const, {
                timeout: 2000,
              })
              .catch(() => undefined);
            const after = await page.$eval(`[data-test-box="${now.i}"]`, (e) => e.scrollLeft);
            if (!(after > before))
              problems.push(`${box.label}: ArrowRight with the box focused does not scroll it (scrollLeft ${before} → ${after})`);
          }
        }
        for (const b of wide) if (!reached.has(b.i)) problems.push(`${b.label}: the table box scrolls sideways but Tab never reaches it`);
        expectNone([...problems, ...opened.all()], `${dataPage.path}: table boxes with the keyboard`);
      } finally {
        await context.close();
      }
    });
  }
});

describe("the not-found page", () => {
  it(`an unknown address (${notFoundPath}) answers 404 with the site's 404 page, linking home, without errors`, async () => {
    const context = await newSiteContext(browser, origin);
    try {
      const opened = await openPage(context, at(notFoundPath), { expectStatus: 404 });
      expect(opened.response?.status()).toBe(404);
      expect(await opened.page.getAttribute("html", "lang"), "<html lang> of the 404 page").toMatch(/^(vi|en)$/);
      const homes = await opened.page.$$eval("a[href]", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(homes, "the 404 page links to a home page").toEqual(expect.arrayContaining([expect.stringMatching(/^\/(en\/)?$/)]));
      expectNone(opened.all(), "404 page: console errors or failed requests");
    } finally {
      await context.close();
    }
  });

  it("/404.html itself is served with status 200", async () => {
    const response = await fetch(at("/404.html"));
    await response.body?.cancel();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });
});

// Whether any page scrolls sideways at 360 px, and its body text size, is checked on every page
// by accessibility.test.ts.
