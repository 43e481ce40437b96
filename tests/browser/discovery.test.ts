import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { siteUrl } from "../../src/lib/discovery/siteUrl.ts";
import { launchChromium } from "./chromium.ts";
import { expectNone, htmlFiles, urlPathForFile } from "./site.ts";

/*
 * What search engines, feed readers and link previews read, checked on the files of both builds
 * (root and BASE_PATH=/vinhphuc/): canonical and hreflang links that resolve and agree, Open
 * Graph, NewsArticle JSON-LD on stories, the RSS feeds and the sitemap parsed by Chromium's XML
 * parser, and no loopback address anywhere in the output.
 */

/** The origin the builds write into absolute URLs (the same one place astro.config.mjs reads). */
const siteOrigin = siteUrl(process.env);
const projectRoot = inject("projectRoot");
const builds = [
  { name: "root build", dir: inject("distDir"), base: "/" },
  { name: "sub-path build", dir: inject("subpathDir"), base: "/vinhphuc/" },
];
type Lang = "vi" | "en";

/** The dist file an absolute site URL is served from, or why it is not one. */
function fileOf(url: string, base: string): { file: string } | { problem: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problem: `${url} is not an absolute URL` };
  }
  if (parsed.origin !== siteOrigin) return { problem: `${url} is not on the site's origin ${siteOrigin}` };
  if (!parsed.pathname.startsWith(base)) return { problem: `${url} is outside the base ${base}` };
  const path = decodeURIComponent(parsed.pathname.slice(base.length));
  return { file: path === "" || path.endsWith("/") ? `${path}index.html` : path };
}

const langOfFile = (file: string): Lang => (file.startsWith("en/") ? "en" : "vi");
const isStory = (file: string) => /^(en\/)?stories\/[^/]+\/index\.html$/.test(file);

interface PageHead {
  file: string;
  lang: string;
  canonicals: string[];
  /** hreflang → href, in document order. */
  alternates: [string, string][];
  og: Map<string, string[]>;
  robots: string | null;
  feedLinks: string[];
  jsonLd: string[];
  langSwitch: string | null;
  noTranslation: boolean;
}

function readHead(dir: string, file: string): PageHead {
  const { document } = parseHTML(readFileSync(join(dir, file), "utf8"));
  const og = new Map<string, string[]>();
  for (const m of document.querySelectorAll("meta[property]")) {
    const key = m.getAttribute("property") ?? "";
    og.set(key, [...(og.get(key) ?? []), m.getAttribute("content") ?? ""]);
  }
  return {
    file,
    lang: document.documentElement.getAttribute("lang") ?? "",
    canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute("href") ?? ""),
    alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
      l.getAttribute("hreflang") ?? "",
      l.getAttribute("href") ?? "",
    ]),
    og,
    robots: document.querySelector('meta[name="robots"]')?.getAttribute("content") ?? null,
    feedLinks: [...document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) => l.getAttribute("href") ?? ""),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
    langSwitch: document.querySelector(".site-header .lang-switch")?.getAttribute("href") ?? null,
    noTranslation: document.querySelector(".site-header .no-translation") !== null,
  };
}

/** Every file under `dir`, relative, with "/" separators. */
async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

interface ParsedXml {
  error: string | null;
  root: string;
  /** The elements asked for, by local name, in `namespace`: their parent's local name and their text. */
  elements: Record<string, { parent: string; text: string }[]>;
}

const RSS_NS = null; // RSS 2.0 elements have no namespace (atom:link, dc:creator do)
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** Parses with Chromium's own XML parser (DOMParser, application/xml), as a feed reader would. */
function parseXml(text: string, namespace: string | null, names: string[]): Promise<ParsedXml> {
  return page.evaluate(
    ([xml, ns, wanted]) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      const elements: Record<string, { parent: string; text: string }[]> = {};
      for (const name of wanted)
        elements[name] = [...doc.getElementsByTagNameNS(ns, name)].map((e) => ({
          parent: e.parentElement?.localName ?? "",
          text: (e.textContent ?? "").trim(),
        }));
      return { error: error ? (error.textContent ?? "parse error") : null, root: doc.documentElement.localName, elements };
    },
    [text, namespace, names] as const,
  );
}

