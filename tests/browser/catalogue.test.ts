import { existsSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { isLoopbackHost, siteUrl } from "../../src/lib/discovery/siteUrl.ts";
import type { ChartsJson } from "../../src/lib/embed/chartsJson.ts";
import type { OEmbed } from "../../src/lib/embed/oembed.ts";
import { RENAMED_IDS } from "../../src/lib/embed/renamedIds.ts";
import { expectNone } from "./site.ts";

/*
 * The catalogue of charts as the builds publish it (root and BASE_PATH=/vinhphuc/): /charts.json,
 * the oEmbed file beside every embed page, and the files they point at. Read from disk: what a
 * newsroom's script or a CMS fetches is these files as they are.
 */

const siteOrigin = siteUrl(process.env);
const builds = [
  { name: "root build", dir: inject("distDir"), base: "/" },
  { name: "sub-path build", dir: inject("subpathDir"), base: "/vinhphuc/" },
];
const LANGS = ["vi", "en"] as const;

/** Every file under `dir`, relative, with "/" separators. */
async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** Every string in a JSON value that starts with a URL scheme, with where it is. */
function urlsIn(value: unknown, at = ""): [where: string, url: string][] {
  if (typeof value === "string") return /^[a-z][a-z0-9+.-]*:/i.test(value) ? [[at, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => urlsIn(v, `${at}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => urlsIn(v, at ? `${at}.${k}` : k));
  return [];
}

/** The embed pages of a build by language: `embed/<id>/index.html`, `en/embed/<id>/index.html` (a rename's page excluded). */
function embedPages(dir: string, files: readonly string[]): Record<(typeof LANGS)[number], string[]> {
  const ids = { vi: [] as string[], en: [] as string[] };
  for (const file of files) {
    const m = /^(en\/)?embed\/([^/]+)\/index\.html$/.exec(file);
    if (!m) continue;
    const renamed = m[2]! in RENAMED_IDS && /http-equiv="refresh"/i.test(readFileSync(join(dir, file), "utf8"));
    if (!renamed) ids[m[1] ? "en" : "vi"].push(m[2]!);
  }
  return ids;
}

describe.each(builds)("$name", ({ dir, base }) => {
  const root = `${siteOrigin}${base}`;
  const files = allFiles(dir);
  const fileOf = (url: string): string | null => {
    const parsed = new URL(url);
    if (parsed.origin !== siteOrigin || !parsed.pathname.startsWith(base)) return null;
    const path = decodeURIComponent(parsed.pathname.slice(base.length));
    return path === "" || path.endsWith("/") ? `${path}index.html` : path;
  };
  const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), "utf8")) as T;
  const catalogue = () => readJson<ChartsJson>("charts.json");

  it("no HTML, JSON, XML or text file names a loopback host, in a URL or as host:port", async () => {
    const found: string[] = [];
    for (const file of (await files).filter((f) => /\.(html|json|xml|txt|js|csv|svg)$/.test(f))) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const [url] of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()\\]+/gi)) {
        let host: string;
        try {
          host = new URL(url).hostname;
        } catch {
          continue;
        }
        if (isLoopbackHost(host)) found.push(`${file}: ${url}`);
      }
      const bare = /\b(127(\.\d{1,3}){3}|localhost|0\.0\.0\.0|\[::1?\]):\d{2,5}\b/i.exec(text);
      if (bare) found.push(`${file}: ${bare[0]}`);
    }
    expectNone(found, "loopback addresses");
  });

  it("/charts.json says its format, the site, the build day and the data version", async () => {
    const json = catalogue();
    expect(json.version).toBe(1);
    expect(json.site).toBe(root);
    expect(json.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${json.generated}T00:00:00Z`).toISOString().slice(0, 10)).toBe(json.generated);
    const version = readJson<{ version: string }>("data/datapackage.json").version;
    expect(json.dataVersion).toBe(version);
    expect(json.charts.filter((c) => c.dataVersion !== version).map((c) => c.id)).toEqual([]);
  });

  it("every absolute URL in /charts.json and the oEmbed files is on the site's URL and base (licences aside)", async () => {
    const problems: string[] = [];
    const json = catalogue();
    for (const [where, url] of urlsIn({ ...json, charts: json.charts.map(({ licences: _, ...c }) => c) }))
      if (!url.startsWith(root)) problems.push(`charts.json ${where}: ${url}`);
    for (const l of json.charts.flatMap((c) => c.licences))
      if (l.url !== null && !l.url.startsWith("https://")) problems.push(`licence ${l.url}`);
    for (const file of (await files).filter((f) => f.endsWith("/oembed.json"))) {
      const o = readJson<OEmbed>(file);
      for (const [where, url] of urlsIn(o)) if (!url.startsWith(root)) problems.push(`${file} ${where}: ${url}`);
      for (const iframe of parseHTML(o.html).document.querySelectorAll("[src], [href]")) {
        const url = iframe.getAttribute("src") ?? iframe.getAttribute("href") ?? "";
        if (!url.startsWith(root)) problems.push(`${file} html: ${url}`);
      }
    }
    expectNone(problems, "URLs off the site");
  });

  it("/charts.json lists exactly the charts that have embed pages, in both languages, and every published id", async () => {
    const ids = catalogue().charts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const pages = embedPages(dir, await files);
    expect(pages.vi.toSorted()).toEqual(ids.toSorted());
    expect(pages.en.toSorted()).toEqual(ids.toSorted());
    const published = JSON.parse(readFileSync(join(inject("projectRoot"), "tests/fixtures/charts.json"), "utf8")) as ChartsJson;
    expect(published.charts.map((c) => c.id).filter((id) => !ids.includes(id) && !(id in RENAMED_IDS))).toEqual([]);
  });

  it("every embed page links its oEmbed file, whose iframe shows that embed page", async () => {
    const problems: string[] = [];
    const json = catalogue();
    const byId = new Map(json.charts.map((c) => [c.id, c]));
    const pages = embedPages(dir, await files);
    for (const lang of LANGS)
      for (const id of pages[lang]) {
        const page = `${lang === "en" ? "en/" : ""}embed/${id}/`;
        const embedUrl = `${root}${page}`;
        const oembedUrl = `${embedUrl}oembed.json`;
        const { document } = parseHTML(readFileSync(join(dir, page, "index.html"), "utf8"));
        const links = [...document.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')].map((l) =>
          l.getAttribute("href"),
        );
        if (JSON.stringify(links) !== JSON.stringify([oembedUrl]))
          problems.push(`${page}: oEmbed links ${JSON.stringify(links)}, expected ${oembedUrl}`);
        if (byId.get(id)?.embed[lang] !== embedUrl) problems.push(`${page}: charts.json embed.${lang} is ${byId.get(id)?.embed[lang]}`);
        if (byId.get(id)?.oembed[lang] !== oembedUrl) problems.push(`${page}: charts.json oembed.${lang} is ${byId.get(id)?.oembed[lang]}`);
        if (!existsSync(join(dir, page, "oembed.json"))) {
          problems.push(`${page}: no oembed.json beside it`);
          continue;
        }
        const o = readJson<OEmbed>(`${page}oembed.json`);
        if (o.version !== "1.0" || o.type !== "rich") problems.push(`${page}oembed.json: version ${o.version}, type ${o.type}`);
        for (const key of ["width", "height", "thumbnail_width", "thumbnail_height"] as const)
          if (!Number.isInteger(o[key]) || o[key] <= 0) problems.push(`${page}oembed.json: ${key} ${o[key]}`);
        if (o.title !== byId.get(id)?.title[lang]) problems.push(`${page}oembed.json: title ${o.title}`);
        if (o.thumbnail_url !== byId.get(id)?.image[lang]) problems.push(`${page}oembed.json: thumbnail ${o.thumbnail_url}`);
        const iframes = [...parseHTML(o.html).document.querySelectorAll("iframe")];
        if (iframes.length !== 1 || iframes[0]!.getAttribute("src") !== embedUrl)
          problems.push(
            `${page}oembed.json: html has ${iframes.length} iframe(s), src ${iframes[0]?.getAttribute("src")}, expected ${embedUrl}`,
          );
        if (iframes[0] && !iframes[0].getAttribute("title")) problems.push(`${page}oembed.json: the iframe has no title`);
      }
    expectNone(problems, "embed pages and their oEmbed files");
  });

  it("every download and social card /charts.json names is a file of the build", () => {
    const missing: string[] = [];
    for (const c of catalogue().charts)
      for (const lang of LANGS)
        for (const url of [c.downloads[lang].svg, c.downloads[lang].png, c.downloads[lang].csv, c.image[lang]]) {
          const file = fileOf(url);
          if (file === null || !existsSync(join(dir, file))) missing.push(`${c.id} (${lang}): ${url}`);
        }
    expectNone(missing, "downloads and social cards missing from the build");
  });

  it("every page /charts.json places a chart on is a page of the build, with the figure #chart-<id> on it", () => {
    const problems: string[] = [];
    const documents = new Map<string, Document>();
    for (const c of catalogue().charts)
      for (const lang of LANGS) {
        if (c.pages[lang].length === 0) problems.push(`${c.id} (${lang}): on no page`);
        for (const url of c.pages[lang]) {
          const file = fileOf(url);
          const hash = new URL(url).hash;
          if (file === null || !existsSync(join(dir, file))) {
            problems.push(`${c.id} (${lang}): ${url} is not a page of the build`);
            continue;
          }
          if (hash !== `#chart-${c.id}`) problems.push(`${c.id} (${lang}): ${url} does not point at #chart-${c.id}`);
          const document = documents.get(file) ?? parseHTML(readFileSync(join(dir, file), "utf8")).document;
          documents.set(file, document);
          if (document.documentElement.getAttribute("lang") !== lang) problems.push(`${c.id}: ${url} is not a page in ${lang}`);
          if (!document.getElementById(`chart-${c.id}`)) problems.push(`${c.id} (${lang}): ${file} has no #chart-${c.id}`);
        }
      }
    expectNone(problems, "pages in /charts.json");
  });
});
