import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import Papa from "papaparse";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newSiteContext, openPage } from "../browser/chromium.ts";
import { serveStatic, type StaticServer } from "../browser/serve.ts";
import { htmlFiles, urlPathForFile } from "../browser/site.ts";
import { csvColumns } from "../support/hostilePackage.ts";
import { EVIL_HOST, NUMBER_PAYLOADS, TEXT_PAYLOADS } from "../support/hostilePayloads.ts";
import { hostileSitePackage, SITE_PLACEMENTS } from "../support/hostileSite.ts";
import { FIXTURE_DIR, readPackage, type PackageFiles } from "../support/packageFiles.ts";

/*
 * The hostile pull request that gets through (issue 8): every payload the check accepts
 * (tests/support/hostileSite.ts lists them, tests/unit/hostilePullRequests.test.ts keeps the list
 * complete) goes into one copy of the fixture package, each in its own cell, changelog bullet,
 * descriptor text or map property. The real check and `astro build` run on it; the site is served
 * and every page opened in Chromium, which must see no dialog, no `window.__pwned`, no element or
 * attribute a payload would create, no frame, no link or source with a scheme other than http(s),
 * no request to another host and no Content-Security-Policy violation, and must show the payloads
 * as text. The published CSVs are the files the check read, with no cell a spreadsheet would run.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const require = createRequire(join(ROOT, "package.json"));
const ASTRO = join(dirname(require.resolve("astro/package.json")), "bin", "astro.mjs");
const WORK = mkdtempSync(join(tmpdir(), "vp-hostile-site-"));
const DATA = join(WORK, "data");
const DIST = join(WORK, "dist");

const FILES: PackageFiles = hostileSitePackage(readPackage(FIXTURE_DIR));

interface Visit {
  readonly path: string;
  readonly problems: readonly string[];
  readonly text: string;
}

let check: { status: number | null; output: string };
let build: { status: number | null; output: string; seconds: number };
let server: StaticServer | undefined;
let browser: Browser | undefined;
const visits: Visit[] = [];
const notFound: string[] = [];

/** What a page's DOM must not hold once a payload is in the data; run in the page. */
function inspectPage(evilHost: string): { problems: string[]; text: string } {
  const problems: string[] = [];
  const w = window as unknown as { __pwned?: unknown; __cspViolations?: string[] };
  if (w.__pwned !== undefined) problems.push("window.__pwned is set: a payload ran");
  for (const v of w.__cspViolations ?? []) problems.push(`Content-Security-Policy violation: ${v}`);
  const short = (el: Element) => el.outerHTML.slice(0, 160);
  for (const el of document.querySelectorAll("#pwned, [data-pwned]")) problems.push(`element made by a payload: ${short(el)}`);
  for (const el of document.querySelectorAll("iframe, frame, frameset, object, embed, applet, base, form")) {
    // The site's own search form (issue 11) sends a query to its own search page.
    const ownForm =
      el.localName === "form" &&
      el.classList.contains("search-form") &&
      new URL(el.getAttribute("action") ?? "", location.href).origin === location.origin;
    if (!ownForm) problems.push(`element a page of this site never has: ${short(el)}`);
  }
  // The site's one http-equiv is its Content-Security-Policy, in the head.
  for (const el of document.querySelectorAll("meta[http-equiv]"))
    if (el.getAttribute("http-equiv")!.toLowerCase() !== "content-security-policy" || el.parentElement !== document.head)
      problems.push(`meta http-equiv a payload would add: ${short(el)}`);
  for (const el of document.querySelectorAll("*")) {
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on") || ["autofocus", "formaction", "srcdoc"].includes(name))
        problems.push(`attribute a payload would add: ${name} on ${short(el)}`);
      if (!["href", "src", "xlink:href", "action", "data", "poster", "srcset"].includes(name)) continue;
      const value = attribute.value.trim();
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value))
        problems.push(`${name} with a scheme other than http(s): ${short(el)}`);
      // A link may point to another site (a source's page); nothing may be loaded from one. The
      // canonical and hreflang <link>s name the site's public address, which nothing loads.
      const reference = el.localName === "link" && /^(canonical|alternate)$/.test(el.getAttribute("rel") ?? "");
      if ((name !== "href" || el.localName !== "a") && !reference) {
        try {
          if (new URL(value, location.href).origin !== location.origin) problems.push(`${name} loads from another host: ${short(el)}`);
        } catch {
          problems.push(`${name} that is not a URL: ${short(el)}`);
        }
      }
    }
  }
  for (const script of document.scripts) {
    if (script.src && new URL(script.src).origin !== location.origin) problems.push(`script from another host: ${script.src}`);
    // A story's structured data (NewsArticle) holds its title and summary as JSON strings: inert if it stays one JSON value.
    if (script.type === "application/ld+json") {
      try {
        JSON.parse(script.textContent ?? "");
      } catch {
        problems.push(`structured data that is not JSON: ${short(script)}`);
      }
      continue;
    }
    if (/pwned|alert\(/.test(script.textContent ?? "")) problems.push(`script holding a payload: ${short(script)}`);
  }
  for (const style of document.querySelectorAll("style"))
    if ((style.textContent ?? "").includes(evilHost)) problems.push(`style holding a payload: ${short(style)}`);
  return { problems, text: `${document.title}\n${document.body.textContent ?? ""}` };
}