describe.each(builds)("$name", ({ dir, base }) => {
  const files = htmlFiles(dir);
  let heads: PageHead[] = [];
  let byFile = new Map<string, PageHead>();
  beforeAll(async () => {
    heads = (await files).map((f) => readHead(dir, f));
    byFile = new Map(heads.map((h) => [h.file, h]));
  });
  // Pages that ask not to be indexed (the 404, embed pages, redirects of renamed embeds) declare no
  // address or alternates of their own to check here; embeds.test.ts and catalogue.test.ts cover theirs.
  const pages = () => heads.filter((h) => h.file !== "404.html" && h.robots !== "noindex");

  it("every page but the 404 has exactly one canonical URL, and it is the page's own address on the site", () => {
    expect(pages().length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const h of pages()) {
      if (h.canonicals.length !== 1) problems.push(`${h.file}: ${h.canonicals.length} canonical links`);
      const self = `${siteOrigin}${urlPathForFile(h.file, base)}`;
      for (const c of h.canonicals) if (c !== self) problems.push(`${h.file}: canonical ${c}, expected ${self}`);
    }
    expectNone(problems, "canonical links");
  });

  it("the 404 page, served at any address, declares no address of its own and asks not to be indexed", () => {
    const notFound = byFile.get("404.html");
    expect(notFound).toBeDefined();
    expect(notFound?.canonicals).toEqual([]);
    expect(notFound?.alternates).toEqual([]);
    expect(notFound?.robots).toBe("noindex");
  });

  it("hreflang alternates name the page itself, resolve to pages of that language, and every one points back with the same set", () => {
    const problems: string[] = [];
    for (const h of pages()) {
      const langs = h.alternates.map(([l]) => l);
      if (new Set(langs).size !== langs.length) problems.push(`${h.file}: hreflang repeated (${langs.join(", ")})`);
      if (!langs.includes("x-default")) problems.push(`${h.file}: no x-default`);
      const own = h.alternates.find(([l]) => l === h.lang);
      if (!own || own[1] !== h.canonicals[0]) problems.push(`${h.file}: no hreflang="${h.lang}" link to itself`);
      for (const [hreflang, href] of h.alternates) {
        if (!["vi", "en", "x-default"].includes(hreflang)) problems.push(`${h.file}: hreflang="${hreflang}"`);
        const target = fileOf(href, base);
        if ("problem" in target) {
          problems.push(`${h.file}: hreflang="${hreflang}": ${target.problem}`);
          continue;
        }
        const other = byFile.get(target.file);
        if (!other) {
          problems.push(`${h.file}: hreflang="${hreflang}" ${href}: no ${target.file} in the build`);
          continue;
        }
        if (hreflang !== "x-default" && other.lang !== hreflang)
          problems.push(`${h.file}: hreflang="${hreflang}" ${href} is a page in "${other.lang}"`);
        if (JSON.stringify(other.alternates) !== JSON.stringify(h.alternates))
          problems.push(`${h.file}: ${target.file} does not point back with the same alternates`);
      }
    }
    expectNone(problems, "hreflang alternates");
  });

  it("the language switch goes to the page's other-language alternate, or says there is none and offers that language's stories", () => {
    const problems: string[] = [];
    for (const h of pages()) {
      const other: Lang = h.lang === "vi" ? "en" : "vi";
      const alternate = h.alternates.find(([l]) => l === other);
      const expected = alternate ? new URL(alternate[1]).pathname : `${base}${other === "en" ? "en/" : ""}stories/`;
      if (h.langSwitch !== expected) problems.push(`${h.file}: language switch to ${h.langSwitch}, expected ${expected}`);
      if (h.noTranslation === Boolean(alternate))
        problems.push(`${h.file}: "no translation" shown: ${h.noTranslation}, alternate: ${Boolean(alternate)}`);
    }
    expectNone(problems, "language switch");
  });

  it("every page but the 404 has Open Graph title, description, URL, site name, locales and type", () => {
    const problems: string[] = [];
    const locale = { vi: "vi_VN", en: "en_GB" } as Record<string, string>;
    for (const h of pages()) {
      const one = (p: string) => {
        const values = h.og.get(p) ?? [];
        if (values.length !== 1 || values[0] === "") problems.push(`${h.file}: ${values.length} ${p}`);
        return values[0];
      };
      one("og:title");
      one("og:description");
      one("og:site_name");
      if (one("og:url") !== h.canonicals[0]) problems.push(`${h.file}: og:url is not the canonical URL`);
      if (one("og:locale") !== locale[h.lang]) problems.push(`${h.file}: og:locale is not ${locale[h.lang]}`);
      const expectedAlternates = h.alternates.filter(([l]) => l !== "x-default" && l !== h.lang).map(([l]) => locale[l]);
      if (JSON.stringify(h.og.get("og:locale:alternate") ?? []) !== JSON.stringify(expectedAlternates))
        problems.push(`${h.file}: og:locale:alternate ${h.og.get("og:locale:alternate")}, expected ${expectedAlternates}`);
      if (one("og:type") !== (isStory(h.file) ? "article" : "website")) problems.push(`${h.file}: og:type ${h.og.get("og:type")}`);
    }
    expectNone(problems, "Open Graph");
  });

  it("story pages, and only they, carry NewsArticle JSON-LD that parses and names the page", () => {
    const problems: string[] = [];
    for (const h of heads) {
      if (!isStory(h.file)) {
        if (h.jsonLd.length > 0) problems.push(`${h.file}: JSON-LD on a page that is not a story`);
        continue;
      }
      if (h.jsonLd.length !== 1) problems.push(`${h.file}: ${h.jsonLd.length} JSON-LD scripts`);
      for (const text of h.jsonLd) {
        let value: Record<string, unknown>;
        try {
          value = JSON.parse(text) as Record<string, unknown>;
        } catch (error) {
          problems.push(`${h.file}: JSON-LD does not parse: ${String(error)}`);
          continue;
        }
        if (value["@type"] !== "NewsArticle") problems.push(`${h.file}: @type ${String(value["@type"])}`);
        if (value["url"] !== h.canonicals[0]) problems.push(`${h.file}: JSON-LD url ${String(value["url"])}`);
        if (value["inLanguage"] !== h.lang) problems.push(`${h.file}: JSON-LD inLanguage ${String(value["inLanguage"])}`);
        if (!/^\d{4}-\d{2}-\d{2}/.test(String(value["datePublished"])))
          problems.push(`${h.file}: datePublished ${String(value["datePublished"])}`);
        if (typeof value["headline"] !== "string" || value["headline"] === "") problems.push(`${h.file}: no headline`);
        if (/[<>]/.test(text)) problems.push(`${h.file}: JSON-LD text has a raw < or >`);
      }
    }
    expectNone(problems, "JSON-LD");
  });

  it("each language's pages announce that language's feed, and the feed lists exactly that language's stories, as XML", async () => {
    const problems: string[] = [];
    const storyDir = join(projectRoot, "data", "stories");
    for (const lang of ["vi", "en"] as const) {
      const feedPath = `${base}${lang === "en" ? "en/" : ""}rss.xml`;
      for (const h of pages().filter((p) => p.lang === lang))
        if (JSON.stringify(h.feedLinks) !== JSON.stringify([feedPath])) problems.push(`${h.file}: feed links ${h.feedLinks.join(", ")}`);
      const feedFile = join(dir, feedPath.slice(base.length));
      if (!existsSync(feedFile)) {
        problems.push(`${feedPath}: missing`);
        continue;
      }
      const feed = await parseXml(readFileSync(feedFile, "utf8"), RSS_NS, ["language", "link", "item"]);
      if (feed.error !== null) {
        problems.push(`${feedPath}: not XML: ${feed.error}`);
        continue;
      }
      if (feed.root !== "rss") problems.push(`${feedPath}: root <${feed.root}>`);
      const language = feed.elements["language"]?.map((e) => e.text);
      if (JSON.stringify(language) !== JSON.stringify([lang])) problems.push(`${feedPath}: <language> ${language}`);
      const links = feed.elements["link"] ?? [];
      const channelLinks = links.filter((l) => l.parent === "channel").map((l) => l.text);
      const home = `${siteOrigin}${base}${lang === "en" ? "en/" : ""}`;
      if (JSON.stringify(channelLinks) !== JSON.stringify([home]))
        problems.push(`${feedPath}: channel links ${channelLinks}, expected ${home}`);
      const itemLinks = links.filter((l) => l.parent === "item").map((l) => l.text);
      if (itemLinks.length !== (feed.elements["item"] ?? []).length) problems.push(`${feedPath}: an item without exactly one link`);
      const linked = new Set<string>();
      for (const link of itemLinks) {
        const target = fileOf(link, base);
        if ("problem" in target) problems.push(`${feedPath}: item ${target.problem}`);
        else if (!byFile.has(target.file)) problems.push(`${feedPath}: item ${link}: no ${target.file} in the build`);
        else if (!isStory(target.file) || langOfFile(target.file) !== lang)
          problems.push(`${feedPath}: item ${link} is not a ${lang} story`);
        else linked.add(target.file);
      }
      const stories = heads.filter((h) => isStory(h.file) && langOfFile(h.file) === lang).map((h) => h.file);
      for (const s of stories) if (!linked.has(s)) problems.push(`${feedPath}: story ${s} is not in the feed`);
      // The build has a page for every story file the editors wrote, so the feed is not empty by accident.
      const sourceDir = join(storyDir, lang);
      const written = existsSync(sourceDir) ? readdirSync(sourceDir).filter((f) => f.endsWith(".md")).length : 0;
      if (stories.length !== written) problems.push(`${lang}: ${stories.length} story pages for ${written} story files`);
    }
    expectNone(problems, "feeds");
  });

  it("the sitemap lists every page but the 404 and the pages not to be indexed, by its canonical URL, as XML", async () => {
    const index = await parseXml(readFileSync(join(dir, "sitemap-index.xml"), "utf8"), SITEMAP_NS, ["loc"]);
    expect(index.error).toBeNull();
    expect(index.root).toBe("sitemapindex");
    const listed: string[] = [];
    for (const { text: loc } of index.elements["loc"] ?? []) {
      const target = fileOf(loc, base);
      if ("problem" in target) throw new Error(`sitemap-index.xml: ${target.problem}`);
      const sitemap = await parseXml(readFileSync(join(dir, target.file), "utf8"), SITEMAP_NS, ["loc"]);
      expect(sitemap.error, target.file).toBeNull();
      expect(sitemap.root).toBe("urlset");
      listed.push(...(sitemap.elements["loc"] ?? []).map((e) => e.text));
    }
    const expected = pages().map((h) => h.canonicals[0] ?? h.file);
    expect(listed.toSorted()).toEqual(expected.toSorted());
  });

  it("no file of the build contains a loopback address", async () => {
    const loopback = /\b127\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\/\/(localhost|\[::1\]|0\.0\.0\.0)\b|\blocalhost:\d/i;
    const found: string[] = [];
    for (const file of await allFiles(dir)) {
      const m = loopback.exec(readFileSync(join(dir, file)).toString("latin1"));
      if (m) found.push(`${file}: ${m[0]}`);
    }
    expectNone(found, "loopback addresses");
  });
});
