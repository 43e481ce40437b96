import { defineCollection } from "astro:content";
import { loadStories } from "./lib/stories/loadStories.ts";
import { storySchema } from "./lib/stories/storySchema.ts";

/*
 * Stories are a content collection whose loader is the data check itself: loadStories reads
 * data/stories/ through the same no-links reader as `npm run check:data`, checks every story
 * against the data, and stops the build with the check's messages if one is wrong. The
 * collection's schema is the one the check uses.
 */
const stories = defineCollection({
  loader: {
    name: "checked-stories",
    async load({ store, parseData }) {
      store.clear();
      for (const story of loadStories()) {
        const id = `${story.lang}/${story.slug}`;
        const { slug: _slug, file, body, ...frontmatter } = story;
        const data = await parseData({
          id,
          data: {
            ...frontmatter,
            translation: frontmatter.translation ?? undefined,
            updated: frontmatter.updated ?? undefined,
            photo: frontmatter.photo ?? undefined,
          },
        });
        store.set({ id, data, body, filePath: file });
      }
    },
  },
  schema: storySchema,
});

export const collections = { stories };
