import type { Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { CARD, downloadPath, ogImagePath, publicFileUrl, type DownloadExt, type SiteAddress } from "./downloadUrls.ts";

export type { SiteAddress } from "./downloadUrls.ts";

/*
 * Site paths (under BASE_URL, no leading slash) from the URL scheme of issue 12. Downloads and
 * social cards are spelt by their owner, downloadUrls.ts; the embed pages by this file until
 * embedUrls.ts is in the repository.
 */
const languagePath = (lang: Lang, path: string) => pageUrl("", lang, path).replace(/^\//, "");
const embedSitePath = (id: string, lang: Lang) => languagePath(lang, `embed/${id}/`);

/** The site path of a chart's oEmbed file, beside its embed page: `embed/<id>/oembed.json`, `en/embed/<id>/oembed.json`. */
export function oembedSitePath(id: string, lang: Lang): string {
  return languagePath(lang, `embed/${id}/oembed.json`);
}

/**
 * The absolute URL of a site path that has no base yet ("en/embed/x/", "downloads/x-vi.csv"): the
 * downloads' own builder, which refuses a loopback origin, so no catalogue can point at one.
 */
export const siteAddress = publicFileUrl;

/** A page of the site in one language ("" home, "districts/vinh-yen/"), at the figure `#chart-<id>`. */
export function figureOnPageUrl(site: SiteAddress, lang: Lang, path: string, id: string): string {
  return `${siteAddress(site, languagePath(lang, path))}#chart-${id}`;
}

export const embedUrl = (site: SiteAddress, id: string, lang: Lang) => siteAddress(site, embedSitePath(id, lang));
export const oembedUrl = (site: SiteAddress, id: string, lang: Lang) => siteAddress(site, oembedSitePath(id, lang));
export const downloadUrl = (site: SiteAddress, id: string, lang: Lang, format: DownloadExt) =>
  siteAddress(site, downloadPath(id, lang, format));
export const socialCardUrl = (site: SiteAddress, id: string, lang: Lang) => siteAddress(site, ogImagePath({ figure: id }, lang));

/** A social card's size in pixels (1200×630). */
export const SOCIAL_CARD = CARD;
