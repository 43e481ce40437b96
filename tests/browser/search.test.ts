import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeViolations, runAxe } from "./axe.ts";
import { launchChromium, newSiteContext, openPage, type OpenedPage } from "./chromium.ts";
import { expectNone } from "./site.ts";

/*
 * Search (issue 11): the Pagefind index built with the site, queried in Chromium with the
 * Content-Security-Policy enforced, as a reader would: typing into the search box. Pagefind
 * must not be fetched before the reader touches the box; a query without diacritics finds the
 * accented names; the page's language comes first; without JavaScript the page says search
 * needs it and links every section instead.
 */

const baseUrl = inject("baseUrl");
const subpathUrl = inject("subpathUrl");
const distDir = inject("distDir");
const origin = new URL(baseUrl).origin;
const at = (path: string, root = baseUrl) => new URL(path.replace(/^\//, ""), root).href;

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await newSiteContext(browser, origin, { javaScriptEnabled: true, viewport: { width: 360, height: 800 } });
  // Recorded from the very start of each document, before any of the page's own script.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI || "(inline)"}`));
  });
});
afterAll(() => browser?.close());

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Every request of `page` from now on, by URL. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r: Request) => urls.push(r.url()));
  return urls;
}

interface ShownResult {
  group: string;
  lang: string;
  title: string;
  href: string;
  marks: string[];
}

/** Types `query` into the search box and waits for the status line to report the outcome. */
async function searchFor(page: Page, query: string): Promise<{ status: string; results: ShownResult[] }> {
  const box = page.getByRole("searchbox");
  await box.fill(query);
  await box.press("Enter");
  // Submitting writes "Searching…" at once; the search is over when the status says anything else.
  const status = page.locator("#search-status");
  await expect.poll(async () => /^$|…$/u.test((await status.textContent()) ?? ""), { timeout: 15_000 }).toBe(false);
  const results = await page.locator("#search-results section").evaluateAll((sections) =>
    sections.flatMap((section) =>
      [...section.querySelectorAll("li")].map((li) => ({
        group: section.querySelector("h2")?.textContent ?? "",
        lang: li.closest("[lang]")?.getAttribute("lang") ?? "",
        title: li.querySelector("a")?.textContent ?? "",
        href: li.querySelector("a")?.getAttribute("href") ?? "",
        marks: [...li.querySelectorAll("mark")].map((m) => m.textContent ?? ""),
      })),
    ),
  );
  return { status: (await status.textContent()) ?? "", results };
}

describe("search page with JavaScript", () => {
  let opened: OpenedPage;
  let requests: string[];
  beforeAll(async () => {
    opened = await openPage(context, at("/search/"));
    requests = recordRequests(opened.page);
  });
  afterAll(() => opened?.page.close());

  it("the index was built into the site's pagefind/ folder", () => {
    expect(existsSync(join(distDir, "pagefind", "pagefind.js"))).toBe(true);
    expect(existsSync(join(distDir, "pagefind", "pagefind-entry.json"))).toBe(true);
  });

  it("fetches nothing of Pagefind until the reader touches the search box", async () => {
    await opened.page.waitForTimeout(300);
    const early = await opened.page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect(early.filter((u) => u.includes("/pagefind/"))).toEqual([]);
    expect(requests.filter((u) => u.includes("/pagefind/"))).toEqual([]);
  });

  it("`vinh tuong` finds the page titled Vĩnh Tường, the accented words marked in the excerpt", async () => {
    const { status, results } = await searchFor(opened.page, "vinh tuong");
    expect(requests.some((u) => u.endsWith("/pagefind/pagefind.js"))).toBe(true);
    expect(status).toMatch(/Tìm thấy \d+ trang có “vinh tuong”/u);
    expect(results.some((r) => r.title.includes("Vĩnh Tường") && r.href === "/districts/vinh-tuong/")).toBe(true);
    expect(results.flatMap((r) => r.marks).some((m) => /^Vĩnh|^Tường/u.test(m))).toBe(true);
    expect(new URL(opened.page.url()).searchParams.get("q")).toBe("vinh tuong");
  });

  it("`lung hoa` finds Lũng Hòa", async () => {
    const { results } = await searchFor(opened.page, "lung hoa");
    expect(results.length).toBeGreaterThan(0);
    expect(results.flatMap((r) => r.marks).some((m) => /^Lũng|^Hòa/u.test(m))).toBe(true);
  });

  it("`tam dao` finds Tam Đảo, though đ does not fold to d", async () => {
    const { results } = await searchFor(opened.page, "tam dao");
    expect(results.some((r) => r.title.includes("Tam Đảo") && r.href === "/districts/tam-dao/")).toBe(true);
  });

  it("a query that matches nothing says so", async () => {
    const { status, results } = await searchFor(opened.page, "zzqxv");
    expect(status).toBe("Không tìm thấy trang nào có “zzqxv”.");
    expect(results).toEqual([]);
  });

  it("shows results as text, in Vietnamese first, with no policy violation or error", async () => {
    const { results } = await searchFor(opened.page, "vinh tuong");
    const groups = [...new Set(results.map((r) => r.group))];
    expect(groups[0]).toBe("Kết quả bằng tiếng Việt");
    expect(results.filter((r) => r.group === "Kết quả bằng tiếng Anh").every((r) => r.lang === "en")).toBe(true);
    expect(await violations(opened.page)).toEqual([]);
    expect(opened.all()).toEqual([]);
  });
});

