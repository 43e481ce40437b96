import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { cssUrls, documentReferences, htmlFiles, urlPathForFile, type Reference } from "./site.ts";

/*
 * Links and anchors of a build, checked on disk, with no server: every page's internal
 * href/src/srcset/url() must name a file of the build (a directory URL its index.html), and
 * every #fragment, on the same page or another, an element id (or <a name>) there. References
 * by id inside a page count too: aria-labelledby, aria-describedby, label[for], td[headers],
 * SVG url(#…) paint and <use href="#…">. A link to the build's own `site` origin is internal.
 */

export interface LinkCheckResult {
  pages: number;
  /** References followed to a file of the build, and fragments and id references checked. */
  checked: { files: number; fragments: number; idrefs: number; external: number };
  /** One line per problem: what is wrong, and on which page(s) and line(s). */
  broken: string[];
}

const IGNORED_SCHEMES = /^(mailto|tel|sms|javascript|data|blob|about):/i;
const ORIGIN = "http://build.invalid";
/** Attributes holding space-separated ids of elements in the same document. */
const IDREF_ATTRIBUTES = [
  "aria-labelledby",
  "aria-describedby",
  "aria-controls",
  "aria-owns",
  "aria-flowto",
  "aria-details",
  "aria-errormessage",
  "aria-activedescendant",
  "for",
  "headers",
  "list",
  "form",
  "popovertarget",
  "commandfor",
];
/** SVG attributes that may hold url(#id): paint servers, clips, masks, markers, filters. */
const SVG_URL_ATTRIBUTES = ["fill", "stroke", "clip-path", "mask", "filter", "marker-start", "marker-mid", "marker-end"];

interface Page {
  file: string;
  path: string;
  html: string;
  ids: Set<string>;
  document: Document;
}

/** The line of the first place `needle` is written in `html` (1-based), or undefined. */
function lineOf(html: string, needle: string): number | undefined {
  const escaped = needle.replaceAll("&", "&amp;");
  let at = html.indexOf(`"${escaped}"`);
  if (at < 0) at = html.indexOf(`"${needle}"`);
  if (at < 0) at = html.indexOf(escaped);
  if (at < 0) return undefined;
  let line = 1;
  for (let i = html.indexOf("\n"); i >= 0 && i < at; i = html.indexOf("\n", i + 1)) line++;
  return line;
}

