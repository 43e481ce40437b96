import type { APIRoute, GetStaticPaths } from "astro";
import { loadData } from "../../lib/data/loadData.ts";
import { chartCsv } from "../../lib/embed/chartCsv.ts";
import { DOWNLOAD_EXTS, downloadPath, type DownloadExt } from "../../lib/embed/downloadUrls.ts";
import { figureById, figureIds } from "../../lib/embed/figureById.ts";
import { renderPng } from "../../lib/embed/renderPng.ts";
import { standaloneSvg } from "../../lib/embed/standaloneSvg.ts";
import { LANGS, type Lang } from "../../lib/i18n/lang.ts";

interface Props {
  id: string;
  lang: Lang;
  ext: DownloadExt;
}

/** Every chart and map in each language as SVG, PNG (2×) and CSV: downloads/<id>-<lang>.<ext>. */
export const getStaticPaths = (() => {
  const data = loadData();
  return figureIds(data).flatMap((id) =>
    LANGS.flatMap((lang) =>
      DOWNLOAD_EXTS.map((ext) => ({
        params: { file: downloadPath(id, lang, ext).slice("downloads/".length) },
        props: { id, lang, ext } satisfies Props,
      })),
    ),
  );
}) satisfies GetStaticPaths;

const TYPES: Record<DownloadExt, string> = { svg: "image/svg+xml", png: "image/png", csv: "text/csv; charset=utf-8" };

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { id, lang, ext } = props;
  const data = loadData();
  // astro.config.mjs sets `site` from src/lib/discovery/siteUrl.ts, always (never a loopback).
  const address = { origin: site!.origin, base: import.meta.env.BASE_URL };
  let body: string | Uint8Array;
  if (ext === "csv") {
    body = chartCsv(data, figureById(data, lang, id)!, lang);
  } else {
    const doc = standaloneSvg(data, lang, id, address)!;
    body = ext === "svg" ? doc.svg : renderPng(doc.svg, { scale: 2 });
  }
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: { "Content-Type": TYPES[ext] } });
};
