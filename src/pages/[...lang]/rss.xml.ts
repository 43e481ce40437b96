import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { feedItems } from "../../lib/discovery/feedItems.ts";
import { absoluteUrl } from "../../lib/discovery/siteUrl.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import { langPaths } from "../../lib/i18n/langPaths.ts";
import { pageUrl } from "../../lib/i18n/paths.ts";
import { UI } from "../../lib/i18n/ui.ts";
import { loadStories } from "../../lib/stories/loadStories.ts";

/** The stories of one language as RSS 2.0: /rss.xml (Vietnamese) and /en/rss.xml. */
export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const base = import.meta.env.BASE_URL;
  // astro.config.mjs always sets `site`, from src/lib/discovery/siteUrl.ts.
  const origin = site!.origin;
  return rss({
    title: UI[lang].feedTitle,
    description: UI[lang].feedDescription,
    site: absoluteUrl(origin, pageUrl(base, lang)),
    trailingSlash: true,
    xmlns: { atom: "http://www.w3.org/2005/Atom", dc: "http://purl.org/dc/elements/1.1/" },
    customData: `<language>${lang}</language><atom:link href="${absoluteUrl(origin, pageUrl(base, lang, "rss.xml"))}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(loadStories(), lang, origin, base),
  });
};
