import { randomUUID } from "node:crypto";
import type { Element, ElementContent, Root, RootContent } from "hast";
import { defineHastPlugin, defineMdastPlugin, markdownToHtml, type HastVisitorContext } from "satteri";
import type { ChartId } from "../charts/registry.ts";
import type { SiteData } from "../data/SiteData.ts";
import { formatFigure } from "../format/formatFigure.ts";
import type { Lang } from "../i18n/lang.ts";
import { sanitizeMarkdown } from "../markdown/sanitizeMarkdown.ts";
import { figureKey } from "./checkStoryBody.ts";
import { STORY_FEATURES } from "./parseStoryFile.ts";
import type { Story } from "./Story.ts";
import { figurePeriod, resolveFigure } from "./storyFigure.ts";

/** A story body as the page renders it: sanitised HTML, with catalogue charts between. */
export type StorySegment = { readonly kind: "html"; readonly html: string } | { readonly kind: "chart"; readonly id: ChartId };

/** The id of a story source's entry in the list under the story (SourceList), which each figure links to. */
export const storySourceAnchor = (id: string) => `source-${id}`;

const M = {
  vi: { source: (n: number, title: string) => `Nguồn ${n}: ${title}`, period: (p: string) => `Số liệu ${p}` },
  en: { source: (n: number, title: string) => `Source ${n}: ${title}`, period: (p: string) => `Figure for ${p}` },
};

/**
 * Renders a checked story's Markdown. Directives become placeholders before the sanitiser runs
 * (a random token, so no text an editor writes can pose as one), and after it the placeholders
 * become figures from observations.csv — qualifier, number in the story's language, a link to
 * its numbered source — or a slot for a chart. Nothing an editor wrote reaches the page unsanitised.
 */
export function renderStory(story: Story, data: SiteData, base = "/"): readonly StorySegment[] {
  const lang: Lang = story.lang;
  const token = `\ue000${randomUUID()}`;
  const figures: Element[] = [];
  const charts: ChartId[] = [];
  const toTokens = defineMdastPlugin({
    name: "story-directives",
    textDirective(node, ctx) {
      const found = resolveFigure(data, figureKey(node as never));
      // The check refuses a story whose figure does not resolve; this guards direct callers.
      if (!found.ok) throw new Error(`${story.file}: ${found.en}`);
      const { observation: o, indicator } = found;
      const n = story.sources.indexOf(o.source) + 1;
      const source = data.source(o.source);
      figures.push({
        type: "element",
        tagName: "span",
        properties: { className: ["story-figure"] },
        children: [
          {
            type: "element",
            tagName: "data",
            properties: { value: String(o.value), title: M[lang].period(figurePeriod(o, lang)) },
            children: [{ type: "text", value: formatFigure(o, indicator.unit, lang) }],
          },
          {
            type: "element",
            tagName: "a",
            properties: {
              className: ["story-figure-source"],
              href: `#${storySourceAnchor(o.source)}`,
              ariaLabel: M[lang].source(n, source.title),
            },
            children: [{ type: "element", tagName: "sup", properties: {}, children: [{ type: "text", value: `[${n}]` }] }],
          },
        ],
      });
      ctx.replaceNode(node, { type: "text", value: `${token}f${figures.length - 1}\ue001` });
    },
    leafDirective(node, ctx) {
      charts.push((node as never as { attributes: { id: ChartId } }).attributes.id);
      ctx.replaceNode(node, { type: "paragraph", children: [{ type: "text", value: `${token}c${charts.length - 1}\ue001` }] });
    },
  });
  const fromTokens = defineHastPlugin({
    name: "story-figures",
    after(root: Readonly<Root>, ctx: HastVisitorContext): void {
      const root_ = base.endsWith("/") ? base : `${base}/`;
      ctx.replaceNode(root, {
        ...root,
        children: root.children.flatMap((c) => replaceTokens(c, token, figures, root_, false)) as RootContent[],
      });
    },
  });
  const html = markdownToHtml(story.body, {
    mdastPlugins: [toTokens],
    hastPlugins: [sanitizeMarkdown, fromTokens],
    features: STORY_FEATURES,
  }).html;
  // The check keeps charts out of lists and quotes; a token left anywhere would be printed.
  if (html.includes(token)) throw new Error(`${story.file}: a ::chart is not on a line of its own`);
  const segments: StorySegment[] = [];
  const slot = /<div data-story-chart="(\d+)"><\/div>/g;
  let last = 0;
  for (const m of html.matchAll(slot)) {
    segments.push({ kind: "html", html: html.slice(last, m.index) });
    segments.push({ kind: "chart", id: charts[Number(m[1])]! });
    last = m.index + m[0].length;
  }
  segments.push({ kind: "html", html: html.slice(last) });
  return segments.filter((s) => s.kind === "chart" || s.html.trim() !== "");
}

function replaceTokens(node: RootContent, token: string, figures: readonly Element[], base: string, inLink: boolean): RootContent[] {
  if (node.type === "text") {
    const parts = node.value.split(new RegExp(`${token}(f\\d+)\ue001`, "u"));
    return parts.flatMap((part, i): RootContent[] => {
      if (i % 2 === 0) return part === "" ? [] : [{ type: "text", value: part }];
      const figure = figures[Number(part.slice(1))]!;
      // Inside an editor's link (which the check refuses) the figure keeps its number, not a second link.
      return [inLink ? { ...figure, children: figure.children.slice(0, 1) } : figure];
    });
  }
  if (node.type !== "element") return [node];
  const only = node.children.length === 1 ? node.children[0] : null;
  const chart = node.tagName === "p" && only?.type === "text" ? new RegExp(`^${token}c(\\d+)\ue001$`, "u").exec(only.value) : null;
  if (chart) return [{ type: "element", tagName: "div", properties: { dataStoryChart: chart[1]! }, children: [] }];
  const href = node.tagName === "a" ? node.properties["href"] : undefined;
  // A path from the site's root ("/data/") is a path from the site's base when it is served from a sub-path.
  const properties =
    typeof href === "string" && href.startsWith("/") && !href.startsWith("//")
      ? { ...node.properties, href: `${base}${href.slice(1)}` }
      : node.properties;
  const children = node.children.flatMap((c) => replaceTokens(c, token, figures, base, inLink || node.tagName === "a")) as ElementContent[];
  return [{ ...node, properties, children }];
}
