import type { Lang } from "../i18n/lang.ts";
import { resultLanguage } from "./resultLanguage.ts";

/** A built page as it goes into the search index. */
export interface IndexedPage {
  /** The page's address relative to the site's root ("/en/data/"); Pagefind adds the base path. */
  url: string;
  lang: Lang;
  /** The page's HTML, its <html> element carrying the `lang` filter the search page asks by. */
  content: string;
}

/**
 * What the search index receives for a built HTML file (`file` relative to the build folder,
 * "en/data/index.html"), or null for a file that is not a page to find: the search page itself
 * (its links to every section would match every query) and the 404 page. Addresses are relative
 * to the site's root, so a sub-path build (BASE_PATH) gives the same index.
 *
 * Both languages share one index; the filter `lang` (vi or en, from the address, as `pageUrl`
 * builds it) lets the search page ask for each language on its own, with exact counts, without
 * loading a result to learn its language.
 */
export function indexedPage(file: string, html: string): IndexedPage | null {
  const path = file.replaceAll("\\", "/").replace(/^\/+/u, "");
  if (!path.endsWith(".html")) return null;
  if (path === "404.html" || /^(en\/)?search\/index\.html$/u.test(path)) return null;
  const url = path === "index.html" ? "/" : path.endsWith("/index.html") ? `/${path.slice(0, -"index.html".length)}` : `/${path}`;
  const lang = resultLanguage(url, "/");
  const content = html.replace(/<html(?=[\s>])/iu, `<html data-pagefind-filter="lang:${lang}"`);
  return { url, lang, content };
}
