import type { Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { CARD, downloadPath, ogImagePath, publicFileUrl, type DownloadExt, type SiteAddress } from "./downloadUrls.ts";
import { embedPath, oembedPath } from "./embedUrls.ts";

export type { SiteAddress } from "./downloadUrls.ts";

/*
 * The absolute URLs of what the catalogue lists. The paths are spelt by their owners, from the
 * URL scheme of issue 12: embedUrls.ts (embed pages and their oEmbed files), downloadUrls.ts
 * (downloads and social cards).
 */
const languagePath = (lang: Lang, path: string) => pageUrl("", lang, path).replace(/^\//, "");

/**
 * The absolute URL of a site path that has no base yet ("en/embed/x/", "downloads/x-vi.csv"): the
 * downloads' own builder, which refuses a loopback origin, so no catalogue can point at one.
 */
export const siteAddress = publicFileUrl;

/** A page of the site in one language ("" home, "districts/vinh-yen/"), at the figure `#chart-<id>`. */
export function figureOnPageUrl(site: SiteAddress, lang: Lang, path: string, id: string): string {
  return `${siteAddress(site, languagePath(lang, path))}#chart-${id}`;
}

export const embedUrl = (site: SiteAddress, id: string, lang: Lang) => siteAddress(site, embedPath(id, lang));
export const oembedUrl = (site: SiteAddress, id: string, lang: Lang) => siteAddress(site, oembedPath(id, lang));
export const downloadUrl = (site: SiteAddress, id: string, lang: Lang, format: DownloadExt) =>
  siteAddress(site, downloadPath(id, lang, format));
export const socialCardUrl = (site: SiteAddress, id: string, lang: Lang) => siteAddress(site, ogImagePath({ figure: id }, lang));

/** A social card's size in pixels (1200×630). */
export const SOCIAL_CARD = CARD;
