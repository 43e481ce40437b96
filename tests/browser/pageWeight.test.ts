import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { expectNone, htmlFiles, pageAssets, staticImports, urlPathForFile } from "./site.ts";

/*
 * What each page of dist/ costs to load, gzip-compressed (zlib level 9, about what a static
 * host sends): the HTML itself, plus every stylesheet, script and module preload it references
 * (and the modules those scripts import statically), checked against the budget of its kind
 * of page (home, district, data, 404, story, club, embed, or the default for any other) in tests/budgets.json.
 * It lives with the browser tests because it needs the build, which `npm test` makes after
 * the unit tests.
 */

const projectRoot = inject("projectRoot");
const dist = inject("distDir");

type Figures = { html: number; css: number; js: number; total: number };
type Budget = Figures;
interface Kind extends Partial<Budget> {
  /** A regular expression over the page's URL path (as built at the root, e.g. "/en/data/"). */
  match: string;
}
interface Budgets {
  limits: { total: number; js: number; kinds: Record<string, number> };
  kinds: Record<string, Kind>;
  default: Budget;
  pages: Record<string, Partial<Budget>>;
}
const budgets = JSON.parse(readFileSync(join(projectRoot, "tests", "budgets.json"), "utf8")) as Budgets;
/**
 * The project's promises, which tests/budgets.json may tighten but not loosen: 60 KB in all and
 * 8 KB of JavaScript for any page; a district page within 24 KB, a home page within 32 KB and a
 * story page within 40 KB (issue 11: "before search is opened", so search's own files are not a
 * story page's weight unless the page loads them); an embed page (/embed/<id>/, issue 12) within 15 KB.
 */
const HARD_LIMITS = {
  total: 61_440,
  js: 8_192,
  kinds: { home: 32_768, district: 24_576, story: 40_960, embed: 15_360 } as Record<string, number>,
} as const;

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const bytes = (n: number) => `${n.toLocaleString("en-US")} B`;

interface Measure {
  path: string;
  figures: Figures;
  /** Compressed sizes of the parts, for the report line. */
  parts: { inlineCss: number; inlineJs: number; externalCss: number; externalJs: number; files: string[] };
  problems: string[];
}

/** Maps a URL found in a page or module to its file in dist/ (the root build), or says why it can't. */
function fileFor(url: string, from: string): { file: string; path: string } | { error: string } {
  const target = new URL(url, new URL(from, "http://site.invalid"));
  if (target.origin !== "http://site.invalid") return { error: `${url} is loaded from another site, so it cannot be weighed` };
  const file = join(dist, decodeURIComponent(target.pathname));
  if (!existsSync(file)) return { error: `${url} (referenced from ${from}) is not in dist/` };
  return { file, path: target.pathname };
}

function measure(htmlFile: string): Measure {
  const path = urlPathForFile(htmlFile);
  const html = readFileSync(join(dist, htmlFile));
  const assets = pageAssets(html.toString("utf8"));
  const problems: string[] = [];
  const files: string[] = [];

  let externalCss = 0;
  for (const href of assets.stylesheets) {
    const found = fileFor(href, path);
    if ("error" in found) problems.push(`${path}: ${found.error}`);
    else {
      externalCss += gz(readFileSync(found.file));
      files.push(found.path);
    }
  }

  let externalJs = 0;
  const seen = new Set<string>();
  const queue: { url: string; from: string }[] = assets.scripts.map((url) => ({ url, from: path }));
  for (const inline of assets.inlineScripts) for (const url of staticImports(inline)) queue.push({ url, from: path });
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    if (!/^(\.{0,2}\/|[a-z]+:)/i.test(url)) continue; // a bare specifier cannot load in a browser without an import map
    const found = fileFor(url, from);
    if ("error" in found) {
      problems.push(`${path}: ${found.error}`);
      continue;
    }
    if (seen.has(found.path)) continue;
    seen.add(found.path);
    const source = readFileSync(found.file);
    externalJs += gz(source);
    files.push(found.path);
    for (const next of staticImports(source.toString("utf8"))) queue.push({ url: next, from: found.path });
  }

  const inlineCss = assets.inlineStyles.length > 0 ? gz(assets.inlineStyles.join("\n")) : 0;
  const inlineJs = assets.inlineScripts.length > 0 ? gz(assets.inlineScripts.join("\n")) : 0;
  const htmlSize = gz(html);
  return {
    path,
    figures: {
      html: htmlSize,
      css: externalCss + inlineCss,
      js: externalJs + inlineJs,
      total: htmlSize + externalCss + externalJs,
    },
    parts: { inlineCss, inlineJs, externalCss, externalJs, files },
    problems,
  };
}

