import type { APIRoute, GetStaticPaths } from "astro";
import { loadData } from "../../lib/data/loadData.ts";
import { ogImagePath, type CardSubject } from "../../lib/embed/downloadUrls.ts";
import { figureIds } from "../../lib/embed/figureById.ts";
import { renderPng } from "../../lib/embed/renderPng.ts";
import { socialCard } from "../../lib/embed/socialCard.ts";
import { LANGS, type Lang } from "../../lib/i18n/lang.ts";

interface Props {
  subject: CardSubject;
  lang: Lang;
}

/** Social cards (1200×630 PNG) for every chart and map, the home page and each district page, per language. */
export const getStaticPaths = (() => {
  const data = loadData();
  const subjects: CardSubject[] = [
    "home",
    ...data.districts.map((d) => ({ district: d.slug })),
    ...figureIds(data).map((figure) => ({ figure })),
  ];
  return subjects.flatMap((subject) =>
    LANGS.map((lang) => ({ params: { file: ogImagePath(subject, lang).slice("og/".length) }, props: { subject, lang } satisfies Props })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => {
  const card = socialCard(loadData(), props.lang, props.subject);
  return new Response(new Uint8Array(renderPng(card.svg, { scale: 1 })), { headers: { "Content-Type": "image/png" } });
};
