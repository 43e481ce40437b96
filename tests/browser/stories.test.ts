import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSession, type View } from "./session.ts";
import { readData, type Lang } from "./oracle.ts";
import { expectNone, htmlFiles, readDataCsv, urlPathForFile } from "./site.ts";

/*
 * Story and club pages (issue 11), both languages, in Chromium with JavaScript off, each found by
 * listing the build (every /stories/** and /clubs/** page, whatever the data holds today):
 *   - every page loads without errors, has one h1, and shows no "undefined", "NaN", "null" or
 *     "[object" (a missing value printed rather than said);
 *   - a story page is there for every story in data/stories/<lang>/, and the stories list of each
 *     language links to each of its stories; every figure (.story-figure data) has a numeric value
 *     that some row of data/observations.csv has, and its source mark links to an entry of the
 *     page's sources list (li#source-…); every ::chart line of the story is a visible figure with
 *     its SVG;
 *   - a club page shows its district on the locator map (an SVG in figure#chart-locator) and links
 *     its source from clubs.csv; a district's club page says that no source names a club there
 *     when clubs.csv has none in it (unknown, not zero), and lists the clubs when it has;
 *   - the home page links to its language's newest story and to the stories list.
 * The expected values are read from data/ here (papaparse and yaml), never through the site's code.
 */

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");
const projectRoot = inject("projectRoot");

const prefix = (lang: Lang) => (lang === "vi" ? "/" : "/en/");
const langOf = (path: string): Lang => (path.startsWith("/en/") ? "en" : "vi");

// ---------------------------------------------------------------------------------------------
// data/, read independently

interface StoryFile {
  readonly lang: Lang;
  readonly slug: string;
  readonly title: string;
  readonly published: string;
  readonly translation: string | null;
  /** The chart ids of its `::chart{id=…}` lines. */
  readonly charts: readonly string[];
  /** How many `:figure{…}` directives its body has. */
  readonly figures: number;
}

function readStories(lang: Lang): StoryFile[] {
  const dir = join(projectRoot, "data", "stories", lang);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`data/stories/${lang}/${name}: no frontmatter`);
      const front = parseYaml(m[1]!) as Record<string, unknown>;
      return {
        lang,
        slug: name.slice(0, -".md".length),
        title: String(front["title"]),
        published: String(front["published"]),
        translation: typeof front["translation"] === "string" ? front["translation"] : null,
        charts: [...m[2]!.matchAll(/^\s*::chart\{id=([a-z0-9-]+)\}\s*$/gm)].map((c) => c[1]!),
        figures: [...m[2]!.matchAll(/(?<!:):figure\{/g)].length,
      };
    });
}

const stories = { vi: readStories("vi"), en: readStories("en") };
const storyPath = (s: StoryFile) => `${prefix(s.lang)}stories/${s.slug}/`;
const observedValues = new Set(readDataCsv<{ value: string }>(projectRoot, "observations.csv").map((o) => Number(o.value)));
const clubs = readDataCsv<{ id: string; name_vi: string; name_en: string; district: string; source: string }>(projectRoot, "clubs.csv");
const { districts } = readData(projectRoot);

// ---------------------------------------------------------------------------------------------
// the build

const pages = (await htmlFiles(distDir)).map((f) => urlPathForFile(f));
const storyPages = pages.filter((p) => /^\/(en\/)?stories\/[^/]+\/$/.test(p));
const storyLists = pages.filter((p) => /^\/(en\/)?stories\/$/.test(p));
const clubPages = pages.filter((p) => /^\/(en\/)?clubs\//.test(p));
const districtClubPages = clubPages.filter((p) => /^\/(en\/)?clubs\/district\/[^/]+\/$/.test(p));
const singleClubPages = clubPages.filter((p) => /^\/(en\/)?clubs\/(?!district\/|programme\/)[^/]+\/$/.test(p));

const session = browserSession(baseUrl);
const NO_JS: View = { js: false, width: 360 };
beforeAll(() => session.start());
afterAll(() => session.close());

/** The page with JavaScript off, failing on any error while it loaded. */
async function open(path: string): Promise<Page> {
  const opened = await session.pageFor(NO_JS, path);
  expect(opened.response?.status(), path).toBe(200);
  expectNone(opened.all(), `${path} loading`);
  return opened.page;
}

/** A missing value printed as code would print it. */
const LEAKS = /\b(undefined|NaN|null)\b|\[object/;

async function commonProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const h1 = await page.locator("h1").count();
  if (h1 !== 1) problems.push(`${path}: ${h1} h1 elements`);
  const text = `${await page.title()}\n${await page.locator("body").innerText()}`;
  const leak = LEAKS.exec(text);
  if (leak) problems.push(`${path}: shows "${leak[0]}": …${text.slice(Math.max(0, leak.index - 60), leak.index + 60)}…`);
  return problems;
}

describe("the build has the story and club pages", () => {
  it("has a page for every story in data/stories/, and no other", () => {
    expect(storyPages.sort()).toEqual([...stories.vi, ...stories.en].map(storyPath).sort());
  });

  it("has the stories list, the clubs list, a page per club and a clubs page per district in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      expect(storyLists).toContain(`${prefix(lang)}stories/`);
      expect(clubPages).toContain(`${prefix(lang)}clubs/`);
      for (const club of clubs) expect(singleClubPages).toContain(`${prefix(lang)}clubs/${club.id}/`);
      for (const d of districts) expect(districtClubPages).toContain(`${prefix(lang)}clubs/district/${d.slug}/`);
    }
  });
});