/** Opens one page of the served site and lists what went wrong on it. */
async function visit(context: BrowserContext, path: string): Promise<Visit> {
  const dialogs: string[] = [];
  context.once("page", (page) => page.on("dialog", (d) => void (dialogs.push(d.message()), d.dismiss())));
  const opened = await openPage(context, server!.url + path.slice(1));
  const seen = await opened.page.evaluate(inspectPage, EVIL_HOST);
  await opened.page.close();
  // A story may hold a relative image or link path the check cannot know is missing (`![x](+1+1)`):
  // a 404 from this site is a broken picture, not a payload that ran, so it is counted, not failed.
  const own404 = (p: string) => p.startsWith(`HTTP 404: ${server!.url}stories/`);
  notFound.push(...opened.all().filter(own404));
  return {
    path,
    problems: [...dialogs.map((m) => `dialog opened: ${m}`), ...opened.all().filter((p) => !own404(p)), ...seen.problems],
    text: seen.text,
  };
}

beforeAll(async () => {
  for (const [path, bytes] of FILES) {
    mkdirSync(dirname(join(DATA, path)), { recursive: true });
    writeFileSync(join(DATA, path), bytes);
  }
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/check-data.ts"), DATA], { cwd: ROOT, encoding: "utf8" });
  check = { status: run.status, output: run.stdout + run.stderr };
  const started = performance.now();
  const built = spawnSync(process.execPath, [ASTRO, "build"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: DATA, OUT_DIR: DIST, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  build = { status: built.status, output: built.stdout + built.stderr, seconds: (performance.now() - started) / 1000 };
  console.log(`[hostile site] ${SITE_PLACEMENTS.length} placements, astro build exited ${build.status} in ${build.seconds.toFixed(1)} s`);
  if (build.status !== 0) return;

  server = await serveStatic(DIST, "/");
  browser = await launchChromium();
  const context = await newSiteContext(browser, server.origin);
  // Before any page script: record what the Content-Security-Policy blocked (injected or the site's own).
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const started2 = performance.now();
  for (const file of await htmlFiles(DIST)) visits.push(await visit(context, urlPathForFile(file)));
  console.log(`[hostile site] ${visits.length} pages opened in Chromium in ${((performance.now() - started2) / 1000).toFixed(1)} s`);
  console.log(`[hostile site] ${notFound.length} story images or links to a missing path on this site: ${notFound.join(", ")}`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (!process.env["KEEP_HOSTILE_SITE"]) rmSync(WORK, { recursive: true, force: true });
});

describe("a site built from every payload the check lets through", () => {
  it("passes the check and builds", () => {
    expect(check.status, check.output).toBe(0);
    expect(build.status, build.output.slice(-4000)).toBe(0);
  });

  it("runs none of them: no dialog, no injected element or attribute, no request to another host, on any page", () => {
    expect(visits.length).toBeGreaterThan(10);
    expect(visits.filter((v) => v.problems.length > 0).map((v) => `${v.path}:\n  ${v.problems.join("\n  ")}`)).toEqual([]);
  });

  it("would see a payload that ran: a canary page with the payloads written raw trips every detector", async () => {
    expect(browser && server).toBeTruthy();
    // Not the refresh: it would navigate away from the page to inspect.
    const raw = TEXT_PAYLOADS.filter((p) => p.kind === "markup" && p.name !== "meta-refresh").map((p) => `<p>${p.text}</p>`);
    writeFileSync(
      join(DIST, "canary.html"),
      `<!doctype html><title>canary</title><body>${raw.join("\n")}<a href="javascript:void 0">x</a></body>`,
    );
    const { problems } = await visit(await newSiteContext(browser!, server!.origin), "/canary.html");
    for (const expected of [
      /^dialog opened/,
      /window\.__pwned is set/,
      /element made by a payload/,
      /attribute a payload would add: on/,
      /^outside request/,
      /scheme other than http/,
    ])
      expect(
        problems.some((p) => expected.test(p)),
        `${expected} in\n${problems.join("\n")}`,
      ).toBe(true);
  });

  it("shows them as text, where the pages show that cell", () => {
    // As an HTML parser reads text: CRLF and CR become LF, NUL is dropped.
    const normal = (s: string) => s.replace(/\r\n?/g, "\n").replaceAll("\u0000", "");
    const shown = normal(visits.map((v) => v.text).join("\n"));
    const textOf = (name: string) => normal(TEXT_PAYLOADS.find((p) => p.name === name)?.text ?? "");
    const missing = SITE_PLACEMENTS.flatMap((p) => {
      const expected =
        p.surface === "csv" || p.surface === "descriptor" || (p.surface === "story" && (p.place === "title" || p.place === "summary"))
          ? textOf(p.payload)
          : p.surface === "changelog"
            ? p.shown
            : undefined;
      return expected === undefined || shown.includes(expected)
        ? []
        : [`${p.surface} ${p.payload}: ${JSON.stringify(expected).slice(0, 120)}`];
    });
    expect(missing).toEqual([]);
  });

  it("shows no figure as negative zero", () => {
    expect(NUMBER_PAYLOADS.some((p) => p.name === "negative-zero")).toBe(true);
    const pages = visits.filter((v) => /(^|[^\d.,])[-−]0(?![\d.,])/u.test(v.text)).map((v) => v.path);
    expect(pages).toEqual([]);
  });

  it("publishes the CSV files as the check read them, with no cell a spreadsheet would run as a formula", async () => {
    expect(server).toBeDefined();
    const paths = [...new Set(csvColumns(FILES).map((c) => c.path))];
    const formulas: string[] = [];
    for (const path of paths) {
      const response = await fetch(`${server!.url}data/${path}`);
      expect(response.status, path).toBe(200);
      const body = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(body).equals(Buffer.from(readFileSync(join(DATA, path)))), path).toBe(true);
      const rows = Papa.parse<string[]>(new TextDecoder().decode(body), { skipEmptyLines: true }).data;
      rows.forEach((cells, i) =>
        cells.forEach((cell, j) => {
          // A plain number ("-5", "+1.5") is a number to a spreadsheet too; anything else starting so is a formula.
          if (/^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(\.\d+)?$/.test(cell))
            formulas.push(`${path}:${i + 1}:${j + 1} ${JSON.stringify(cell)}`);
        }),
      );
    }
    expect(formulas).toEqual([]);
  });
});
