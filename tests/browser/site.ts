import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { expect } from "vitest";

/** Every .html file under `directory`, as paths relative to it with "/" separators, sorted. */
export async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(directory, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** "index.html" → "/", "en/data/index.html" → "/en/data/", "404.html" → "/404.html" (under `base`). */
export function urlPathForFile(file: string, base = "/"): string {
  const path = file === "index.html" ? "" : file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
  return base + path;
}

/** One URL written in a document: where it was found and what it says. */
export interface Reference {
  /** e.g. `a[href]`, `img[srcset]`, `style url()`, `link[rel=stylesheet][href]`. */
  where: string;
  value: string;
}

const urlAttributes: [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["iframe[src]", "src"],
  ["source[src]", "src"],
  ["video[src]", "src"],
  ["audio[src]", "src"],
  ["track[src]", "src"],
  ["embed[src]", "src"],
  ["input[src]", "src"],
  ["video[poster]", "poster"],
  ["object[data]", "data"],
  ["form[action]", "action"],
  ["use[href]", "href"],
  ["image[href]", "href"],
];

/** The URLs in a CSS text: `url(...)` and `@import "..."`. */
export function cssUrls(css: string): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi)) {
    const value = m[1] ?? m[2] ?? m[3] ?? "";
    if (value !== "") found.push(value);
  }
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    const value = m[1] ?? m[2] ?? "";
    if (value !== "") found.push(value);
  }
  return found;
}

/** The URLs of a `srcset` attribute (the HTML standard's parsing, less the descriptors' details). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i] ?? "")) i++;
    let url = "";
    while (i < srcset.length && !/\s/.test(srcset[i] ?? "")) url += srcset[i++];
    if (url === "") break;
    if (url.endsWith(",")) {
      urls.push(url.replace(/,+$/, ""));
      continue;
    }
    urls.push(url);
    let depth = 0; // skip the descriptors up to the next comma outside parentheses
    while (i < srcset.length) {
      const c = srcset[i++];
      if (c === "(") depth++;
      else if (c === ")") depth = Math.max(0, depth - 1);
      else if (c === "," && depth === 0) break;
    }
  }
  return urls.filter((u) => u !== "");
}

/** Every URL the served HTML refers to: attributes, srcset, inline CSS, and URL-valued meta tags. */
export function documentReferences(html: string): Reference[] {
  const { document } = parseHTML(html);
  const found: Reference[] = [];
  for (const [selector, attribute] of urlAttributes) {
    for (const element of document.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute);
      if (value !== null) found.push({ where: selector.replace(/\[.*$/, `[${attribute}]`), value: value.trim() });
    }
  }
  for (const element of document.querySelectorAll("[srcset]")) {
    for (const value of srcsetUrls(element.getAttribute("srcset") ?? "")) found.push({ where: `${element.localName}[srcset]`, value });
  }
  for (const element of document.querySelectorAll("[imagesrcset]")) {
    for (const value of srcsetUrls(element.getAttribute("imagesrcset") ?? ""))
      found.push({ where: `${element.localName}[imagesrcset]`, value });
  }
  for (const element of document.querySelectorAll("style")) {
    for (const value of cssUrls(element.textContent ?? "")) found.push({ where: "<style> url()", value });
  }
  for (const element of document.querySelectorAll("[style]")) {
    for (const value of cssUrls(element.getAttribute("style") ?? "")) found.push({ where: `${element.localName}[style] url()`, value });
  }
  for (const element of document.querySelectorAll("meta[content]")) {
    const name = element.getAttribute("property") ?? element.getAttribute("name") ?? "";
    if (/^(og:(url|image|image:url|image:secure_url|audio|video)|twitter:image)$/i.test(name))
      found.push({ where: `meta[${name}]`, value: (element.getAttribute("content") ?? "").trim() });
  }
  return found;
}

/** The external stylesheets and scripts a page loads: what it weighs on the wire besides itself. */
export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  inlineStyles: string[];
  inlineScripts: string[];
}

export function pageAssets(html: string): PageAssets {
  const { document } = parseHTML(html);
  const assets: PageAssets = { stylesheets: [], scripts: [], inlineStyles: [], inlineScripts: [] };
  for (const link of document.querySelectorAll("link[href]")) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const href = link.getAttribute("href") ?? "";
    if (rel.includes("stylesheet")) assets.stylesheets.push(href);
    else if (rel.includes("modulepreload") || (rel.includes("preload") && link.getAttribute("as") === "script")) assets.scripts.push(href);
  }
  for (const script of document.querySelectorAll("script")) {
    const src = script.getAttribute("src");
    const type = (script.getAttribute("type") ?? "").toLowerCase();
    const isJavaScript = type === "" || type === "module" || type.includes("javascript");
    if (!isJavaScript) continue; // JSON-LD, import maps and the like are data, already in the HTML
    if (src !== null) assets.scripts.push(src);
    else assets.inlineScripts.push(script.textContent ?? "");
  }
  for (const style of document.querySelectorAll("style")) assets.inlineStyles.push(style.textContent ?? "");
  return assets;
}

/** The static `import` / `export … from` specifiers of a JavaScript module (not dynamic imports). */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)) {
    if (m[1] !== undefined) found.add(m[1]);
  }
  return [...found];
}

/**
 * Asserts that `problems` is empty, with every item in the one failure message, each on its
 * own line (easier to read than a diff of a long array).
 */
export function expectNone(problems: readonly string[], title: string): void {
  expect(problems.length, `${title}: ${problems.length} problem(s)\n  ${problems.join("\n  ")}\n`).toBe(0);
}

/** A CSV of the data package as plain rows, read independently of the site's own loader (an oracle). */
export function readDataCsv<T>(projectRoot: string, file: string): T[] {
  const parsed = Papa.parse<T>(readFileSync(join(projectRoot, "data", file), "utf8"), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`data/${file}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.data;
}
