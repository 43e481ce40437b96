import type { SiteData } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import type { Story } from "./Story.ts";
import { storyCards, type StoryCard } from "./storyCards.ts";
import { storiesAbout } from "./storyLinks.ts";

export interface StoriesIndexProps {
  readonly lang: Lang;
  readonly title: string;
  readonly intro: string;
  readonly cards: readonly StoryCard[];
  readonly others: readonly StoryCard[];
  readonly othersHeading: string;
  readonly none: string;
}

const M = defineMessages(
  {
    title: "Bài viết",
    intro:
      "Những câu chuyện về người cao tuổi và các Câu lạc bộ Liên thế hệ tự giúp nhau ở Vĩnh Phúc. Mọi con số trong bài lấy từ bộ dữ liệu của trang, kèm nguồn.",
    others: "Bài chỉ có bằng tiếng Anh",
    none: "Chưa có bài viết nào.",
  },
  {
    title: "Stories",
    intro:
      "Stories about older people and the Intergenerational Self-Help Clubs in Vĩnh Phúc. Every figure in them comes from the site's data, with its source.",
    others: "Stories only in Vietnamese",
    none: "No stories yet.",
  },
);

/** The stories list of a language: its own stories newest first, then those only in the other language. */
export function storiesIndex(stories: readonly Story[], data: SiteData, lang: Lang, base: string): StoriesIndexProps {
  const listed = storiesAbout(stories, lang, () => true);
  return {
    lang,
    ...M[lang],
    othersHeading: M[lang].others,
    cards: storyCards(
      listed.filter((s) => s.lang === lang),
      data,
      lang,
      base,
    ),
    others: storyCards(
      listed.filter((s) => s.lang !== lang),
      data,
      lang,
      base,
    ),
  };
}
