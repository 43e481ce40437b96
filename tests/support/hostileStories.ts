/*
 * Puts text where an editor's story can hold it (issue 11): the title, summary and author in
 * the frontmatter, and in the body a paragraph, a heading, a link's text, a link's address, an
 * image's address and a :figure attribute's value. Each place is written into a story of its own,
 * whose lines are known, so a test can ask whether the check refused the text there and at which
 * line. The rest of each story is valid, so any problem is the payload's.
 */

export const STORY_PLACES = [
  "title",
  "summary",
  "author",
  "paragraph",
  "heading",
  "link-text",
  "link-url",
  "image-url",
  "figure-attribute",
] as const;
export type StoryPlace = (typeof STORY_PLACES)[number];
export const FRONTMATTER_PLACES: readonly StoryPlace[] = ["title", "summary", "author"];

const FRONT: Readonly<Record<"title" | "summary" | "author", string>> = {
  title: "Câu lạc bộ thôn Đông",
  summary: "Một bài về câu lạc bộ thôn Đông, xã Lũng Hòa.",
  author: "Ban biên tập dữ liệu",
};

/** The line a place's payload starts on in the story storyWith writes. */
export const PLACE_LINE: Readonly<Record<StoryPlace, number>> = {
  title: 2,
  summary: 3,
  author: 6,
  paragraph: 11,
  heading: 11,
  "link-text": 11,
  "link-url": 11,
  "image-url": 11,
  "figure-attribute": 11,
};

/** The body line that puts `text` at `place`. */
export function bodyMarkdown(place: StoryPlace, text: string): string {
  switch (place) {
    case "paragraph":
      return `Câu lạc bộ: ${text}`;
    case "heading":
      return `## ${text}`;
    case "link-text":
      return `Xem [${text}](https://example.org/).`;
    case "link-url":
      return `Xem [bài báo](${text}).`;
    case "image-url":
      return `Ảnh: ![hội viên](${text})`;
    case "figure-attribute":
      return `Có :figure{indicator=vie070_clubs area=vinh-phuc period="${text}"} câu lạc bộ.`;
    default:
      return "Câu lạc bộ ở thôn Đông.";
  }
}

/**
 * A Vietnamese story with `texts` at frontmatter places (written as JSON strings, which YAML reads
 * as double-quoted scalars holding exactly the text) and the body for a body place.
 */
export function storyWith(texts: Partial<Record<StoryPlace, string>>): string {
  const field = (name: "title" | "summary" | "author") => `${name}: ${JSON.stringify(texts[name] ?? FRONT[name])}`;
  const bodyPlace = STORY_PLACES.find((p) => !FRONTMATTER_PLACES.includes(p) && texts[p] !== undefined);
  return [
    "---",
    field("title"),
    field("summary"),
    "lang: vi",
    "published: 2026-11-01",
    field("author"),
    "clubs: [lung-hoa-dong]",
    "sources: [ldxh-2022]",
    "---",
    "",
    bodyPlace ? bodyMarkdown(bodyPlace, texts[bodyPlace]!) : "Câu lạc bộ ở thôn Đông.",
    "",
  ].join("\n");
}

/** The file of the story holding a payload at a place, inside the package. */
export const storyPath = (place: StoryPlace, payload: string): string => `stories/vi/${place}-${payload}.md`;
