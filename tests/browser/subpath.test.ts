import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { siteUrl } from "../../src/lib/discovery/siteUrl.ts";
import { launchChromium, newSiteContext, openPage } from "./chromium.ts";
import { parseHTML } from "linkedom";
import { cssUrls, documentReferences, expectNone, htmlFiles, urlPathForFile, type Reference } from "./site.ts";

/*
 * Every page of a build, found by following links from its home (and by listing its .html
 * files, so an unlinked page is not missed), must only point inside the site's base path,
 * and every such address must answer 200. Run over the sub-path build (/vinhphuc/), where a
 * link written as "/en/" instead of "/vinhphuc/en/" breaks, and over the root build.
 */

/** Absolute URLs the build writes with its `site` (canonical, alternates, og:image) count as internal. */
const siteOrigin = siteUrl(process.env);
const ignoredSchemes = /^(mailto|tel|sms|javascript|data|blob|about):/i;

interface Fetched {
  status: number;
  location: string | null;
  type: string;
  body: string;
}

interface CrawlResult {
  /** HTML pages crawled, as URLs. */
  pages: string[];
  /** One line per problem: where, what it says, what is wrong, and on which pages. */
  broken: string[];
}

async function crawl(start: string, buildDirectory: string): Promise<CrawlResult> {
  const startUrl = new URL(start);
  const origin = startUrl.origin;
  const base = startUrl.pathname;
  const cache = new Map<string, Promise<Fetched>>();
  const get = (url: string) => {
    let hit = cache.get(url);
    if (!hit) {
      hit = fetch(url, { redirect: "manual" }).then(async (r) => ({
        status: r.status,
        location: r.headers.get("location"),
        type: r.headers.get("content-type") ?? "",
        body: await r.text(),
      }));
      cache.set(url, hit);
    }
    return hit;
  };
  const idsOf = new Map<string, Set<string>>();
  const ids = (url: string, html: string) => {
    let set = idsOf.get(url);
    if (!set) {
      const { document } = parseHTML(html);
      set = new Set([...document.querySelectorAll("[id], a[name]")].map((e) => e.getAttribute("id") ?? e.getAttribute("name") ?? ""));
      idsOf.set(url, set);
    }
    return set;
  };

  /** Problem → the pages it is on: one line for a broken footer link, not one per page. */
  const broken = new Map<string, string[]>();
  const report = (page: string, problem: string) => {
    const pages = broken.get(problem) ?? [];
    if (!pages.includes(page)) pages.push(page);
    broken.set(problem, pages);
  };
  const seen = new Set<string>();
  const queue: string[] = [start];
  for (const file of await htmlFiles(buildDirectory)) queue.push(new URL(urlPathForFile(file, base), origin).href);

  const short = (url: string) => {
    const u = new URL(url);
    return u.origin === origin ? u.pathname + u.search + u.hash : url;
  };

  /** Checks one reference found in `from` (a page or a stylesheet); returns the page to crawl, if any. */
  async function check(from: string, reference: Reference, fromNotFoundPage: boolean): Promise<string | null> {
    const { value, where } = reference;
    const say = (problem: string) => report(short(from), `${where}="${value}" ${problem}`);
    if (value === "" || ignoredSchemes.test(value)) return null;

    let target: URL;
    try {
      target = new URL(value, from);
    } catch {
      say("is not a valid URL");
      return null;
    }
    const absolute = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(value);
    if (absolute && target.origin !== origin && target.origin !== siteOrigin) return null; // another site
    if (target.origin === siteOrigin && target.origin !== origin) target = new URL(target.pathname + target.search + target.hash, origin);

    if (value.startsWith("#")) {
      const fragment = decodeURIComponent(value.slice(1));
      if (fragment === "" || fragment === "top") return null;
      const page = await get(stripHash(from));
      if (!ids(stripHash(from), page.body).has(fragment)) say(`points to no element on the page`);
      return null;
    }
    const isRelative = !absolute && !value.startsWith("/");
    if (!target.pathname.startsWith(base)) {
      say(`is outside the base path ${base} (resolves to ${target.pathname})`);
      return null;
    }
    if (isRelative && fromNotFoundPage) {
      say(`is relative, but the 404 page is served at any depth: write it from the root (${target.pathname})`);
      return null;
    }

    const url = stripHash(target.href);
    const response = await get(url);
    if (response.status !== 200) {
      const extra = response.location ? ` → ${response.location}` : "";
      say(`→ ${target.pathname}: HTTP ${response.status}${extra}`);
      return null;
    }
    if (target.hash.length > 1 && response.type.startsWith("text/html")) {
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment !== "top" && !ids(url, response.body).has(fragment)) say(`→ ${target.pathname} has no element with id "${fragment}"`);
    }
    if (response.type.startsWith("text/css")) {
      for (const inner of cssUrls(response.body)) await check(url, { where: "stylesheet url()", value: inner }, false);
    }
    return response.type.startsWith("text/html") ? url : null;
  }

  while (queue.length > 0) {
    const page = queue.shift()!;
    if (seen.has(page)) continue;
    seen.add(page);
    const response = await get(page);
    if (response.status !== 200) {
      report(short(page), `HTTP ${response.status}${response.location ? ` → ${response.location}` : ""}`);
      continue;
    }
    const isNotFoundPage = new URL(page).pathname === `${base}404.html`;
    for (const reference of documentReferences(response.body)) {
      const next = await check(page, reference, isNotFoundPage);
      if (next !== null && !seen.has(next)) queue.push(next);
    }
  }
  const lines = [...broken].map(([problem, pages]) =>
    pages.length === 1 ? `${pages[0]}: ${problem}` : `${problem}  (on ${pages.length} pages: ${pages.join(", ")})`,
  );
  return { pages: [...seen].sort(), broken: lines };
}

