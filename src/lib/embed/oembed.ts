import { absoluteUrl } from "../discovery/siteUrl.ts";
import type { Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { UI } from "../i18n/ui.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import type { EmbedCode } from "./embedCode.ts";
import { SOCIAL_CARD, socialCardUrl, type SiteAddress } from "./publicUrls.ts";

/**
 * An oEmbed 1.0 response of type "rich" (https://oembed.com/ §2.3.4 and §2.3.4.4): a CMS that
 * is given a chart's embed URL fetches it and pastes `html`, the same iframe the site offers.
 */
export interface OEmbed {
  readonly version: "1.0";
  readonly type: "rich";
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly thumbnail_url: string;
  readonly thumbnail_width: number;
  readonly thumbnail_height: number;
}

/**
 * The oEmbed response for one chart in one language. `code` is what `embedCode(entry, lang,
 * embedUrl)` returns, so the html a CMS pastes is exactly the snippet under the figure.
 */
export function oembed(entry: Pick<CatalogueEntry, "id" | "title">, lang: Lang, code: EmbedCode, site: SiteAddress): OEmbed {
  if (!(Number.isInteger(code.width) && code.width > 0 && Number.isInteger(code.height) && code.height > 0))
    throw new Error(`oEmbed for ${entry.id}: width and height must be whole pixels, got ${code.width}×${code.height}`);
  return {
    version: "1.0",
    type: "rich",
    title: entry.title[lang],
    provider_name: UI[lang].siteName,
    provider_url: absoluteUrl(site.origin, pageUrl(site.base, lang)),
    html: code.html,
    width: code.width,
    height: code.height,
    // The social card: what a CMS shows as the preview before it loads the iframe.
    thumbnail_url: socialCardUrl(site, entry.id, lang),
    thumbnail_width: SOCIAL_CARD.width,
    thumbnail_height: SOCIAL_CARD.height,
  };
}
