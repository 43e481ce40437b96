import { escapeXml } from "../discovery/feedItems.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { LANGS, type Lang } from "../i18n/lang.ts";
import { embedPath } from "./embedUrls.ts";
import { embedUrl, siteAddress, type SiteAddress } from "./publicUrls.ts";

/** What a chart id may look like: lower-case words joined by "-" (a metric may carry "_"). */
export const CHART_ID = /^[a-z0-9]+(-[a-z0-9_]+)*$/;

/** One page at a renamed chart's old embed URL, pointing at its new one. */
export interface EmbedRedirect {
  readonly lang: Lang;
  readonly from: string;
  readonly to: string;
  /** The old embed page's site path without the base and the trailing slash, as Astro's rest parameter takes it. */
  readonly path: string;
}

/**
 * The redirects for the renamed ids (old → new, RENAMED_IDS in renamedIds.ts), in both languages.
 * A chain (a → b, b → c) goes straight to its end. Refuses what would break a published URL
 * or shadow a live one: a new id the site does not draw, an old id it still draws, a loop, an id
 * of the wrong shape.
 */
export function embedRedirects(renamed: Readonly<Record<string, string>>, ids: readonly string[]): readonly EmbedRedirect[] {
  const live = new Set(ids);
  const redirects: EmbedRedirect[] = [];
  for (const [from, next] of Object.entries(renamed)) {
    for (const id of [from, next])
      if (!CHART_ID.test(id)) throw new Error(`renamedIds.ts: "${id}" is not a chart id (lower-case words joined by "-")`);
    if (live.has(from)) throw new Error(`renamedIds.ts: "${from}" is renamed but the site still draws a chart with that id`);
    const seen = new Set([from]);
    let to = next;
    while (!live.has(to)) {
      const further = renamed[to];
      if (further === undefined) throw new Error(`renamedIds.ts: "${from}" is renamed to "${to}", which the site does not draw`);
      if (seen.has(to)) throw new Error(`renamedIds.ts: the renames of "${from}" go round in a loop`);
      seen.add(to);
      to = further;
    }
    for (const lang of LANGS) redirects.push({ lang, from, to, path: embedPath(from, lang).replace(/\/$/, "") });
  }
  return redirects;
}

const M = defineMessages(
  {
    title: "Biểu đồ đã chuyển sang địa chỉ mới",
    text: "Biểu đồ này nay ở địa chỉ mới:",
  },
  {
    title: "This chart has moved",
    text: "This chart is now at a new address:",
  },
);

/**
 * The whole page at an old embed URL: it sends the reader (or the iframe on a newsroom's page) to
 * the new embed page at once, says so with a link for a browser that does not follow the
 * refresh, and asks not to be indexed. It is written here rather than by an Astro page so that
 * its one policy <meta> comes first, before the refresh: it loads nothing, so it allows nothing.
 */
export function redirectHtml(redirect: EmbedRedirect, site: SiteAddress): string {
  const canonical = embedUrl(site, redirect.to, redirect.lang);
  // A path on this host, so the refresh stays on whatever host serves the copy of the site.
  const href = escapeXml(new URL(canonical).pathname);
  const m = M[redirect.lang];
  return [
    "<!DOCTYPE html>",
    `<html lang="${redirect.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="content-security-policy" content="${POLICY}">`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeXml(m.title)}</title>`,
    `<link rel="canonical" href="${escapeXml(canonical)}">`,
    "</head>",
    `<body><main><h1>${escapeXml(m.title)}</h1><p>${escapeXml(m.text)} <a href="${href}">${escapeXml(canonical)}</a></p></main></body>`,
    "</html>",
    "",
  ].join("\n");
}

/** Nothing to load, run, frame or submit: the page is text and a link. */
const POLICY =
  "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

/** The old embed page's absolute URL (where a foreign page's iframe still points). */
export function redirectFromUrl(redirect: EmbedRedirect, site: SiteAddress): string {
  return siteAddress(site, `${redirect.path}/`);
}
