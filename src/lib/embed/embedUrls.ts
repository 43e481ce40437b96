import type { Lang } from "../i18n/lang.ts";
import { fileUrl } from "../i18n/paths.ts";
import { absoluteUrl } from "../discovery/siteUrl.ts";

/*
 * Where the embeds live (issue 12's URL scheme), as paths under the site's base: the embed page
 * of a figure in each language and the resize script. Every module that writes one of these
 * addresses (the embed code, the oEmbed files, /charts.json) builds it here.
 */

/** "embed/club-plan/" (Vietnamese) or "en/embed/club-plan/": the figure's embed page, under the base. */
export function embedPath(id: string, lang: Lang): string {
  return `${lang === "en" ? "en/" : ""}embed/${id}/`;
}

/** The resize script, at the site's root (under the base). */
export const embedJsPath = "embed.js";

/** The oEmbed description of an embed page, beside it. */
export function oembedPath(id: string, lang: Lang): string {
  return `${embedPath(id, lang)}oembed.json`;
}

/** The absolute address of a path of the site: origin ("https://host") + base + path. */
export function siteAddress(origin: string, base: string, path: string): string {
  return absoluteUrl(origin, fileUrl(base, path));
}