/** The kind of page `path` is: the first kind in tests/budgets.json whose pattern matches, else "default". */
function kindOf(path: string): string {
  for (const [name, kind] of Object.entries(budgets.kinds)) if (new RegExp(kind.match).test(path)) return name;
  return "default";
}

/** The default figures, overridden by the page's kind, then by the page itself. */
function budgetFor(path: string): Budget {
  const { match: _, ...kind } = budgets.kinds[kindOf(path)] ?? { match: "" };
  return { ...budgets.default, ...kind, ...budgets.pages[path] };
}

const pages = existsSync(dist) ? await htmlFiles(dist) : [];

describe("page weight (gzip -9) within tests/budgets.json", () => {
  it("the budgets keep within the project's limits (60 KB in all, 8 KB of JavaScript; district 24 KB, home 32 KB, story 40 KB, embed 15 KB)", () => {
    const wrong: string[] = [];
    const check = (where: string, b: Partial<Budget>, kind?: string) => {
      const cap = Math.min(
        HARD_LIMITS.total,
        budgets.limits.total,
        kind === undefined ? Infinity : (HARD_LIMITS.kinds[kind] ?? Infinity),
        kind === undefined ? Infinity : (budgets.limits.kinds?.[kind] ?? Infinity),
      );
      for (const k of ["html", "css", "js", "total"] as const)
        if (b[k] !== undefined && b[k] > cap) wrong.push(`${where}: ${k} ${bytes(b[k])} > ${bytes(cap)}`);
      const jsCap = Math.min(HARD_LIMITS.js, budgets.limits.js);
      if (b.js !== undefined && b.js > jsCap) wrong.push(`${where}: js ${bytes(b.js)} > ${bytes(jsCap)}`);
    };
    if (budgets.limits.total > HARD_LIMITS.total) wrong.push(`limits: total ${bytes(budgets.limits.total)} > ${bytes(HARD_LIMITS.total)}`);
    if (budgets.limits.js > HARD_LIMITS.js) wrong.push(`limits: js ${bytes(budgets.limits.js)} > ${bytes(HARD_LIMITS.js)}`);
    for (const [kind, cap] of Object.entries(HARD_LIMITS.kinds))
      if ((budgets.limits.kinds?.[kind] ?? Infinity) > cap) wrong.push(`limits.kinds.${kind}: more than ${bytes(cap)} or missing`);
    check("default", budgets.default);
    for (const [name, kind] of Object.entries(budgets.kinds)) check(`kinds.${name}`, kind, name);
    for (const path of Object.keys(budgets.pages)) check(`pages["${path}"]`, budgetFor(path), kindOf(path));
    expectNone(wrong, "tests/budgets.json asks for more than the project allows");
    expect(pages.length, "HTML pages in the build (run npm run build first)").toBeGreaterThan(0);
  });

  it("every kind of page in tests/budgets.json matches a page of the build (a budget no page uses is a typo)", () => {
    const used = new Set(pages.map((file) => kindOf(urlPathForFile(file))));
    const unused = Object.keys(budgets.kinds).filter((kind) => !used.has(kind));
    expectNone(
      unused.map((kind) => `kinds.${kind} (match ${budgets.kinds[kind]!.match}) matches no page`),
      "page kinds without pages",
    );
  });

  const measures = pages.map(measure);

  it("prints what each page weighs", () => {
    const width = Math.max(26, ...measures.map((m) => m.path.length));
    const lines = measures.map((m) => {
      const f = m.figures;
      return (
        `${m.path.padEnd(width)} ${kindOf(m.path).padEnd(9)} total ${bytes(f.total).padStart(9)} = html ${bytes(f.html)}` +
        ` (inline css ${bytes(m.parts.inlineCss)}, inline js ${bytes(m.parts.inlineJs)})` +
        ` + css ${bytes(m.parts.externalCss)} + js ${bytes(m.parts.externalJs)}` +
        (m.parts.files.length > 0 ? `  [${m.parts.files.join(", ")}]` : "")
      );
    });
    console.log(`Page weight, gzip -9, by kind of page (budgets in tests/budgets.json):\n${lines.join("\n")}`);
    expect(lines.length).toBe(pages.length);
  });

  for (const m of measures) {
    it(`${m.path} is within the budget of its kind (${kindOf(m.path)})`, () => {
      const budget = budgetFor(m.path);
      const over = (Object.keys(budget) as (keyof Budget)[])
        .filter((k) => m.figures[k] > budget[k])
        .map((k) => `${m.path}: ${k} ${bytes(m.figures[k])} > budget ${bytes(budget[k])} (${kindOf(m.path)})`);
      expectNone([...m.problems, ...over], `${m.path} page weight`);
    });
  }
});