function stripHash(url: string): string {
  const u = new URL(url);
  u.hash = "";
  return u.href;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// Every page of the root build is loaded in Chromium four times by accessibility.test.ts (which
// fails on console errors and failed requests too); here it only serves its 404 page at depth.
const builds = [
  { name: "sub-path build (BASE_PATH=/vinhphuc/)", url: inject("subpathUrl"), directory: inject("subpathDir"), loadPages: true },
  { name: "root build", url: inject("baseUrl"), directory: inject("distDir"), loadPages: false },
];

for (const build of builds) {
  describe(build.name, () => {
    let pages: string[] = [];

    it(`every internal href/src/srcset/url() stays under ${new URL(build.url).pathname} and answers 200`, async () => {
      const result = await crawl(build.url, build.directory);
      pages = result.pages;
      expect(result.pages.length, "pages crawled").toBeGreaterThan(0);
      expectNone(result.broken, `broken links in the ${build.name}`);
    });

    it(`${build.loadPages ? "every crawled page, and " : ""}the 404 page at depth, load in Chromium without errors or failed requests`, async () => {
      const origin = new URL(build.url).origin;
      const context = await newSiteContext(browser, origin);
      const problems: string[] = [];
      try {
        const visits: { url: string; expectStatus?: number }[] = build.loadPages
          ? (pages.length > 0 ? pages : [build.url]).map((url) => ({ url }))
          : [];
        visits.push({ url: new URL("no/such/page/here/", build.url).href, expectStatus: 404 });
        for (const visit of visits) {
          const opened = await openPage(context, visit.url, visit.expectStatus === undefined ? {} : { expectStatus: visit.expectStatus });
          const path = new URL(visit.url).pathname;
          const status = opened.response?.status();
          if (status !== (visit.expectStatus ?? 200)) problems.push(`${path}: HTTP ${status}`);
          problems.push(...opened.all().map((p) => `${path}: ${p}`));
          await opened.page.close();
        }
      } finally {
        await context.close();
      }
      expectNone(problems, `errors or failed requests in the ${build.name}`);
    });
  });
}
