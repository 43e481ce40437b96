import { markdownToMdast, type MdastNode } from "satteri";
import { describe, expect, it } from "vitest";
import { figureKey } from "../../src/lib/stories/checkStoryBody.ts";
import { checkSite } from "../../src/lib/stories/checkSite.ts";
import { STORY_FEATURES } from "../../src/lib/stories/parseStoryFile.ts";
import type { Story } from "../../src/lib/stories/Story.ts";
import { resolveFigure } from "../../src/lib/stories/storyFigure.ts";
import { formatIssue } from "../../src/lib/validate/Issue.ts";
import { directoryFiles } from "../../src/lib/validate/directoryFiles.ts";
import { DATA_DIR } from "../support/packageFiles.ts";

/*
 * Invariants of the real stories in data/stories/ (issue 11): they pass the same check as the
 * build, there are enough of them in each language, translations come in pairs, and every figure
 * a story cites is one row of observations.csv. None of it pins today's stories or values, so an
 * editor's correct change keeps it green.
 */

const site = checkSite(directoryFiles(DATA_DIR, "data"));
const stories = site.stories;
const byLang = (lang: Story["lang"]) => stories.filter((s) => s.lang === lang);

/** Every `:figure{…}` directive of a story's body, as the renderer reads the Markdown. */
function figureDirectives(story: Story): MdastNode[] {
  const found: MdastNode[] = [];
  const walk = (node: MdastNode) => {
    if (node.type === "textDirective" && (node as MdastNode & { name?: string }).name === "figure") found.push(node);
    for (const child of (node as { children?: MdastNode[] }).children ?? []) walk(child);
  };
  walk(markdownToMdast(story.body, { features: STORY_FEATURES }));
  return found;
}

describe("the stories in data/stories/", () => {
  it("pass checkSite, the check that npm run check:data and the build run, with no issue", () => {
    expect(site.issues.map((i) => formatIssue(i))).toEqual([]);
    expect(site.data).not.toBeNull();
  });

  it.each(["vi", "en"] as const)("number at least six in %s (issue 11: one per documented theme)", (lang) => {
    expect(byLang(lang).length).toBeGreaterThanOrEqual(6);
  });

  it("come in pairs: a story's translation is a story of the other language that names it back", () => {
    const problems = stories.flatMap((s) => {
      if (s.translation === null) return [];
      const other = stories.find((o) => o.lang !== s.lang && o.slug === s.translation);
      if (!other) return [`${s.file}: translation "${s.translation}" is no story of the other language`];
      return other.translation === s.slug ? [] : [`${s.file}: ${other.file} names "${other.translation}" as its translation`];
    });
    expect(problems).toEqual([]);
  });

  it("cite every figure as exactly one row of observations.csv", () => {
    const data = site.data!;
    let figures = 0;
    const problems = stories.flatMap((s) =>
      figureDirectives(s).flatMap((node) => {
        figures++;
        const key = figureKey(node as never);
        const where = `${s.file}:${node.position?.start.line ?? "?"}: ${JSON.stringify(key)}`;
        const found = resolveFigure(data, key);
        if (!found.ok) return [`${where}: ${found.en}`];
        const area = data.areas.find((a) => a.slug === key.area)!;
        const rows = data.observations.filter(
          (o) => o.indicator === key.indicator && o.area === area.code && o.group === key.group && o.period === found.observation.period,
        );
        return rows.length === 1 && rows[0] === found.observation ? [] : [`${where}: ${rows.length} rows of observations.csv`];
      }),
    );
    expect(problems).toEqual([]);
    // Stories cite their figures from data: none at all would mean the directives are no longer read.
    expect(figures).toBeGreaterThan(0);
  });
});