describe("search page when Pagefind's web worker cannot start", () => {
  it("searches on the main thread, where this page's policy allows WebAssembly ('wasm-unsafe-eval')", async () => {
    const page = await context.newPage();
    await page.route("**/pagefind/pagefind-worker.js", (route) => route.abort("blockedbyclient"));
    await page.goto(at("/search/"));
    const { results } = await searchFor(page, "vinh tuong");
    expect(results.some((r) => r.href === "/districts/vinh-tuong/")).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it("allows WebAssembly on the search pages only", () => {
    const policyOf = (file: string) => /script-src ([^;]*)/u.exec(readFileSync(join(distDir, file), "utf8"))?.[1] ?? "";
    expect(policyOf("search/index.html")).toContain("'wasm-unsafe-eval'");
    expect(policyOf("en/search/index.html")).toContain("'wasm-unsafe-eval'");
    expect(policyOf("index.html")).not.toContain("'wasm-unsafe-eval'");
    expect(policyOf("data/index.html")).not.toContain("'wasm-unsafe-eval'");
  });
});

describe("English search page", () => {
  it("puts English results first, labelled, and links them under /en/", async () => {
    const { page, all } = await openPage(context, at("/en/search/"));
    const { status, results } = await searchFor(page, "vinh tuong");
    expect(status).toMatch(/^\d+ pages? match(es)? “vinh tuong”: \d+ in English(, \d+ in Vietnamese)?\.$/u);
    expect(results[0]?.group).toBe("Results in English");
    expect(results[0]?.href.startsWith("/en/")).toBe(true);
    const firstOther = results.findIndex((r) => r.group !== "Results in English");
    if (firstOther >= 0) {
      expect(results.slice(firstOther).every((r) => r.group === "Results in Vietnamese" && r.lang === "vi")).toBe(true);
      expect(results.slice(0, firstOther).every((r) => r.href.startsWith("/en/"))).toBe(true);
    }
    expect(results.some((r) => r.title.includes("Vĩnh Tường") && r.href === "/en/districts/vinh-tuong/")).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(all()).toEqual([]);
    await page.close();
  });

  it("answers ?q= in the address when the page opens", async () => {
    const { page, all } = await openPage(context, at("/en/search/?q=lung%20hoa"));
    const status = page.locator("#search-status");
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/match(es)? “lung hoa”/u);
    expect(await page.getByRole("searchbox").inputValue()).toBe("lung hoa");
    expect(all()).toEqual([]);
    await page.close();
  });
});

describe("search results for axe-core", () => {
  it("results in both languages pass axe at 360 and 1280 px, light and dark", async () => {
    const problems: string[] = [];
    for (const width of [360, 1280])
      for (const colorScheme of ["light", "dark"] as const) {
        // axe is injected as an inline script, which the page's policy would refuse.
        const view = await newSiteContext(browser, origin, { bypassCSP: true, viewport: { width, height: 900 }, colorScheme });
        const { page } = await openPage(view, at("/en/search/"));
        const { results } = await searchFor(page, "lung hoa");
        expect(new Set(results.map((r) => r.group)).size).toBe(2);
        for (const line of describeViolations((await runAxe(page)).violations)) problems.push(`${width} px ${colorScheme}: ${line}`);
        await view.close();
      }
    expectNone(problems, "axe violations with results shown");
  });
});

describe("search under a sub-path", () => {
  it("loads the sub-path's index and links results under it", async () => {
    const sub = await newSiteContext(browser, new URL(subpathUrl).origin, { javaScriptEnabled: true });
    const { page, all } = await openPage(sub, at("search/", subpathUrl));
    const { results } = await searchFor(page, "vinh tuong");
    const base = new URL(subpathUrl).pathname;
    expect(results.some((r) => r.href === `${base}districts/vinh-tuong/`)).toBe(true);
    expectNone(
      results.filter((r) => !r.href.startsWith(base)).map((r) => r.href),
      "results outside the sub-path",
    );
    expect(all()).toEqual([]);
    await sub.close();
  });
});

describe("search page without JavaScript", () => {
  it("says search needs JavaScript and links home, data and every district page of the build instead", async () => {
    const noJs = await newSiteContext(browser, origin, { javaScriptEnabled: false });
    for (const [path, message, home] of [
      ["/search/", /Ô tìm kiếm cần JavaScript/u, "/"],
      ["/en/search/", /Search needs JavaScript/u, "/en/"],
    ] as const) {
      const { page, all } = await openPage(noJs, at(path));
      await expect(page.locator("main").textContent()).resolves.toMatch(message);
      const links = await page.locator("nav.search-sections a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links).toContain(home);
      expect(links).toContain(`${home}data/`);
      for (const slug of readdirSync(join(distDir, "districts"))) expect(links).toContain(`${home}districts/${slug}/`);
      expect(all()).toEqual([]);
      await page.close();
    }
    await noJs.close();
  });
});
