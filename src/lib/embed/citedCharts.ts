import { markdownToMdast, type MdastNode } from "satteri";
import { STORY_FEATURES } from "../stories/parseStoryFile.ts";
import type { Story } from "../stories/Story.ts";

/** The chart ids a story places with `::chart{id=…}`, in order. */
export function citedCharts(story: Story): readonly string[] {
  const ids: string[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === "leafDirective" && (node as MdastNode & { name: string }).name === "chart") {
      const id = (node as MdastNode & { attributes?: Record<string, string | null | undefined> }).attributes?.["id"];
      if (id) ids.push(id);
    }
    if ("children" in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(markdownToMdast(story.body, { features: STORY_FEATURES }));
  return ids;
}
