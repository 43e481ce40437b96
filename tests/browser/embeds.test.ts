import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, ElementHandle, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { siteUrl } from "../../src/lib/discovery/siteUrl.ts";
import { EMBED_MESSAGE } from "../../src/lib/embed/embedMessage.ts";
import { describeViolations, runAxe } from "./axe.ts";
import { launchChromium } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./serve.ts";
import { expectNone, htmlFiles, urlPathForFile } from "./site.ts";

/*
 * The embeds as another site uses them (issue 12): a host page served from a different origin
 * (a second server, another port) pastes the embed code offered under each figure of the site —
 * every chart and map, in both languages — with and without /embed.js.
 *   - With the script: each iframe's height is its document's height (±2 px) after loading at
 *     1280 px and after the viewport shrinks to 360 px; messages from another origin, or from
 *     the site's origin with a forged payload, change no height.
 *   - Without it: at every width every figure is whole inside its frame (no inner scrolling, no
 *     element past the frame's edges), from the height the code was built with.
 * And the embed pages themselves: weight, the script's weight, forced themes, axe with a forced
 * dark theme, and reading without JavaScript.
 */

const baseUrl = inject("baseUrl");
const dist = inject("distDir");
const siteOrigin = new URL(baseUrl).origin;
/** The address the build wrote into the embed code (the public site URL), replaced by the test server's. */
const published = `${siteUrl(process.env)}/`;
const files = await htmlFiles(dist);
const embedPages = files.map((f) => urlPathForFile(f)).filter((p) => /^\/(en\/)?embed\/[^/]+\/$/.test(p));
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Text as an HTML text node writes it (what a textarea holds; linkedom keeps a textarea's entities undecoded). */
const decode = (text: string) =>
  text.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name]!);

/** The embed code under every figure of every page, by embed page path, as the build wrote it. */
function offeredCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of files) {
    const html = readFileSync(join(dist, file), "utf8");
    for (const m of html.matchAll(/<details class="chart-embed">[\s\S]*?<textarea\b[^>]*>([\s\S]*?)<\/textarea>/g)) {
      const code = decode(m[1]!);
      const src = /<iframe\b[^>]*\ssrc="([^"]+)"/.exec(code)?.[1];
      if (src?.startsWith(published)) codes.set(`/${src.slice(published.length)}`, code);
    }
  }
  return codes;
}
const codes = offeredCodes();
const onTestSite = (code: string) => code.replaceAll(published, baseUrl);

