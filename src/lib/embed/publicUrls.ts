import { absoluteUrl } from "../discovery/siteUrl.ts";
import type { Lang } from "../i18n/lang.ts";
import { fileUrl, pageUrl } from "../i18n/paths.ts";

/** Where the site is published: every URL of /charts.json and of the oEmbed files starts here. */
export interface SiteAddress {
  /** The public origin, from siteUrl(): "https://host", never a loopback. */
  readonly origin: string;
  /** Astro's BASE_URL: "/" or "/vinhphuc/". */
  readonly base: string;
}

/*
 * Site paths (under BASE_URL, no leading slash) from the URL scheme of issue 12. The files
 * belong to other modules (embed pages, downloads, social cards); until their own path builders
 * are in the repository (embedUrls.ts, downloadUrls.ts), this is the one place that spells them.
 */
const languagePath = (lang: Lang, path: string) => pageUrl("", lang, path).replace(/^\//, "");
const embedSitePath = (id: string, lang: Lang) => languagePath(lang, `embed/${id}/`);
const downloadSitePath = (id: string, lang: Lang, format: DownloadFormat) => `downloads/${id}-${lang}.${format}`;
const socialCardSitePath = (id: string, lang: Lang) => `og/${id}-${lang}.png`;

export type DownloadFormat = "svg" | "png" | "csv";

/** The site path of a chart's oEmbed file, beside its embed page: `embed/<id>/oembed.json`, `en/embed/<id>/oembed.json`. */
export function oembedSitePath(id: string, lang: Lang): string {
  return languagePath(lang, `embed/${id}/oembed.json`);
}

/** The absolute URL of a site path that has no base yet ("en/embed/x/", "downloads/x-vi.csv"). */
export function siteAddress(site: SiteAddress, path: string): string {
  return absoluteUrl(site.origin, fileUrl(site.base, path));
}

/** A page of the site in one language ("" home, "districts/vinh-yen/"), at the figure `#chart-<id>`. */
export function figureOnPageUrl(site: SiteAddress, lang: Lang, path: string, id: string): string {
  return `${absoluteUrl(site.origin, pageUrl(site.base, lang, path))}#chart-${id}`;
}

export const embedUrl = (site: SiteAddress, id: string, lang: Lang) => siteAddress(site, embedSitePath(id, lang));
export const oembedUrl = (site: SiteAddress, id: string, lang: Lang) => siteAddress(site, oembedSitePath(id, lang));
export const downloadUrl = (site: SiteAddress, id: string, lang: Lang, format: DownloadFormat) =>
  siteAddress(site, downloadSitePath(id, lang, format));
export const socialCardUrl = (site: SiteAddress, id: string, lang: Lang) => siteAddress(site, socialCardSitePath(id, lang));

/** Social cards are 1200×630 px: the size Open Graph and Twitter's large card ask for. */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;
