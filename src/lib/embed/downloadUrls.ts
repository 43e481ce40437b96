import { absoluteUrl, isLoopbackHost } from "../discovery/siteUrl.ts";
import type { Lang } from "../i18n/lang.ts";
import { fileUrl, pageUrl } from "../i18n/paths.ts";

/** Where the site is published: Astro's `site` origin (never a loopback) and BASE_URL. */
export interface SiteAddress {
  readonly origin: string;
  readonly base: string;
}

export const DOWNLOAD_EXTS = ["svg", "png", "csv"] as const;
export type DownloadExt = (typeof DOWNLOAD_EXTS)[number];

/**
 * A chart's or map's file for download, per language: `downloads/<id>-<lang>.<ext>`, a site
 * path without the base (the same name in both language trees, so one folder holds them all).
 */
export function downloadPath(id: string, lang: Lang, ext: DownloadExt): string {
  return `downloads/${id}-${lang}.${ext}`;
}

/** A social card's size in pixels: what Open Graph and Twitter's large card ask for (1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;

/** What a social card shows: a chart or map by id, the home page, or a district page by slug. */
export type CardSubject = { readonly figure: string } | { readonly district: string } | "home";

/** A social card (1200×630 PNG): `og/<id>-<lang>.png`, `og/home-<lang>.png`, `og/district-<slug>-<lang>.png`. */
export function ogImagePath(subject: CardSubject, lang: Lang): string {
  const name = subject === "home" ? "home" : "figure" in subject ? subject.figure : `district-${subject.district}`;
  return `og/${name}-${lang}.png`;
}

/** The public origin, checked: a file that leaves the site must never point at the reader's own machine. */
function publicOrigin(site: SiteAddress): string {
  if (isLoopbackHost(new URL(site.origin).hostname)) throw new Error(`${site.origin} is a loopback address, not the site's public origin`);
  return site.origin;
}

/** The absolute URL of a site path such as `downloadPath(…)`, on the public origin under the base. */
export function publicFileUrl(site: SiteAddress, path: string): string {
  return absoluteUrl(publicOrigin(site), fileUrl(site.base, path));
}

/** The figure's own page, its embed page (`embed/<id>/`, `en/embed/<id>/`): where a download points back to. */
export function figurePageUrl(site: SiteAddress, id: string, lang: Lang): string {
  return absoluteUrl(publicOrigin(site), pageUrl(site.base, lang, `embed/${id}/`));
}
