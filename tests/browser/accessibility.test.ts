import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeViolations, runAxe } from "./axe.ts";
import { describeProblems, watchPage } from "./chromium.ts";
import { browserSession, type View } from "./session.ts";
import { expectNone, htmlFiles, urlPathForFile } from "./site.ts";

/*
 * axe-core on every page of the build, with JavaScript on, at 360 and 1280 px, light and dark:
 * 0 violations, no console errors or failed requests while the page loads, nothing that makes
 * the page scroll sideways, every box that scrolls sideways reachable with the keyboard, and
 * body text of at least 16 px. What a reader
 * can bring up is checked too: every <details> is opened first (the charts' data tables), and
 * the maps a map switch hides are shown. One browser, one context and one page per width and
 * colour scheme, going from address to address.
 */

const baseUrl = inject("baseUrl");
const paths = (await htmlFiles(inject("distDir"))).map((file) => urlPathForFile(file));

const views: View[] = [];
for (const width of [360, 1280]) for (const scheme of ["light", "dark"] as const) views.push({ js: true, width, scheme });

const viewName = (v: View) => `${v.width} px ${v.scheme}`;
const session = browserSession(baseUrl);
const CONCURRENCY = Number(process.env["AXE_CONCURRENCY"] ?? 2);
beforeAll(() => session.start());
afterAll(() => session.close());

/** Waits for the charts' script to have enhanced the marks (a page without charts has none to wait for). */
async function enhanced(page: Page): Promise<string | null> {
  const charts = await page.locator("figure.chart svg").count();
  if (charts === 0) return null;
  try {
    await page.locator(".chart-mark").first().waitFor({ state: "attached", timeout: 10_000 });
    return null;
  } catch {
    return `${charts} chart drawings, but no .chart-mark after 10 s: the charts' script did not run`;
  }
}

/**
 * Brings up what a reader can open or choose: every <details> opened, and every map of a map
 * switch shown at once (a reader sees one at a time, chosen by :target; axe's checks of names,
 * roles and contrast hold the same with all on show, and one run is cheaper than one per map).
 * Returns what could not be brought up.
 */
async function bringUpEverything(page: Page): Promise<string[]> {
  await page.addStyleTag({ content: ".map-panels > figure.chart { display: block !important; }" });
  return page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
    return [...document.querySelectorAll<HTMLElement>(".map-panels > figure.chart")]
      .filter((f) => f.getBoundingClientRect().height === 0)
      .map((f) => `#${f.id}: a map of the switch still hidden after showing them all; how the switch hides its maps has changed`);
  });
}

/**
 * Nothing sticks out sideways (the page never scrolls horizontally; a wide table scrolls in its
 * own box, which the keyboard can reach), and body text is at least 16 px.
 */
async function sidewaysAndSmall(page: Page, width: number): Promise<{ problems: string[]; unreachable: string[] }> {
  const m = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const describe = (e: Element) =>
      e.localName +
      (e.id ? `#${e.id}` : "") +
      [...e.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join("");
    // The outermost elements that stick out past the viewport, leaving aside those inside a box
    // that clips or scrolls them (a table in an overflow-x: auto wrapper is fine).
    const sticksOut = (e: Element) => {
      if (e.getBoundingClientRect().right <= viewport + 0.5) return false;
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== "visible") return false;
      return true;
    };
    const wide = [...document.body.querySelectorAll("*")]
      .filter((e) => sticksOut(e) && !(e.parentElement && e.parentElement !== document.body && sticksOut(e.parentElement)))
      .slice(0, 5)
      .map((e) => `${describe(e)} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`);
    // Boxes that scroll sideways, and whether the keyboard can reach them: the box itself takes
    // focus or holds something that does. (axe lets up to 13 px of overflow pass; this does not.)
    const focusable = "a[href], button, input, select, textarea, summary, iframe, [tabindex]:not([tabindex='-1'])";
    const unreachable = [...document.body.querySelectorAll("*")]
      .filter((e) => {
        const overflowX = getComputedStyle(e).overflowX;
        return (overflowX === "auto" || overflowX === "scroll") && e.clientWidth > 0 && e.scrollWidth > e.clientWidth;
      })
      .filter((e) => !((e as HTMLElement).tabIndex >= 0 || e.querySelector(focusable)))
      .map((e) => `${e.closest("[id]") ? `#${e.closest("[id]")!.id} ` : ""}${describe(e)} (${e.scrollWidth - e.clientWidth} px)`);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      fontSize: parseFloat(getComputedStyle(document.body).fontSize),
      wide,
      unreachable,
    };
  });
  const problems: string[] = [];
  if (m.scrollWidth > width)
    problems.push(`the page scrolls sideways: ${m.scrollWidth} px wide; sticking out: ${m.wide.join(", ") || "?"}`);
  if (!(m.fontSize >= 16)) problems.push(`body font-size ${m.fontSize} px < 16 px`);
  return { problems, unreachable: m.unreachable };
}

