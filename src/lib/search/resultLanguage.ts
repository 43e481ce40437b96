import type { Lang } from "../i18n/lang.ts";
import { safeHref } from "../safety/linkPolicy.ts";

/**
 * The language of a page of this site from its address: English pages live under `<base>en/`,
 * everything else is Vietnamese (see `pageUrl`).
 */
export function resultLanguage(url: string, base: string): Lang {
  const root = base.endsWith("/") ? base : `${base}/`;
  return url.startsWith(`${root}en/`) ? "en" : "vi";
}

/**
 * The address of a search result when it is a page of this site (a path under `base`), else
 * null: the index is built from the site's own pages, and a result that points anywhere else is
 * dropped rather than linked.
 */
export function sameSiteUrl(url: string, base: string): string | null {
  const root = base.endsWith("/") ? base : `${base}/`;
  if (!url.startsWith(root)) return null;
  return safeHref(url, { relative: true });
}
