import type { SiteData } from "../data/SiteData.ts";
import { unitName } from "../format/unitName.ts";
import { pick, type Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import type { Story } from "./Story.ts";

/** A labelled link to a page of the site. */
export interface Link {
  readonly label: string;
  readonly href: string;
}

export const storyPath = (slug: string) => `stories/${slug}/`;
export const clubPath = (id: string) => `clubs/${id}/`;
export const clubsInDistrictPath = (slug: string) => `clubs/district/${slug}/`;
export const programmePath = (id: string) => `clubs/programme/${id}/`;

/** The story's page. */
export function storyHref(story: Story, base: string): string {
  return pageUrl(base, story.lang, storyPath(story.slug));
}

/** What a story is about, as links: its districts, clubs and programmes, in that order. */
export function storyTopics(story: Story, data: SiteData, lang: Lang, base: string): readonly Link[] {
  return [
    ...story.districts.map((slug) => {
      const area = data.districts.find((d) => d.slug === slug)!;
      return { label: unitName(area, lang), href: pageUrl(base, lang, `districts/${slug}/`) };
    }),
    ...story.clubs.map((id) => ({
      label: pick(
        data.clubs.find((c) => c.id === id)!,
        "name",
        lang,
      ),
      href: pageUrl(base, lang, clubPath(id)),
    })),
    ...story.programmes.map((id) => ({
      label: pick(
        data.programmes.find((p) => p.id === id)!,
        "name",
        lang,
      ),
      href: pageUrl(base, lang, programmePath(id)),
    })),
  ];
}

/** Stories in `lang` about something, newest first: those written in the other language follow, marked. */
export function storiesAbout(stories: readonly Story[], lang: Lang, about: (s: Story) => boolean): readonly Story[] {
  const matching = stories.filter(about);
  const own = matching.filter((s) => s.lang === lang);
  // A story with a translation is listed once, in the reader's language.
  const translated = new Set(own.map((s) => s.translation).filter((t) => t !== null));
  return [...own, ...matching.filter((s) => s.lang !== lang && !translated.has(s.slug))];
}
