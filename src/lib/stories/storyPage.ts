import { chartView, type ChartView } from "../charts/chartView.ts";
import { chartFor } from "../charts/registry.ts";
import type { Source, SiteData } from "../data/SiteData.ts";
import { formatPublished } from "../format/formatPeriod.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { renderStory } from "./renderStory.ts";
import type { Story } from "./Story.ts";
import { storyPath, storyTopics, type Link } from "./storyLinks.ts";

export type StoryPart = { readonly kind: "html"; readonly html: string } | { readonly kind: "chart"; readonly chart: ChartView };

/** Everything a story's page shows, in the page's language. */
export interface StoryPageProps {
  readonly lang: Lang;
  readonly title: string;
  readonly summary: string;
  readonly byline: string;
  readonly published: string;
  readonly updated: string | null;
  readonly topics: readonly Link[];
  readonly parts: readonly StoryPart[];
  /** The story's sources in the order its figures number them. */
  readonly sources: readonly Source[];
  readonly dataVersion: string;
  /** The translation's page, or null. */
  readonly translation: Link | null;
  readonly photo: (NonNullable<Story["photo"]> & { readonly href: string }) | null;
  /** Language-neutral paths of this page in each language it exists in (for hreflang). */
  readonly alternates: Partial<Record<Lang, string>>;
  readonly article: { readonly published: string; readonly modified?: string; readonly author: string };
}

const M = defineMessages(
  {
    byline: (author: string) => `Bài: ${author}`,
    translation: "Read this story in English",
  },
  {
    byline: (author) => `By ${author}`,
    translation: "Đọc bài này bằng tiếng Việt",
  },
);

export function storyPage(story: Story, data: SiteData, base: string): StoryPageProps {
  const lang = story.lang;
  const other: Lang = lang === "vi" ? "en" : "vi";
  const parts = renderStory(story, data, base).map((segment): StoryPart =>
    segment.kind === "html" ? segment : { kind: "chart", chart: chartView(chartFor(segment.id, { data, lang })) },
  );
  const alternates: Partial<Record<Lang, string>> = { [lang]: storyPath(story.slug) };
  if (story.translation) alternates[other] = storyPath(story.translation);
  return {
    lang,
    title: story.title,
    summary: story.summary,
    byline: M[lang].byline(story.author),
    published: formatPublished(story.published, lang),
    updated: story.updated ? formatPublished(story.updated, lang) : null,
    topics: storyTopics(story, data, lang, base),
    parts,
    sources: story.sources.map((id) => data.source(id)),
    dataVersion: data.version,
    translation: story.translation ? { label: M[lang].translation, href: pageUrl(base, other, storyPath(story.translation)) } : null,
    photo: story.photo ? { ...story.photo, href: `${base.endsWith("/") ? base : `${base}/`}stories/${story.photo.src}` } : null,
    alternates,
    article: { published: story.published, ...(story.updated ? { modified: story.updated } : {}), author: story.author },
  };
}
