import type { Lang } from "../i18n/lang.ts";
import type { StoryFrontmatter } from "./storySchema.ts";

/** A story that passed the check: its frontmatter, where it came from and its Markdown body. */
export interface Story extends Omit<StoryFrontmatter, "translation" | "updated" | "photo"> {
  /** The file name without `.md`: the last part of its URL. */
  readonly slug: string;
  readonly lang: Lang;
  readonly translation: string | null;
  readonly updated: string | null;
  readonly photo: StoryFrontmatter["photo"] | null;
  /** The file as messages name it, e.g. `data/stories/vi/thon-dong.md`. */
  readonly file: string;
  /** The Markdown after the frontmatter, with the frontmatter's lines kept blank so lines match the file. */
  readonly body: string;
}
