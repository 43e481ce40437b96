import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, newSiteContext, openPage } from "./chromium.ts";
import { expectNone, htmlFiles, urlPathForFile } from "./site.ts";

/*
 * The Content-Security-Policy of every page of the build:
 *   - in the HTML: one policy <meta> in <head>, before any script or style; script-src without
 *     'unsafe-inline' and with the hash of each inline script; nothing framed, embedded or
 *     fetched from another host; no foreign <base> or form target;
 *   - in Chromium, with JavaScript on and the policy enforced (the other browser tests bypass it
 *     to inject axe): no `securitypolicyviolation` while a page loads, the charts' script still
 *     runs, and script, an event handler or a frame injected into a page is refused.
 */

const baseUrl = inject("baseUrl");
const dist = inject("distDir");
const files = await htmlFiles(dist);
const origin = new URL(baseUrl).origin;
const at = (path: string) => new URL(path.replace(/^\//, ""), baseUrl).href;

/** A policy as directive name → its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

interface PageFacts {
  file: string;
  policies: string[];
  /** Whether the policy's <meta> comes before the first <script> and <style> of the document. */
  policyFirst: boolean;
  inlineScripts: string[];
}

async function factsOf(file: string): Promise<PageFacts> {
  const { document } = parseHTML(await readFile(join(dist, file), "utf8"));
  const metas = [...document.querySelectorAll("meta[http-equiv]")].filter(
    (m) => (m.getAttribute("http-equiv") ?? "").toLowerCase() === "content-security-policy",
  );
  const first = document.querySelector("script, style, meta[http-equiv]");
  return {
    file,
    policies: metas.filter((m) => m.parentElement?.localName === "head").map((m) => m.getAttribute("content") ?? ""),
    policyFirst: first !== null && first === metas[0],
    inlineScripts: [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? ""),
  };
}

const facts = await Promise.all(files.map(factsOf));
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
/** Sources that would let a page reach another host, or run what it was not built with. */
const OPEN = (source: string) =>
  source === "*" || /^(https?|data|blob|ws|wss|filesystem):?$/i.test(source) || /^[a-z0-9.-]+\.[a-z]{2,}/i.test(source);

describe("Content-Security-Policy in the HTML", () => {
  it("every page has one policy <meta> in its <head>, before any script or style", () => {
    expect(files.length).toBeGreaterThan(0);
    expectNone(
      facts
        .filter((f) => f.policies.length !== 1 || !f.policyFirst)
        .map((f) => `${f.file}: ${f.policies.length} policies in <head>, first: ${f.policyFirst}`),
      "pages without exactly one policy, placed first",
    );
  });

  it("scripts run only by hash: no 'unsafe-inline' or 'unsafe-eval', and every inline script's hash is listed", () => {
    const problems: string[] = [];
    for (const f of facts) {
      const script = parsePolicy(f.policies[0] ?? "").get("script-src") ?? [];
      if (script.length === 0) problems.push(`${f.file}: no script-src`);
      for (const s of script) if (/^'unsafe-(inline|eval|hashes)'$/i.test(s) || OPEN(s)) problems.push(`${f.file}: script-src allows ${s}`);
      for (const text of f.inlineScripts)
        if (!script.includes(sha256(text))) problems.push(`${f.file}: no hash for an inline script (${sha256(text)})`);
    }
    expectNone(problems, "script-src problems");
  });

  it("nothing is framed, embedded or loaded from another host, and <base> and forms stay on the site", () => {
    const problems: string[] = [];
    for (const f of facts) {
      const policy = parsePolicy(f.policies[0] ?? "");
      const expectOnly = (name: string, allowed: readonly string[]) => {
        const sources = policy.get(name);
        if (!sources || sources.length === 0 || sources.some((s) => !allowed.includes(s)))
          problems.push(`${f.file}: ${name} ${sources?.join(" ") ?? "(missing)"}`);
      };
      expectOnly("default-src", ["'self'", "'none'"]);
      expectOnly("frame-src", ["'self'", "'none'"]);
      expectOnly("object-src", ["'none'"]);
      expectOnly("base-uri", ["'self'", "'none'"]);
      expectOnly("form-action", ["'self'", "'none'"]);
      for (const [name, sources] of policy) for (const s of sources) if (OPEN(s)) problems.push(`${f.file}: ${name} allows ${s}`);
    }
    expectNone(problems, "directives that reach beyond the site");
  });
});

describe("Content-Security-Policy in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await newSiteContext(browser, origin, { javaScriptEnabled: true, viewport: { width: 1280, height: 900 } });
    // Recorded from the very start of each document, before any of the page's own script.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener("securitypolicyviolation", (e) =>
        seen.push(`${e.effectiveDirective} refused ${e.blockedURI || "(inline)"}`),
      );
    });
  });
  afterAll(() => browser?.close());

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

  it("no page reports a violation or an error while it loads, and the charts' script runs where there are charts", async () => {
    const problems: string[] = [];
    for (const file of files) {
      const path = urlPathForFile(file);
      const opened = await openPage(context, at(path));
      for (const v of await violations(opened.page)) problems.push(`${path}: ${v}`);
      for (const p of opened.all()) problems.push(`${path}: ${p}`);
      const charts = await opened.page.locator("figure.chart svg").count();
      if (charts > 0 && (await opened.page.locator(".chart-mark").count()) === 0)
        problems.push(`${path}: ${charts} charts, but their script did not run`);
      await opened.page.close();
    }
    expectNone(problems, "violations and errors");
  });

  it("a chart's tooltip still shows its text", async () => {
    const { page } = await openPage(context, at("/"));
    // The first mark on show: each chart is drawn twice, and one drawing is hidden at this width.
    await page.locator(".chart-mark:visible").first().focus();
    await expect.poll(() => page.locator(".chart-tooltip").isVisible()).toBe(true);
    expect((await page.locator(".chart-tooltip").textContent())?.trim()).not.toBe("");
    await page.close();
  });

  it("refuses script, an event handler and a frame injected into a page", async () => {
    const { page } = await openPage(context, at("/data/"));
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __ran: string[]; __violations: string[] };
      w.__ran = [];
      const script = document.createElement("script");
      script.textContent = "window.__ran.push('inline script')";
      document.body.append(script);
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__ran.push('onerror')");
      img.src = "/no-such-image.png";
      document.body.append(img);
      const link = document.createElement("a");
      link.href = "javascript:window.__ran.push('javascript: link')";
      document.body.append(link);
      link.click();
      const frame = document.createElement("iframe");
      frame.src = "https://evil.example/";
      document.body.append(frame);
      await new Promise((done) => setTimeout(done, 500));
      return w.__ran;
    });
    expect(ran).toEqual([]);
    const refused = (await violations(page)).join("\n");
    expect(refused).toMatch(/script-src-elem refused \(inline\)|script-src-elem refused inline/);
    expect(refused).toMatch(/script-src-attr/);
    expect(refused).toMatch(/frame-src refused https:\/\/evil\.example/);
    await page.close();
  });
});
