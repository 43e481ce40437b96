import type { APIRoute, GetStaticPaths } from "astro";
import { loadData } from "../../../../lib/data/loadData.ts";
import { catalogue, type CatalogueEntry } from "../../../../lib/embed/catalogue.ts";
import { siteEmbedCode } from "../../../../lib/embed/embedCode.ts";
import { oembed } from "../../../../lib/embed/oembed.ts";
import { LANGS, type Lang } from "../../../../lib/i18n/lang.ts";
import { loadStories } from "../../../../lib/stories/loadStories.ts";

/** The oEmbed file beside each embed page: embed/<id>/oembed.json and en/embed/<id>/oembed.json. */
export const getStaticPaths = (() => {
  const data = loadData();
  return LANGS.flatMap((lang) =>
    catalogue(data, loadStories()).map((entry) => ({
      params: { lang: lang === "vi" ? undefined : lang, id: entry.id },
      props: { lang, entry },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang, entry } = props as { lang: Lang; entry: CatalogueEntry };
  // astro.config.mjs always sets `site`, from src/lib/discovery/siteUrl.ts (never a loopback).
  const address = { origin: site!.origin, base: import.meta.env.BASE_URL };
  // The code the site offers under the figure, so a CMS pastes exactly what a reader would copy.
  const code = siteEmbedCode(loadData(), lang, entry.id, address.origin, address.base);
  if (code === null) throw new Error(`oEmbed: the site draws no chart "${entry.id}"`);
  return new Response(`${JSON.stringify(oembed(entry, lang, code, address))}\n`, { headers: { "Content-Type": "application/json" } });
};
