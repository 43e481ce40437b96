import type { SiteData } from "../data/SiteData.ts";
import { LANGS, type Lang } from "../i18n/lang.ts";
import { issueAt, message, showValue, type Issue } from "../validate/Issue.ts";
import type { PackageFiles } from "../validate/PackageFiles.ts";
import { checkHiddenCharacters, firstHiddenCharacter } from "../validate/safetyRules.ts";
import { textProblem } from "../validate/textProblems.ts";
import { checkStoryBody, citedIndicators, observationValues, typedFigureIssues, type BodyContext } from "./checkStoryBody.ts";
import { frontmatterIssues } from "./frontmatterIssues.ts";
import { parseStoryFile, type ParsedStory } from "./parseStoryFile.ts";
import type { Story } from "./Story.ts";
import { storySchema, type StoryFrontmatter } from "./storySchema.ts";

/** Where stories live inside the data package, and what else may sit beside them. */
export const STORIES_DIR = "stories";
const STORY_PATH = /^stories\/(vi|en)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const PHOTO_PATH = /^stories\/images\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:jpe?g|png|webp)$/;
export const PHOTO_MAX_BYTES = 1024 * 1024;

export interface StoryCheck {
  /** Stories without problems, newest first. */
  readonly stories: readonly Story[];
  readonly issues: readonly Issue[];
}

interface Read {
  readonly name: string;
  readonly slug: string;
  readonly folder: Lang;
  readonly parsed: ParsedStory;
  readonly front: StoryFrontmatter;
}

/**
 * Checks every story in the package against its schema and the data: ids it names exist, figures
 * it cites resolve to one row each and are credited in its sources, no figure of what it is about
 * is typed by hand,
 * translations point at each other, and the Markdown has nothing the page would drop. `data` is
 * null when the tables have problems of their own: then only what needs no table is checked.
 */
export function checkStories(files: PackageFiles, data: SiteData | null, today: string): StoryCheck {
  const path = (name: string) => (files.label ? `${files.label}/${name}` : name);
  const issues: Issue[] = [];
  const names = files.list().filter((n) => n.startsWith(`${STORIES_DIR}/`));
  const read: Read[] = [];
  for (const name of names.sort()) {
    const file = path(name);
    if (name === `${STORIES_DIR}/README.md` || PHOTO_PATH.test(name)) continue;
    const match = STORY_PATH.exec(name);
    if (!match) {
      issues.push(
        issueAt(
          file,
          1,
          1,
          null,
          message("story-path", "tệp này không ở chỗ của một bài viết", "this file is not where a story can be", {
            vi: "bài viết là stories/vi/<ten-bai>.md hoặc stories/en/<ten-bai>.md (chữ thường không dấu, chữ số, gạch ngang); ảnh ở stories/images/",
            en: "a story is stories/vi/<slug>.md or stories/en/<slug>.md (lowercase letters, digits, hyphens); photos go in stories/images/",
          }),
        ),
      );
      continue;
    }
    const bytes = files.read(name);
    if (!bytes) continue;
    const text = new TextDecoder().decode(bytes);
    const encoding = textProblem(text.replace(/[\n\r\t]/g, " "));
    if (encoding && encoding.code !== "invisible-character") {
      issues.push(issueAt(file, 1, 1, null, encoding));
      continue;
    }
    const hiddenBefore = issues.length;
    checkHiddenCharacters(file, text, issues);
    const parsed = parseStoryFile(text);
    // A hidden character can also be written as a YAML escape ("\u202E"): look at the values too,
    // unless the file already has one written as it is (reported above, once).
    if (issues.length === hiddenBefore && parsed.frontmatter !== null) checkHiddenValues(file, parsed, issues);
    for (const p of parsed.problems)
      issues.push(issueAt(file, p.place.line, p.place.column, null, message("story-frontmatter", p.vi, p.en)));
    if (parsed.frontmatter === null) continue;
    const result = storySchema.safeParse(parsed.frontmatter, { reportInput: true });
    if (!result.success) {
      issues.push(...frontmatterIssues(file, parsed, result.error));
      continue;
    }
    read.push({ name, slug: match[2]!, folder: match[1] as Lang, parsed, front: result.data });
  }

  const stories: Story[] = [];
  for (const story of read) {
    const file = path(story.name);
    const field = (f: string, vi: string, en: string, hint?: { vi: string; en: string }, at: PropertyKey[] = [f]) => {
      const place = story.parsed.placeOf(at);
      issues.push(issueAt(file, place.line, place.column, f, message("story-field", vi, en, hint)));
    };
    const { front } = story;
    if (front.lang !== story.folder) {
      field(
        "lang",
        `bài ở thư mục ${story.folder} nhưng lang là ${front.lang}`,
        `the story is in the ${story.folder} folder but lang is ${front.lang}`,
      );
    }
    checkDates(front, today, field);
    if (front.translation !== undefined) {
      const other = LANGS.find((l) => l !== story.folder)!;
      const target = read.find((r) => r.folder === other && r.slug === front.translation);
      if (!target) {
        field(
          "translation",
          `không có bài ${STORIES_DIR}/${other}/${front.translation}.md`,
          `there is no story ${STORIES_DIR}/${other}/${front.translation}.md`,
        );
      } else if (target.front.translation !== story.slug) {
        field(
          "translation",
          `bản dịch ${front.translation} không trỏ lại bài này`,
          `the translation ${front.translation} does not point back to this story`,
          { vi: `ghi translation: ${story.slug} trong bài đó`, en: `write translation: ${story.slug} in that story` },
        );
      }
    }
    if (data) checkReferences(front, data, files, field);
    const subject = new Set([...front.indicators, ...citedIndicators(story.parsed.tree)]);
    const values = data ? observationValues(data, subject) : null;
    const ctx: BodyContext = { file, lang: story.folder, sources: front.sources, data, values };
    for (const key of ["title", "summary"] as const) {
      // Read as written, quotes and escapes included, so each number is named at its own column.
      const raw = story.parsed.rawScalar([key]);
      if (raw) issues.push(...typedFigureIssues(raw.text, raw.place, key, ctx));
    }
    issues.push(...checkStoryBody(story.parsed.tree, story.parsed.body, ctx));
    // Any problem anywhere in the file (its encoding and hidden characters included) keeps it off the site.
    if (issues.some((i) => i.file === file)) continue;
    stories.push({
      ...front,
      slug: story.slug,
      lang: story.folder,
      translation: front.translation ?? null,
      updated: front.updated ?? null,
      photo: front.photo ?? null,
      file,
      body: story.parsed.body,
    });
  }
  stories.sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  return { stories, issues };
}

