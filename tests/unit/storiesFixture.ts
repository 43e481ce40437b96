import { checkSite, type SiteCheck } from "../../src/lib/stories/checkSite.ts";
import type { Issue } from "../../src/lib/validate/Issue.ts";
import { NOW } from "../support/packageFiles.ts";
import { packageWith, type Changes } from "./validatePackageFixture.ts";

/*
 * Shared by the story tests (stories.*.test.ts). A case is the frozen fixture package
 * (tests/fixtures/data, three stories included) with one story file added or edited, checked by
 * checkSite at NOW, and its problems written as `FILE:LINE:COLUMN code`. The story a case starts
 * from, STORY, has every field on a line of its own, so a case that changes one field leaves
 * every other field on the line the table says.
 */

/** The test story, stories/vi/thu.md: line numbers are those of the file. */
export const STORY_LINES = [
  "---", // 1
  'title: "Câu lạc bộ thôn Đông"', // 2
  'summary: "Một bài thử về câu lạc bộ."', // 3
  "lang: vi", // 4
  "published: 2026-11-01", // 5
  'author: "Ban biên tập dữ liệu"', // 6
  "clubs: [lung-hoa-dong]", // 7
  "programmes: [vie070]", // 8
  "districts: [vinh-tuong]", // 9
  // 10: what the story is about: a number typed by hand is compared with these indicators' figures.
  "indicators: [vie070_clubs, vie070_members, vie070_homecare_people_helped, vie070_sport_teams, vie070_art_teams, vie070_member_share, elderly_60plus, allowance_local_multiplier]",
  "sources: [ldxh-2022, baovinhphuc-2020]", // 11
  // 12: a free line for a field a case adds (translation, updated, photo…)
  "---", // 13
  "", // 14
] as const;
/** The body's first line. */
export const BODY_LINE = 15;
export const FILE = "data/stories/vi/thu.md";
export const PATH = "stories/vi/thu.md";

/**
 * STORY with fields replaced by raw YAML (`null` comments the field out, keeping the lines),
 * fields it does not have written on line 12, and the body from line 15.
 */
export function story(set: Readonly<Record<string, string | null>> = {}, body = "Câu lạc bộ ở thôn Đông."): string {
  const lines: string[] = STORY_LINES.map((line) => {
    const key = /^(\w+):/.exec(line)?.[1];
    if (key === undefined || !(key in set)) return line;
    return set[key] === null ? "# (removed)" : `${key}: ${set[key]}`;
  });
  const added = Object.entries(set)
    .filter(([key]) => !STORY_LINES.some((line) => line.startsWith(`${key}:`)))
    .map(([key, value]) => `${key}: ${value}`);
  lines.splice(11, 0, added.length > 0 ? added.join("\n") : "# (nothing added)");
  return `${lines.join("\n")}\n${body}\n`;
}

/** The same story in English, as stories/en/<slug>.md would hold it. */
export const englishStory = (set: Readonly<Record<string, string | null>> = {}, body = "The club in thôn Đông."): string =>
  story({ title: '"The club in thôn Đông"', summary: '"A test story about a club."', lang: "en", author: '"Data team"', ...set }, body);

/** checkSite on the fixture with `changes`, at NOW. */
export const check = (changes: Changes = {}): SiteCheck => checkSite(packageWith(changes), { now: NOW });
/** checkSite on the fixture plus stories/vi/thu.md holding `text`. */
export const checkStory = (text: string, path = PATH): SiteCheck => check({ [path]: () => text });

export const located = (issue: Issue): string => `${issue.file}:${issue.line}:${issue.column} ${issue.code}`;
export const locate = (result: SiteCheck): string[] => result.issues.map(located);
/** Where the test story's body line `n` (1 = first) is in the file. */
export const bodyLine = (n: number): number => BODY_LINE + n - 1;
