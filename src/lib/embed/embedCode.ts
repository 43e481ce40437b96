import type { Chart } from "../charts/Chart.ts";
import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";
import { embedFigure } from "./embedFigure.ts";
import { embedHeight } from "./embedHeight.ts";
import { EMBED_WIDTH } from "./embedLayout.ts";
import { embedJsPath, embedPath, siteAddress } from "./embedUrls.ts";
import { figureById } from "./figureById.ts";

/** What another site pastes to show a figure: the iframe, and the width and height oEmbed reports. */
export interface EmbedCode {
  readonly html: string;
  /** The widest the figure's column gets (oEmbed's width); the iframe itself takes its container's width. */
  readonly width: number;
  /** Enough for the figure at any width from 320 to 1280 px, without a script. */
  readonly height: number;
}

const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The iframe code of a chart or map in one language, whose embed page is at `url` (absolute):
 * as wide as its container, with a height that fits the figure at every width without any
 * script (the optional /embed.js then sets the exact height), lazily loaded, named by its title.
 * Style, not a width attribute, makes it fluid: width="100%" is not valid HTML.
 */
export function embedCode(chart: Chart, lang: Lang, url: string): EmbedCode {
  const height = embedHeight(embedFigure(chart, lang, { source: () => "", back: "" }));
  const html =
    `<iframe title="${escapeAttribute(chart.title)}" src="${escapeAttribute(url)}" loading="lazy"` +
    ` height="${height}" style="border:0;width:100%"></iframe>`;
  return { html, width: EMBED_WIDTH, height };
}

/** `<script async src="…/embed.js"></script>`: the optional line that makes the height exact. */
export function embedScriptTag(origin: string, base: string): string {
  return `<script async src="${escapeAttribute(siteAddress(origin, base, embedJsPath))}"></script>`;
}

const memo = new WeakMap<SiteData, Map<string, EmbedCode | null>>();

/**
 * The embed code of the figure `id` as the site offers it under that figure (null for an id the
 * site does not draw), computed once per language and id for a build.
 */
export function siteEmbedCode(data: SiteData, lang: Lang, id: string, origin: string, base: string): EmbedCode | null {
  const known = memo.get(data) ?? new Map<string, EmbedCode | null>();
  memo.set(data, known);
  const key = `${lang} ${id} ${origin} ${base}`;
  if (!known.has(key)) {
    const chart = figureById(data, lang, id);
    known.set(key, chart ? embedCode(chart, lang, siteAddress(origin, base, embedPath(id, lang))) : null);
  }
  return known.get(key)!;
}
