import type { APIRoute, GetStaticPaths } from "astro";
import { loadData } from "../../lib/data/loadData.ts";
import { embedRedirects, redirectHtml, type EmbedRedirect } from "../../lib/embed/embedRedirects.ts";
import { figureIds } from "../../lib/embed/figureById.ts";
import { RENAMED_IDS } from "../../lib/embed/renamedIds.ts";

/**
 * A page at each renamed chart's old embed URLs (embed/<old>/, en/embed/<old>/) that sends the
 * reader to the new one, so an iframe published with the old id keeps working. None while
 * RENAMED_IDS is empty. The embed pages themselves live in src/pages/[...lang]/embed/.
 */
export const getStaticPaths = (() =>
  embedRedirects(RENAMED_IDS, figureIds(loadData())).map((redirect) => ({
    params: { renamedEmbed: redirect.path },
    props: { redirect },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { redirect } = props as { redirect: EmbedRedirect };
  return new Response(redirectHtml(redirect, { origin: site!.origin, base: import.meta.env.BASE_URL }), {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
};
