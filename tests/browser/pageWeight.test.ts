import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { expectNone, htmlFiles, pageAssets, staticImports, urlPathForFile } from "./site.ts";

/*
 * What each page of dist/ costs to load, gzip-compressed (zlib level 9, about what a static
 * host sends): the HTML itself, plus every stylesheet, script and module preload it references
 * (and the modules those scripts import statically), checked against tests/budgets.json.
 * It lives with the browser tests because it needs the build, which `npm test` makes after
 * the unit tests.
 */

const projectRoot = inject("projectRoot");
const dist = inject("distDir");

type Figures = { html: number; css: number; js: number; total: number };
type Budget = Figures;
interface Budgets {
  limits: { total: number; js: number };
  default: Budget;
  pages: Record<string, Partial<Budget>>;
}
const budgets = JSON.parse(readFileSync(join(projectRoot, "tests", "budgets.json"), "utf8")) as Budgets;
const HARD_LIMITS = { total: 61_440, js: 8_192 } as const; // 60 KB and 8 KB: the project's promise

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

function budgetFor(path: string): Budget {
  return { ...budgets.default, ...budgets.pages[path] };
}

const pages = existsSync(dist) ? await htmlFiles(dist) : [];

describe("page weight (gzip -9) within tests/budgets.json", () => {
  it("the budgets keep within 60 KB in all and 8 KB of JavaScript a page", () => {
    const wrong: string[] = [];
    const check = (where: string, b: Partial<Budget>) => {
      if (b.total !== undefined && b.total > HARD_LIMITS.total)
        wrong.push(`${where}: total ${bytes(b.total)} > ${bytes(HARD_LIMITS.total)}`);
      if (b.js !== undefined && b.js > HARD_LIMITS.js) wrong.push(`${where}: js ${bytes(b.js)} > ${bytes(HARD_LIMITS.js)}`);
    };
    check("limits", budgets.limits);
    check("default", budgets.default);
    for (const [path, b] of Object.entries(budgets.pages)) check(`pages["${path}"]`, b);
    expectNone(wrong, "tests/budgets.json asks for more than the project allows");
    expect(pages.length, "HTML pages in dist/ (run npm run build first)").toBeGreaterThan(0);
  });

  const measures = pages.map(measure);

  it("prints what each page weighs", () => {
    const lines = measures.map((m) => {
      const f = m.figures;
      return (
        `${m.path.padEnd(16)} total ${bytes(f.total).padStart(9)} = html ${bytes(f.html)}` +
        ` (inline css ${bytes(m.parts.inlineCss)}, inline js ${bytes(m.parts.inlineJs)})` +
        ` + css ${bytes(m.parts.externalCss)} + js ${bytes(m.parts.externalJs)}` +
        (m.parts.files.length > 0 ? `  [${m.parts.files.join(", ")}]` : "")
      );
    });
    console.log(
      `Page weight, gzip -9 (budget: ${bytes(budgets.default.total)} total, ${bytes(budgets.default.js)} js):\n${lines.join("\n")}`,
    );
    expect(lines.length).toBe(pages.length);
  });

  for (const m of measures) {
    it(`${m.path} is within its budget`, () => {
      const budget = budgetFor(m.path);
      const over = (Object.keys(budget) as (keyof Budget)[])
        .filter((k) => m.figures[k] > budget[k])
        .map((k) => `${m.path}: ${k} ${bytes(m.figures[k])} > budget ${bytes(budget[k])}`);
      expectNone([...m.problems, ...over], `${m.path} page weight`);
    });
  }
});