/** One page per view, reused from address to address: a navigation costs far less than a new page. */
const pages = new Map<View, Promise<Page>>();
const pageFor = (view: View) => {
  let page = pages.get(view);
  if (!page) {
    page = session.contextFor(view).then((context) => context.newPage());
    pages.set(view, page);
  }
  return page;
};

/**
 * Boxes that scroll sideways but that the keyboard cannot reach, found by the sweep and reported
 * by a test of their own after it (page, view, box), and how many page views the sweep made.
 */
const unreachableBoxes: string[] = [];
let pageViewsChecked = 0;

/** Everything axe and the page itself find wrong with `path` seen through `view`, one line each. */
async function problemsOn(view: View, path: string): Promise<string[]> {
  const page = await pageFor(view);
  // Watch this visit afresh: what the previous address did is not this one's problem.
  for (const event of ["console", "pageerror", "request", "requestfailed", "response"] as const) page.removeAllListeners(event);
  const url = session.at(path);
  const watched = watchPage(page, url);
  const response = await page.goto(url, { waitUntil: "load" });
  if (response?.status() !== 200) return [`HTTP ${response?.status()}`];
  const problems: string[] = [];
  const notEnhanced = await enhanced(page);
  if (notEnhanced) problems.push(notEnhanced);
  problems.push(...(await bringUpEverything(page)));
  const sideways = await sidewaysAndSmall(page, view.width);
  problems.push(...sideways.problems);
  unreachableBoxes.push(...sideways.unreachable.map((box) => `${path} at ${viewName(view)}: ${box}`));
  const { violations, checked } = await runAxe(page);
  if (!checked.includes("color-contrast")) problems.push("axe did not check colour contrast");
  problems.push(...describeViolations(violations));
  pageViewsChecked++;
  return [...problems, ...describeProblems(watched)];
}

describe("every page at 360 and 1280 px, light and dark (JavaScript on)", () => {
  it("the build has pages to check", () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  for (const path of paths) {
    it(`${path} at ${views.map(viewName).join(", ")}`, async () => {
      // The views side by side, two at a time: Chromium loads one page while axe runs in another.
      const problems: string[] = [];
      for (let i = 0; i < views.length; i += CONCURRENCY) {
        const batch = views.slice(i, i + CONCURRENCY);
        const found = await Promise.all(batch.map((v) => problemsOn(v, path)));
        batch.forEach((v, k) => problems.push(...found[k]!.map((p) => `${viewName(v)}: ${p}`)));
      }
      expectNone(problems, `axe on ${path}`);
    });
  }

  it("every box that scrolls sideways, on every page and view, can be reached with the keyboard (stricter than axe, which lets 13 px pass)", () => {
    expect(pageViewsChecked, "page views the sweep above checked (run the whole file)").toBe(paths.length * views.length);
    expectNone(
      [...unreachableBoxes]
        .sort()
        .map((b) => `${b} scrolls sideways, but neither it nor anything in it takes focus: give it tabindex="0", role="region" and a name`),
      "boxes that scroll sideways out of the keyboard's reach",
    );
  });
});