/** Every string value of the frontmatter, with the first hidden character it holds, at its value. */
function checkHiddenValues(file: string, parsed: ParsedStory, issues: Issue[]): void {
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === "string") {
      const code = firstHiddenCharacter(value);
      if (code !== null) {
        const place = parsed.placeOf(path);
        issues.push(
          issueAt(
            file,
            place.line,
            place.column,
            path.map(String).join("."),
            message(
              "invisible-character",
              `có ký tự ẩn U+${code} (viết bằng mã \\u)`,
              `contains the invisible character U+${code} (written as a \\u escape)`,
              {
                vi: "xóa mã đó",
                en: "delete the escape",
              },
            ),
          ),
        );
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(parsed.frontmatter, []);
}

type Field = (f: string, vi: string, en: string, hint?: { vi: string; en: string }, at?: PropertyKey[]) => void;

function checkDates(front: StoryFrontmatter, today: string, field: Field): void {
  const real = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
  };
  if (!real(front.published)) field("published", `${front.published} không phải một ngày có thật`, `${front.published} is not a real date`);
  else if (front.published > today)
    field("published", `ngày đăng ${front.published} ở tương lai`, `the publication date ${front.published} is in the future`);
  if (front.updated === undefined) return;
  if (!real(front.updated)) field("updated", `${front.updated} không phải một ngày có thật`, `${front.updated} is not a real date`);
  else if (front.updated < front.published) field("updated", "ngày sửa trước ngày đăng", "the update is dated before publication");
  else if (front.updated > today)
    field("updated", `ngày sửa ${front.updated} ở tương lai`, `the update date ${front.updated} is in the future`);
}

/** Each id a story names must be a row of its table; the photo must be a file beside the stories. */
function checkReferences(front: StoryFrontmatter, data: SiteData, files: PackageFiles, field: Field): void {
  const lists: [keyof StoryFrontmatter & string, readonly string[], string, (v: string) => boolean][] = [
    ["clubs", front.clubs, "clubs.csv", (v) => data.clubs.some((c) => c.id === v)],
    ["programmes", front.programmes, "programmes.csv", (v) => data.programmes.some((p) => p.id === v)],
    ["districts", front.districts, "areas.csv", (v) => data.districts.some((d) => d.slug === v)],
    ["indicators", front.indicators, "indicators.csv", (v) => data.indicators.some((i) => i.id === v)],
    ["sources", front.sources, "sources.csv", (v) => data.sources.some((s) => s.id === v)],
  ];
  for (const [name, values, table, exists] of lists) {
    values.forEach((value, i) => {
      if (exists(value)) return;
      field(
        name,
        `${showValue(value)} không có trong ${table}`,
        `${showValue(value)} is not found in ${table}`,
        { vi: `dùng một mã có trong ${table}, hoặc thêm dòng đó trước`, en: `use an id from ${table}, or add that row first` },
        [name, i],
      );
    });
  }
  if (front.photo) {
    const name = `${STORIES_DIR}/${front.photo.src}`;
    const bytes = PHOTO_PATH.test(name) ? files.read(name) : null;
    if (!bytes) {
      field(
        "photo.src",
        `không có ảnh ${showValue(front.photo.src)} trong ${STORIES_DIR}/images/`,
        `there is no photo ${showValue(front.photo.src)} in ${STORIES_DIR}/images/`,
        {
          vi: "ảnh là tệp .jpg, .png hoặc .webp trong stories/images/, tên chữ thường không dấu",
          en: "a photo is a .jpg, .png or .webp file in stories/images/, named in lowercase",
        },
        ["photo", "src"],
      );
    } else if (bytes.length > PHOTO_MAX_BYTES || !isImage(bytes)) {
      field(
        "photo.src",
        "ảnh lớn hơn 1 MB hoặc không phải JPEG, PNG, WebP",
        "the photo is over 1 MB or not a JPEG, PNG or WebP file",
        undefined,
        ["photo", "src"],
      );
    }
  }
}

function isImage(b: Uint8Array): boolean {
  const jpeg = b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  const png = b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
  const webp = String.fromCharCode(...b.slice(0, 4)) === "RIFF" && String.fromCharCode(...b.slice(8, 12)) === "WEBP";
  return jpeg || png || webp;
}
