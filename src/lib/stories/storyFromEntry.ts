import type { Lang } from "../i18n/lang.ts";
import type { Story } from "./Story.ts";
import type { StoryFrontmatter } from "./storySchema.ts";

/** A content-collection entry of the stories collection, as getCollection returns it. */
export interface StoryEntry {
  readonly id: string;
  readonly data: StoryFrontmatter;
  readonly body?: string | undefined;
  readonly filePath?: string | undefined;
}

/** The Story a page renders from its collection entry (id `vi/<slug>`). */
export function storyFromEntry(entry: StoryEntry): Story {
  const [lang, slug] = entry.id.split("/") as [Lang, string];
  return {
    ...entry.data,
    slug,
    lang,
    translation: entry.data.translation ?? null,
    updated: entry.data.updated ?? null,
    photo: entry.data.photo ?? null,
    file: entry.filePath ?? `data/stories/${entry.id}.md`,
    body: entry.body ?? "",
  };
}