let hostDir: string;
let host: StaticServer;
let browser: Browser;
beforeAll(async () => {
  hostDir = mkdtempSync(join(tmpdir(), "embed-host-"));
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom's article</title>` +
    `<style>body{margin:0;font:18px/1.5 Georgia,serif}main{width:var(--w,auto)}p{margin:0 8px}</style></head><body><main>${body}</main></body></html>`;
  const all = [...codes.values()].map(onTestSite);
  const iframeOnly = (code: string) => code.replace(/\n?<script\b[^>]*><\/script>/, "");
  writeFileSync(join(hostDir, "with-script.html"), page(all.map((c) => `<p>Paragraph.</p>${c}`).join("")));
  writeFileSync(join(hostDir, "no-script.html"), page(all.map((c) => `<p>Paragraph.</p>${iframeOnly(c)}`).join("")));
  // Served by the host: a page that, once inside one of the site's frames, claims a height for it.
  writeFileSync(
    join(hostDir, "forge.html"),
    `<!doctype html><title>forge</title><script>for (let i = 0; i < 5; i++) parent.postMessage({ type: ${JSON.stringify(EMBED_MESSAGE.height)}, id: location.hash.slice(1), height: 222 }, "*"); document.title = "sent";</script>`,
  );
  host = await serveStatic(hostDir, "/");
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** A context that reaches the host and the site, nothing else. */
async function context(options: { js?: boolean; width?: number; scheme?: "light" | "dark" } = {}): Promise<BrowserContext> {
  const c = await browser.newContext({
    javaScriptEnabled: options.js ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.scheme ?? "light",
    serviceWorkers: "block",
    bypassCSP: true, // axe is injected as an inline script
  });
  await c.route(
    (url) => url.origin !== siteOrigin && url.origin !== host.origin,
    (route) => route.abort("blockedbyclient"),
  );
  return c;
}

/** Opens a host page and brings every frame into view, so that each lazy frame loads; returns the frames. */
async function openHost(c: BrowserContext, file: string): Promise<{ page: Page; frames: ElementHandle<HTMLIFrameElement>[] }> {
  const page = await c.newPage();
  await page.goto(`${host.url}${file}`, { waitUntil: "load" });
  const frames = (await page.$$("iframe")) as ElementHandle<HTMLIFrameElement>[];
  for (const frame of frames) {
    await frame.scrollIntoViewIfNeeded();
    const content = await frame.contentFrame();
    await expect.poll(() => content?.url() ?? "", { timeout: 15_000 }).toMatch(/\/embed\/[^/]+\/$/);
    await content!.waitForLoadState("load");
  }
  return { page, frames };
}

/** Each frame: its src path, its height on the host page, and its document's height. */
async function heights(frames: ElementHandle<HTMLIFrameElement>[]) {
  return Promise.all(
    frames.map(async (f) => {
      const content = (await f.contentFrame())!;
      return {
        src: new URL(await f.evaluate((e) => e.src)).pathname,
        frame: await f.evaluate((e) => e.getBoundingClientRect().height),
        document: await content.evaluate(() => document.documentElement.getBoundingClientRect().height),
      };
    }),
  );
}
const mismatched = async (frames: ElementHandle<HTMLIFrameElement>[]) =>
  (await heights(frames))
    .filter((h) => Math.abs(h.frame - h.document) > 2)
    .map((h) => `${h.src}: frame ${h.frame.toFixed(1)} px, document ${h.document.toFixed(1)} px`);

/**
 * Brings each frame into view in turn and waits for its height to follow its document: Chromium
 * pauses the rendering (and so the resize observer) of a frame from another origin while it is
 * off screen, so a frame the reader has not reached reports its new height when it is reached.
 */
async function settle(frames: ElementHandle<HTMLIFrameElement>[]): Promise<void> {
  for (const f of frames) {
    await f.scrollIntoViewIfNeeded();
    await expect.poll(() => mismatched([f]), { timeout: 10_000 }).toEqual([]);
  }
}

describe("the embed code offered under the site's figures", () => {
  it("every embed page of the build is offered, under some figure of the site, in both languages", () => {
    expect(embedPages.length).toBeGreaterThan(20);
    expect(embedPages.filter((p) => p.startsWith("/en/")).length).toBe(embedPages.length / 2);
    expectNone(
      embedPages.filter((p) => !codes.has(p)).map((p) => `${p}: no page offers its code`),
      "embed pages without an embed code",
    );
  });
});

describe("a host page on another origin, with /embed.js", () => {
  it("each iframe's height is its document's height (±2 px) at 1280 px, and again after the viewport shrinks to 360 px", async () => {
    const c = await context({ width: 1280 });
    const { page, frames } = await openHost(c, "with-script.html");
    expect(frames.length).toBe(codes.size);
    await settle(frames);
    expect(await mismatched(frames)).toEqual([]);
    const wide = await heights(frames);
    await page.setViewportSize({ width: 360, height: 900 });
    await settle(frames);
    expect(await mismatched(frames)).toEqual([]);
    const narrow = await heights(frames);
    const errors = [...wide, ...narrow].map((h) => Math.abs(h.frame - h.document));
    console.log(
      `embed heights with /embed.js: ${frames.length} frames, largest |frame − document| ${Math.max(...errors).toFixed(2)} px; ` +
        `${narrow.filter((h, i) => h.document > wide[i]!.document).length} grew at 360 px`,
    );
    await c.close();
  }, 180_000);

  it("a message from another origin, or a forged payload from the site's origin, changes no height", async () => {
    const c = await context({ width: 1280 });
    const { page, frames } = await openHost(c, "with-script.html");
    await settle(frames);
    // Every height the host page's iframes are given from now on.
    await page.evaluate(() => {
      const w = window as unknown as { __set: string[] };
      w.__set = [];
      new MutationObserver((records) => {
        for (const r of records) w.__set.push(`${(r.target as HTMLIFrameElement).src} ${(r.target as HTMLIFrameElement).style.height}`);
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["style", "height"] });
    });
    const set = () => page.evaluate(() => (window as unknown as { __set: string[] }).__set);
    const [first, second] = [frames[0]!, frames[1]!];
    const firstId = /\/embed\/([^/]+)\/$/.exec(await first.evaluate((e) => e.src))![1]!;
    const secondId = /\/embed\/([^/]+)\/$/.exec(await second.evaluate((e) => e.src))![1]!;
    expect(secondId).not.toBe(firstId);
    const type = EMBED_MESSAGE.height;

    // From the host page itself: the right payload, the wrong origin and source.
    await page.evaluate(([t, id]) => window.postMessage({ type: t, id, height: 321 }, "*"), [type, firstId] as const);
    // From the first frame (the site's origin, a managed source): forged payloads, then one valid message as a barrier.
    const inside = (await first.contentFrame())!;
    await inside.evaluate(
      ([t, own, other]) => {
        const forged: unknown[] = [
          { type: "resize", id: own, height: 300 },
          { type: t, id: own, height: Number.NaN },
          { type: t, id: own, height: 1e9 },
          { type: t, id: own, height: -5 },
          { type: t, id: own, height: "300" },
          { type: t, id: other, height: 300 },
          { type: t, id: own, height: 300, html: "<img src=x>" },
          JSON.stringify({ type: t, id: own, height: 300 }),
        ];
        for (const m of forged) parent.postMessage(m, "*");
        parent.postMessage({ type: t, id: own, height: 432 }, "*");
      },
      [type, firstId, secondId] as const,
    );
    await expect.poll(set, { timeout: 5_000 }).toContain(`${await first.evaluate((e) => e.src)} 432px`);
    expect(await set()).toEqual([`${await first.evaluate((e) => e.src)} 432px`]);

    // From another origin inside a managed frame: the frame's window is right, its origin is not.
    await inside.goto(`${host.url}forge.html#${firstId}`);
    await expect.poll(() => inside.title(), { timeout: 5_000 }).toBe("sent");
    await page.waitForTimeout(300);
    expect(await set()).toEqual([`${await first.evaluate((e) => e.src)} 432px`]);
    await c.close();
  }, 120_000);
});

describe("a host page on another origin, without /embed.js", () => {
  /** Space left under each figure by the height of its code, in px, at each width checked (for the report). */
  const spare: number[] = [];
  afterAll(() =>
    console.log(`embed code heights without /embed.js: ${Math.min(...spare)}–${Math.max(...spare)} px to spare under the figures`),
  );

  /** What sticks out of each frame: inner scrolling, or an element past its bottom or right edge. */
  async function clipped(frames: ElementHandle<HTMLIFrameElement>[]): Promise<string[]> {
    const problems: string[] = [];
    for (const f of frames) {
      const content = (await f.contentFrame())!;
      const src = new URL(await f.evaluate((e) => e.src)).pathname;
      const found = await content.evaluate(() => {
        const root = document.documentElement;
        const [w, h] = [root.clientWidth, window.innerHeight];
        const out: string[] = [];
        if (root.scrollHeight > h) out.push(`scrolls: content ${root.scrollHeight} px in a ${h} px frame`);
        if (root.scrollWidth > w) out.push(`scrolls sideways: ${root.scrollWidth} px in ${w} px`);
        for (const e of document.body.querySelectorAll("*")) {
          const r = e.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.bottom > h + 0.5 || r.right > w + 0.5)
            out.push(
              `${e.localName}${e.id ? `#${e.id}` : ""}.${[...e.classList].join(".")} ends at (${Math.round(r.right)}, ${Math.round(r.bottom)}) in ${w}×${h}`,
            );
        }
        return { out: out.slice(0, 3), spare: Math.round(h - root.getBoundingClientRect().height) };
      });
      const width = await f.evaluate((e) => e.getBoundingClientRect().width);
      spare.push(found.spare);
      problems.push(...found.out.map((p) => `${src} at ${width} px: ${p}`));
    }
    return problems;
  }

  for (const width of [360, 1280]) {
    it(`every figure is whole in its frame at a ${width} px viewport`, async () => {
      const c = await context({ width });
      const { frames } = await openHost(c, "no-script.html");
      expect(frames.length).toBe(codes.size);
      expectNone(await clipped(frames), `clipped or scrolling embeds at ${width} px`);
      await c.close();
    }, 180_000);
  }

  it("every figure is whole in frames 320, 480, 599, 600, 700 and 1000 px wide (either side of the drawings' switch)", async () => {
    const c = await context({ width: 1280 });
    const { page, frames } = await openHost(c, "no-script.html");
    const problems: string[] = [];
    for (const w of [320, 480, 599, 600, 700, 1000]) {
      await page.evaluate((px) => document.documentElement.style.setProperty("--w", `${px}px`), w);
      await page.waitForTimeout(100);
      problems.push(...(await clipped(frames)));
    }
    expectNone(problems, "clipped or scrolling embeds");
    await c.close();
  }, 180_000);
});

describe("embed pages", () => {
  it("each weighs at most 15 KB compressed with the script it loads, and /embed.js at most 2 KB", () => {
    const weights = embedPages.map((p) => {
      const html = readFileSync(join(dist, p, "index.html"));
      // What else it loads: its module script (the tooltips and the height report), nothing more.
      const loads = [...html.toString("utf8").matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
      return { p, size: gz(html) + loads.reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0) };
    });
    const script = gz(readFileSync(join(dist, "embed.js")));
    console.log(
      `embed pages, gzip -9, with what they load: ${Math.min(...weights.map((w) => w.size))}–${Math.max(...weights.map((w) => w.size))} B; embed.js ${script} B`,
    );
    expectNone(
      weights.filter((w) => w.size > 15 * 1024).map((w) => `${w.p}: ${w.size} B`),
      "embed pages over 15 KB",
    );
    expect(script).toBeLessThanOrEqual(2 * 1024);
  });

  it("?theme=dark forces the dark colours for a reader in light mode, ?theme=light the light ones in dark mode", async () => {
    const background = async (scheme: "light" | "dark", query: string) => {
      const c = await context({ scheme });
      const page = await c.newPage();
      await page.goto(`${baseUrl}embed/club-plan/${query}`);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await c.close();
      return bg;
    };
    const [light, dark] = ["rgb(253, 252, 249)", "rgb(21, 25, 28)"];
    expect(await background("light", "")).toBe(light);
    expect(await background("dark", "")).toBe(dark);
    expect(await background("light", "?theme=dark")).toBe(dark);
    expect(await background("dark", "?theme=light")).toBe(light);
    expect(await background("dark", "?theme=blue")).toBe(dark);
  });

  for (const [scheme, query, width] of [
    ["light", "?theme=dark", 360],
    ["dark", "?theme=light", 1280],
  ] as const) {
    it(`axe finds nothing on any embed page with ${query} for a reader in ${scheme} mode at ${width} px`, async () => {
      const c = await context({ scheme, width });
      const page = await c.newPage();
      const problems: string[] = [];
      for (const path of embedPages) {
        await page.goto(`${baseUrl}${path.slice(1)}${query}`, { waitUntil: "load" });
        const { violations } = await runAxe(page);
        problems.push(...describeViolations(violations).map((v) => `${path}${query}: ${v}`));
      }
      expectNone(problems, "axe violations");
      await c.close();
    }, 180_000);
  }

  it("read without JavaScript, each shows its title, a drawing, the summary, the source line with the data version and a link to the figure on the site", async () => {
    const c = await context({ js: false, width: 360 });
    const page = await c.newPage();
    const problems: string[] = [];
    for (const path of embedPages) {
      await page.goto(`${baseUrl}${path.slice(1)}`);
      const id = /\/embed\/([^/]+)\/$/.exec(path)![1]!;
      const seen = await page.evaluate((figure) => {
        const visible = (s: string) => {
          const e = document.querySelector(s);
          return e !== null && e.getBoundingClientRect().height > 0 && (e.textContent ?? "").trim() !== "";
        };
        const drawing = [...document.querySelectorAll(".chart-svg svg")].some((s) => s.getBoundingClientRect().height > 20);
        const back = document.querySelector<HTMLAnchorElement>(".chart-back a")?.getAttribute("href") ?? "";
        return {
          title: visible("h1"),
          drawing,
          summary: visible(".chart-summary"),
          version: /\d+\.\d+\.\d+/.test(document.querySelector(".chart-source")?.textContent ?? ""),
          back: back.endsWith(`#chart-${figure}`) || back.endsWith("/"),
          chrome: document.querySelector("header, footer, nav") !== null,
        };
      }, id);
      for (const [what, ok] of Object.entries(seen)) if (what === "chrome" ? ok : !ok) problems.push(`${path}: ${what}`);
    }
    expectNone(problems, "embed pages without JavaScript");
    await c.close();
  }, 120_000);
});
