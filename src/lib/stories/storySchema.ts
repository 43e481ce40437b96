import { z } from "zod";

/*
 * The frontmatter of a story (data/stories/<lang>/<slug>.md): the one description of its shape.
 * The check (checkStories), the content collection (src/content.config.ts) and the editors'
 * documentation (data/stories/README.md, written by `npm run generate`) all follow from it.
 * Whether an id exists in the data is checked by checkStories, which knows the tables.
 */

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const id = (what: string) => z.string().regex(ID, { error: `${what}: lowercase letters, digits and hyphens` });
const ids = (what: string) => z.array(id(what)).default([]);
const day = z.string().regex(DAY, { error: "a date written YYYY-MM-DD" });

export const photoSchema = z.strictObject({
  src: z
    .string()
    .describe(
      "Ảnh trong thư mục stories/images/, ví dụ images/le-ra-mat.jpg (JPEG, PNG hoặc WebP, tối đa 1 MB). / A file in stories/images/, e.g. images/launch.jpg (JPEG, PNG or WebP, at most 1 MB).",
    ),
  alt: z.string().min(1).max(300).describe("Mô tả ảnh cho người không nhìn thấy. / What the photo shows, for readers who cannot see it."),
  credit: z.string().min(1).max(200).describe("Ai chụp ảnh. / Who took the photo."),
  licence: z.string().min(1).max(100).describe("Giấy phép dùng ảnh, ví dụ CC BY 4.0. / The photo's licence, e.g. CC BY 4.0."),
});

export const storySchema = z.strictObject({
  title: z.string().min(1).max(120).describe("Tiêu đề bài, tối đa 120 ký tự. / The story's headline, at most 120 characters."),
  summary: z
    .string()
    .min(1)
    .max(300)
    .describe("Tóm tắt một, hai câu, hiện ở danh sách bài và khi chia sẻ. / One or two sentences, shown in story lists and when shared."),
  lang: z
    .enum(["vi", "en"])
    .describe("Ngôn ngữ của bài: vi hoặc en, trùng thư mục chứa bài. / The story's language, vi or en: the folder it is in."),
  translation: id("translation")
    .optional()
    .describe(
      "Tên tệp (không có .md) của bản dịch ở thư mục ngôn ngữ kia, nếu có; bản dịch phải trỏ ngược lại. / The file name (without .md) of the translation in the other language's folder, if any; it must point back.",
    ),
  published: day.describe("Ngày đăng, YYYY-MM-DD, không ở tương lai. / Publication date, YYYY-MM-DD, not in the future."),
  updated: day
    .optional()
    .describe("Ngày sửa gần nhất, nếu có, không trước ngày đăng. / Date of the last update, if any, not before publication."),
  author: z.string().min(1).max(100).describe("Tác giả hoặc ban biên tập; không ghi tên người không muốn công khai. / Author or desk."),
  clubs: ids("club").describe("Mã các câu lạc bộ bài nói về (clubs.csv, cột id). / Clubs the story is about (clubs.csv, column id)."),
  programmes: ids("programme").describe("Mã các chương trình, dự án (programmes.csv). / Programmes it is about (programmes.csv)."),
  districts: ids("district").describe(
    "Tên ngắn của các huyện, thành phố (areas.csv, cột slug). / Districts it is about (areas.csv, column slug).",
  ),
  indicators: z
    .array(z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/, { error: "indicator: lowercase letters, digits and underscores" }))
    .default([])
    .describe("Mã các chỉ tiêu bài nói về (indicators.csv). / Indicators it is about (indicators.csv)."),
  sources: z
    .array(id("source"))
    .min(1)
    .describe("Mã mọi nguồn bài dựa vào (sources.csv), ít nhất một. / Every source the story relies on (sources.csv), at least one."),
  photo: photoSchema
    .optional()
    .describe("Ảnh minh họa, nếu có: chỉ ảnh thật, có tác giả và giấy phép. / Optional photo: a real one, with credit and licence."),
});

/** A story's frontmatter after the schema: lists default to empty. */
export type StoryFrontmatter = z.infer<typeof storySchema>;
