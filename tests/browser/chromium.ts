import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from "playwright-core";

/** Debian's Chromium; CHROMIUM_PATH overrides it on a machine that has it elsewhere. */
export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Headless Chromium, without the sandbox (we run as root) and without any background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}

/**
 * A browser context that may only talk to `origin` (the test server): anything else is
 * aborted at once, and recorded by `openPage` as an outside request, so that a page that
 * would fetch a font or a script from elsewhere fails loudly instead of hanging.
 */
export async function newSiteContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: "block", ...options });
  await context.route(
    (url) => url.origin !== origin && url.protocol !== "data:" && url.protocol !== "blob:",
    (route) => route.abort("blockedbyclient"),
  );
  return context;
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests that got no response, and responses with status ≥ 400. */
  failedRequests: string[];
  /** Requests to anywhere but the test server. */
  outsideRequests: string[];
}

export interface OpenedPage {
  page: Page;
  response: Response | null;
  problems: PageProblems;
  /** All problems as one list of lines, empty when there are none. */
  all(): string[];
}

export interface OpenPageOptions {
  /** The status the page itself is expected to answer with (404 for the not-found page). */
  expectStatus?: number;
  /** Wait until the network is quiet, so late requests are caught too (default true). */
  settle?: boolean;
}

/**
 * Opens `url` in a new page of `context` and records everything that went wrong while it
 * loaded: console errors, uncaught exceptions, failed requests and requests that left the
 * test server. The page's own expected status (say 404) does not count as a failure.
 */
export async function openPage(context: BrowserContext, url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const page = await context.newPage();
  const problems = watchPage(page, url, options.expectStatus);
  const response = await page.goto(url, { waitUntil: "load" });
  if (options.settle ?? true) await page.waitForLoadState("networkidle").catch(() => undefined);
  return {
    page,
    response,
    problems,
    all: () => describeProblems(problems),
  };
}

/** Starts recording problems on `page`; the returned object fills in as the page runs. */
export function watchPage(page: Page, documentUrl?: string, expectStatus?: number): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], outsideRequests: [] };
  const origin = documentUrl ? new URL(documentUrl).origin : undefined;
  const isExpectedDocument = (status: number, requestUrl: string) =>
    expectStatus !== undefined && status === expectStatus && documentUrl !== undefined && sameDocument(requestUrl, documentUrl);

  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chromium echoes every failed or ≥ 400 request as a console error; those are reported below,
    // once, as failed requests (and the page's own expected status is not a problem at all).
    if (message.text().startsWith("Failed to load resource")) return;
    const where = message.location().url;
    problems.consoleErrors.push(`console error: ${message.text()}${where ? ` (${where})` : ""}`);
  });
  page.on("pageerror", (error) => {
    problems.pageErrors.push(`page error: ${error.name}: ${error.message}`);
  });
  page.on("request", (request) => {
    const u = new URL(request.url());
    if (origin !== undefined && u.origin !== origin && u.protocol !== "data:" && u.protocol !== "blob:")
      problems.outsideRequests.push(`outside request: ${request.method()} ${request.url()}`);
  });
  page.on("requestfailed", (request) => {
    const u = new URL(request.url());
    if (origin !== undefined && u.origin !== origin) return; // already counted as an outside request
    problems.failedRequests.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "no reason given"})`);
  });
  page.on("response", (response) => {
    const status = response.status();
    if (status < 400 || isExpectedDocument(status, response.url())) return;
    problems.failedRequests.push(`HTTP ${status}: ${response.url()}`);
  });
  return problems;
}

export function describeProblems(problems: PageProblems): string[] {
  return [...problems.pageErrors, ...problems.consoleErrors, ...problems.failedRequests, ...problems.outsideRequests];
}

function sameDocument(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
}
