import { parseHTML } from "linkedom";
import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { launchChromium, newSiteContext, openPage, type OpenedPage } from "./chromium.ts";

/** How a reader sees a page: with or without JavaScript, at a width, in a colour scheme. */
export interface View {
  js: boolean;
  width: number;
  scheme?: "light" | "dark";
}

const viewKey = (v: View) => `${v.js ? "js" : "nojs"}-${v.width}-${v.scheme ?? "light"}`;

/**
 * One Chromium for a test file, one context per view and one page per view and address, each
 * opened once and then reused: a file can check many things on a page without reloading it.
 */
export function browserSession(baseUrl: string) {
  const origin = new URL(baseUrl).origin;
  let browser: Browser | undefined;
  const contexts = new Map<string, Promise<BrowserContext>>();
  const pages = new Map<string, Promise<OpenedPage>>();
  const ids = new Map<string, Promise<Set<string>>>();
  const at = (path: string) => new URL(path.replace(/^\//, ""), baseUrl).href;

  function contextFor(view: View): Promise<BrowserContext> {
    const key = viewKey(view);
    let c = contexts.get(key);
    if (!c) {
      if (!browser) throw new Error("browserSession: call start() in beforeAll first");
      const options: BrowserContextOptions = {
        javaScriptEnabled: view.js,
        viewport: { width: view.width, height: 900 },
        colorScheme: view.scheme ?? "light",
        reducedMotion: "reduce",
        bypassCSP: true, // axe is injected as an inline script
      };
      c = newSiteContext(browser, origin, options);
      contexts.set(key, c);
    }
    return c;
  }

  return {
    origin,
    at,
    async start() {
      browser = await launchChromium();
    },
    async close() {
      await browser?.close();
    },
    contextFor,
    /** The page at `path` seen through `view`, opened once and then reused. */
    pageFor(view: View, path: string): Promise<OpenedPage> {
      const key = `${viewKey(view)} ${path}`;
      let p = pages.get(key);
      if (!p) {
        p = contextFor(view).then((context) => openPage(context, at(path)));
        pages.set(key, p);
      }
      return p;
    },
    /** The element ids on a page, fetched once per path (for checking #anchors). */
    idsOn(path: string): Promise<Set<string>> {
      let found = ids.get(path);
      if (!found) {
        found = fetch(at(path)).then(async (response) => {
          if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
          const { document } = parseHTML(await response.text());
          return new Set([...document.querySelectorAll("[id]")].map((e) => e.getAttribute("id") ?? ""));
        });
        ids.set(path, found);
      }
      return found;
    },
  };
}