describe.each(storyPages)("story page %s, JavaScript off", (path) => {
  const lang = langOf(path);
  const story = stories[lang].find((s) => storyPath(s) === path);

  it("has one h1, the story's title, and no value printed as code", async () => {
    const page = await open(path);
    expectNone(await commonProblems(page, path), "page text");
    expect((await page.locator("h1").innerText()).trim()).toBe(story?.title.trim());
  });

  it("shows each figure as a value of observations.csv, its source mark linking to the page's sources list", async () => {
    const page = await open(path);
    const figures = await page.locator(".story-figure").evaluateAll((spans) =>
      spans.map((span) => {
        const data = span.querySelector("data");
        const href = span.querySelector("a.story-figure-source")?.getAttribute("href") ?? null;
        const target = href?.startsWith("#") ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
        return {
          value: data?.getAttribute("value") ?? null,
          shown: data?.textContent ?? "",
          href,
          target: target ? `${target.parentElement?.localName ?? ""}>${target.localName}#${target.id}` : null,
        };
      }),
    );
    const problems = figures.flatMap((f) => {
      const out: string[] = [];
      const value = f.value === null || f.value.trim() === "" ? NaN : Number(f.value);
      if (!Number.isFinite(value)) out.push(`"${f.shown}": value "${f.value}" is not a number`);
      else if (!observedValues.has(value)) out.push(`"${f.shown}": no row of observations.csv has the value ${value}`);
      if (!f.href?.startsWith("#source-")) out.push(`"${f.shown}": its source mark links to ${f.href}, not #source-…`);
      else if (f.target !== `ol>li${f.href}`) out.push(`"${f.shown}": ${f.href} is not an entry of a sources list on the page`);
      return out;
    });
    expectNone(problems, `${path} figures`);
    expect(figures.length, `${path}: one figure for each :figure of the story`).toBe(story?.figures);
  });

  it("shows each chart the story places, with its drawing", async () => {
    const page = await open(path);
    for (const id of story?.charts ?? []) {
      const figure = page.locator(`figure#chart-${id}`);
      expect(await figure.isVisible(), `${path}: chart ${id} is not visible`).toBe(true);
      const visibleSvgs = await figure
        .locator("svg")
        .evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0 && s.getBoundingClientRect().height > 0).length);
      expect(visibleSvgs, `${path}: chart ${id} has no visible SVG`).toBeGreaterThan(0);
    }
  });
});

describe.each(storyLists)("stories list %s, JavaScript off", (path) => {
  const lang = langOf(path);

  it("has one h1, no value printed as code, and links to every story of its language", async () => {
    const page = await open(path);
    expectNone(await commonProblems(page, path), "page text");
    const hrefs = new Set(
      await page.locator("main a[href]").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    );
    expectNone(
      stories[lang].filter((s) => !hrefs.has(storyPath(s))).map((s) => `no link to ${storyPath(s)} ("${s.title}")`),
      `${path} links`,
    );
  });
});

describe.each(clubPages)("club page %s, JavaScript off", (path) => {
  const lang = langOf(path);

  it("has one h1 and no value printed as code", async () => {
    expectNone(await commonProblems(await open(path), path), "page text");
  });

  const club = clubs.find((c) => path === `${prefix(lang)}clubs/${c.id}/`);
  if (club) {
    it("names the club, shows its district on the locator map and links its source", async () => {
      const page = await open(path);
      expect((await page.locator("h1").innerText()).trim()).toBe(lang === "vi" ? club.name_vi : club.name_en);
      const map = page.locator("figure#chart-locator svg").first();
      expect(await map.isVisible(), `${path}: no visible locator map`).toBe(true);
      const sources = await page
        .locator("main a[href]")
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => `${u.pathname}${u.hash}`));
      expect(sources).toContain(`${prefix(lang)}data/#source-${club.source}`);
    });
  }

  const district = districts.find((d) => path === `${prefix(lang)}clubs/district/${d.slug}/`);
  if (district) {
    const named = clubs.filter((c) => c.district === district.code);
    const none = lang === "vi" ? "Chưa nguồn nào nêu tên một câu lạc bộ ở " : "No source names a club in ";
    it(named.length === 0 ? "says that no source names a club there, not zero" : "lists the clubs named there", async () => {
      const page = await open(path);
      const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
      const name = lang === "vi" ? district.name_vi : district.name_en;
      if (named.length === 0) {
        expect(text).toContain(none);
        expect(text.slice(text.indexOf(none))).toContain(name);
        expect(text).not.toMatch(/(^|[^\d.,])0 (câu lạc bộ|clubs?)\b/);
      } else {
        expect(text).not.toContain(none);
        const hrefs = await page
          .locator("main a[href]")
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        for (const c of named) expect(hrefs).toContain(`${prefix(lang)}clubs/${c.id}/`);
      }
    });
  }
});

describe.each(["vi", "en"] as const)("home page (%s), JavaScript off", (lang) => {
  it("links to its language's newest story and to the stories list", async () => {
    const path = prefix(lang);
    const page = await open(path);
    const hrefs = new Set(
      await page.locator("main a[href]").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    );
    expect([...hrefs]).toContain(`${prefix(lang)}stories/`);
    // Stories published the same day are equally new: a link to any one of them will do.
    const newest = stories[lang].reduce((d, s) => (s.published > d ? s.published : d), "");
    const candidates = stories[lang].filter((s) => s.published === newest).map(storyPath);
    expect(
      candidates.some((p) => hrefs.has(p)),
      `${path} links to none of the newest stories (${newest}): ${candidates.join(", ")}`,
    ).toBe(true);
  });
});
