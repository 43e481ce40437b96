import { readdir, readFile, rm, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { indexedPage } from "../lib/search/indexedPage.ts";

/**
 * Parts of every page that are the same everywhere or say nothing a reader searches for: the
 * skip link, header and footer (site name, navigation, data version), and the SVG drawings,
 * whose labels and ticks repeat what the tables and lists beside them say (each map labels all
 * nine districts, which would make every district page match every district's name).
 */
export const SEARCH_EXCLUDED = [".skip", ".site-header", ".site-footer", "svg"];

/** Pagefind's own search interfaces and highlighter (about 430 KB), which no page loads. */
const PREBUILT_UI = /^pagefind-((component-|modular-)?ui\.(js|css)|highlight\.js)$/u;

/**
 * Builds the Pagefind index of the finished site into `<outDir>/pagefind/` once `astro build`
 * has written every page, so any page added later (stories, clubs) is found with no change here.
 *
 * Both languages go into one index (`forceLanguage`): Pagefind would otherwise split the index by
 * `<html lang>`, and a page could search only its own language, while the search page shows the
 * reader's language first and the other after it; each page carries a `lang` filter instead
 * (`indexedPage`). "vi" has no stemmer in Pagefind, so words are matched as written in both
 * languages (after folding diacritics), never cut by English rules that would mangle Vietnamese
 * syllables.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        try {
          const { index, errors } = await createIndex({ excludeSelectors: SEARCH_EXCLUDED, forceLanguage: "vi" });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const counts = { vi: 0, en: 0 };
          for (const file of await htmlFiles(outDir)) {
            const page = indexedPage(file, await readFile(join(outDir, file), "utf8"));
            if (page === null) continue;
            const added = await index.addHTMLFile({ url: page.url, content: page.content });
            if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join("; ")}`);
            counts[page.lang] += 1;
          }
          const outputPath = join(outDir, "pagefind");
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(written.errors.join("; "));
          // Pagefind also writes its ready-made interfaces; the search page uses only its API.
          for (const name of await readdir(outputPath)) if (PREBUILT_UI.test(name)) await rm(join(outputPath, name));
          const bytes = await folderBytes(outputPath);
          logger.info(
            `search index: ${counts.vi} Vietnamese and ${counts.en} English pages, ` +
              `${(bytes / 1024).toFixed(1)} KB in ${relative(process.cwd(), outputPath) || outputPath} (${Date.now() - started} ms)`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}

/** Every .html file under `directory`, relative to it with "/" separators, sorted. */
async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(directory, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

async function folderBytes(directory: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(directory, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}