export async function checkBuildLinks(directory: string, base: string, siteOrigins: readonly string[] = []): Promise<LinkCheckResult> {
  const files = await htmlFiles(directory);
  const pages = new Map<string, Page>();
  const load = (file: string): Page => {
    let page = pages.get(file);
    if (!page) {
      const html = readFileSync(join(directory, file), "utf8");
      const { document } = parseHTML(html);
      const ids = new Set<string>();
      for (const e of document.querySelectorAll("[id]")) ids.add(e.getAttribute("id") ?? "");
      for (const e of document.querySelectorAll("a[name]")) ids.add(e.getAttribute("name") ?? "");
      page = { file, path: urlPathForFile(file, base), html, ids, document: document as unknown as Document };
      pages.set(file, page);
    }
    return page;
  };

  const checked = { files: 0, fragments: 0, idrefs: 0, external: 0 };
  /** Problem → "page:line" places, so a broken footer link is one line, not one per page. */
  const problems = new Map<string, string[]>();
  const report = (page: Page, needle: string, problem: string) => {
    const line = lineOf(page.html, needle);
    const places = problems.get(problem) ?? [];
    places.push(`${page.path}${line === undefined ? "" : `:${line}`}`);
    problems.set(problem, places);
  };

  /** The file a path of the site names, or why none does. */
  const fileFor = (pathname: string): { file: string } | { error: string } => {
    if (!pathname.startsWith(base)) return { error: `is outside the base path ${base} (resolves to ${pathname})` };
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return { error: "is not validly percent-encoded" };
    }
    if (relative.split("/").includes("..")) return { error: "climbs out of the build" };
    const candidate = relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
    const full = join(directory, candidate);
    if (!existsSync(full)) return { error: `→ ${pathname}: no such file in the build (${candidate})` };
    if (statSync(full).isDirectory()) {
      return existsSync(join(full, "index.html"))
        ? { error: `→ ${pathname}: a folder, written without its trailing slash (a redirect): write ${pathname}/` }
        : { error: `→ ${pathname}: a folder with no index.html` };
    }
    return { file: candidate };
  };

  const checkFragment = (page: Page, target: Page, fragment: string, needle: string, where: string) => {
    if (fragment === "" || fragment === "top") return; // the top of the page, by the HTML standard
    checked.fragments++;
    if (!target.ids.has(fragment))
      report(
        page,
        needle,
        target === page
          ? `${where}="${needle}": no element with id "${fragment}" on the page`
          : `${where}="${needle}": ${target.path} has no element with id "${fragment}"`,
      );
  };

  const checkCss = (cssFile: string, seen: Set<string>, page: Page) => {
    if (seen.has(cssFile)) return;
    seen.add(cssFile);
    const cssPath = `${base}${cssFile}`;
    for (const value of cssUrls(readFileSync(join(directory, cssFile), "utf8"))) {
      if (value.startsWith("#") || IGNORED_SCHEMES.test(value)) continue;
      const target = new URL(value, ORIGIN + cssPath);
      if (target.origin !== ORIGIN) {
        checked.external++;
        continue;
      }
      const found = fileFor(target.pathname);
      checked.files++;
      if ("error" in found) report(page, value, `${cssPath} url(${value}) ${found.error}`);
      else if (found.file.endsWith(".css")) checkCss(found.file, seen, page);
    }
  };

  const checkReference = (page: Page, { where, value }: Reference) => {
    if (value === "" || IGNORED_SCHEMES.test(value)) return;
    if (value.startsWith("#")) {
      let fragment: string;
      try {
        fragment = decodeURIComponent(value.slice(1));
      } catch {
        report(page, value, `${where}="${value}" is not validly percent-encoded`);
        return;
      }
      checkFragment(page, page, fragment, value, where);
      return;
    }
    let target: URL;
    try {
      target = new URL(value, ORIGIN + page.path);
    } catch {
      report(page, value, `${where}="${value}" is not a valid URL`);
      return;
    }
    if (target.origin !== ORIGIN) {
      if (!siteOrigins.includes(target.origin)) {
        checked.external++;
        return; // another site: there is no network here, and it is not the build's to answer for
      }
      target = new URL(target.pathname + target.search + target.hash, ORIGIN);
    }
    const absolute = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(value) || value.startsWith("/");
    if (!absolute && page.file === "404.html") {
      report(page, value, `${where}="${value}" is relative, but the 404 page is served at any depth: write it from the root`);
      return;
    }
    checked.files++;
    const found = fileFor(target.pathname);
    if ("error" in found) {
      report(page, value, `${where}="${value}" ${found.error}`);
      return;
    }
    if (found.file.endsWith(".css")) checkCss(found.file, new Set(), page);
    if (target.hash.length > 1 && found.file.endsWith(".html")) {
      let fragment: string;
      try {
        fragment = decodeURIComponent(target.hash.slice(1));
      } catch {
        report(page, value, `${where}="${value}" is not validly percent-encoded`);
        return;
      }
      checkFragment(page, load(found.file), fragment, value, where);
    }
  };

  const checkIdrefs = (page: Page) => {
    const document = page.document;
    for (const attribute of IDREF_ATTRIBUTES) {
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        // `for` and `form` are id references only on form-associated elements, `list` only on <input>.
        if (attribute === "for" && !["label", "output"].includes(element.localName)) continue;
        if (attribute === "form" && !["button", "fieldset", "input", "object", "output", "select", "textarea"].includes(element.localName))
          continue;
        if (attribute === "list" && element.localName !== "input") continue;
        const value = element.getAttribute(attribute) ?? "";
        for (const id of value.split(/\s+/).filter((t) => t !== "")) {
          checked.idrefs++;
          if (!page.ids.has(id))
            report(page, value, `<${element.localName} ${attribute}="${value}">: no element with id "${id}" on the page`);
        }
      }
    }
    for (const attribute of SVG_URL_ATTRIBUTES) {
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        const value = element.getAttribute(attribute) ?? "";
        for (const m of value.matchAll(/url\(\s*["']?#([^"')\s]+)["']?\s*\)/g)) {
          checked.idrefs++;
          if (!page.ids.has(m[1]!))
            report(page, value, `<${element.localName} ${attribute}="${value}">: no element with id "${m[1]}" on the page`);
        }
      }
    }
    for (const element of document.querySelectorAll("[xlink\\:href]")) {
      checkReference(page, { where: `${element.localName}[xlink:href]`, value: (element.getAttribute("xlink:href") ?? "").trim() });
    }
  };

  for (const file of files) {
    const page = load(file);
    for (const reference of documentReferences(page.html)) checkReference(page, reference);
    checkIdrefs(page);
  }

  const broken = [...problems].map(([problem, places]) =>
    places.length === 1 ? `${places[0]}: ${problem}` : `${problem}  (${places.length} places: ${places.join(", ")})`,
  );
  return { pages: files.length, checked, broken };
}
