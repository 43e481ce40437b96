/**
 * The address under which a built HTML file goes into the search index, relative to the site's
 * root ("en/data/index.html" → "/en/data/"), or null for a file that is not a page to find: the
 * search page itself (its links to every section would match every query) and the 404 page.
 * Pagefind adds the site's base path when it shows a result, so a sub-path build gives the
 * same index.
 */
export function indexedPagePath(file: string): string | null {
  const path = file.replaceAll("\\", "/").replace(/^\/+/u, "");
  if (!path.endsWith(".html")) return null;
  if (path === "404.html" || /^(en\/)?search\/index\.html$/u.test(path)) return null;
  if (path === "index.html") return "/";
  return path.endsWith("/index.html") ? `/${path.slice(0, -"index.html".length)}` : `/${path}`;
}
