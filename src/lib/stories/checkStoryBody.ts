import type { MdastNode } from "satteri";
import { CHART_IDS } from "../charts/registry.ts";
import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";
import { markdownProblems } from "../markdown/markdownProblems.ts";
import { markdownImageSrc } from "../markdown/markdownUrls.ts";
import { checkMarkdownProblems } from "../validate/checkMarkdown.ts";
import { issueAt, message, showValue, type Issue } from "../validate/Issue.ts";
import { FIGURE_ATTRIBUTES, resolveFigure, type FigureKey } from "./storyFigure.ts";
import { typedNumbers } from "./typedNumbers.ts";

type Directive = MdastNode & { name: string; attributes?: Record<string, string | null | undefined> | null };

const FIGURE_HINT = {
  vi: "viết :figure{indicator=… area=…} (thêm period=… nếu cần) để số lấy từ observations.csv",
  en: "write :figure{indicator=… area=…} (and period=… if needed) so the number comes from observations.csv",
};

/** The figure key a `:figure{…}` directive names, attributes as written. */
export function figureKey(node: Directive): FigureKey {
  const a = node.attributes ?? {};
  return { indicator: a["indicator"] ?? "", area: a["area"] ?? "", period: a["period"] ?? null, group: a["group"] ?? null };
}

/**
 * The values of the observations a story is about — the indicators in its `indicators:` and those
 * its figures cite — each with the key that cites it. A typed number equal to one is a figure
 * typed by hand. Figures of other indicators are not looked at: a row added for another subject
 * (an 80 % target) must not turn an age ("80 tuổi") in an unrelated story into an error.
 */
export function observationValues(data: SiteData, indicators: ReadonlySet<string>): ReadonlyMap<number, string> {
  const values = new Map<number, string>();
  for (const o of data.observations) {
    if (!indicators.has(o.indicator) || values.has(o.value)) continue;
    const area = data.area(o.area).slug;
    values.set(o.value, `indicator=${o.indicator} area=${area} period=${o.period}${o.group ? ` group=${o.group}` : ""}`);
  }
  return values;
}

/** The indicators a story's figures cite, as written. */
export function citedIndicators(tree: MdastNode): string[] {
  const found: string[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === "textDirective" && (node as Directive).name === "figure") {
      const indicator = (node as Directive).attributes?.["indicator"];
      if (indicator) found.push(indicator);
    }
    if ("children" in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(tree);
  return found;
}

export interface BodyContext {
  readonly file: string;
  readonly lang: Lang;
  readonly sources: readonly string[];
  readonly data: SiteData | null;
  readonly values: ReadonlyMap<number, string> | null;
}

/** A number in `text` (starting at `place`) that is a value of observations.csv, typed by hand. */
export function typedFigureIssues(text: string, place: { line: number; column: number }, field: string | null, ctx: BodyContext): Issue[] {
  if (!ctx.values) return [];
  const issues: Issue[] = [];
  for (const n of typedNumbers(text, ctx.lang)) {
    const row = ctx.values.get(n.value);
    if (row === undefined) continue;
    const before = text.slice(0, n.index);
    const lines = before.split("\n");
    const line = place.line + lines.length - 1;
    const column = lines.length > 1 ? lines.at(-1)!.length + 1 : place.column + before.length;
    issues.push(
      issueAt(
        ctx.file,
        line,
        column,
        field,
        message(
          "story-typed-figure",
          `số ${n.text} có trong observations.csv (${row}): số liệu trong bài phải lấy từ dữ liệu, không gõ tay`,
          `${n.text} is a figure in observations.csv (${row}): figures in a story come from the data, not typed by hand`,
          {
            vi: `${FIGURE_HINT.vi}; nếu không phải số liệu đó, viết bằng chữ`,
            en: `${FIGURE_HINT.en}; if it is not that figure, write it in words`,
          },
        ),
      ),
    );
  }
  return issues;
}

/** Everything in a story's body that would not be published as written. */
export function checkStoryBody(tree: MdastNode, body: string, ctx: BodyContext): Issue[] {
  const issues: Issue[] = [];
  checkMarkdownProblems(ctx.file, markdownProblems(body), issues);
  const at = (node: MdastNode, field: string | null, code: string, vi: string, en: string, hint?: { vi: string; en: string }) => {
    const start = node.position?.start;
    issues.push(issueAt(ctx.file, start?.line ?? 1, start?.column ?? 1, field, message(code, vi, en, hint)));
  };
  let content = false;
  const visit = (node: MdastNode, parent: MdastNode | null, inLink: boolean) => {
    if (node.type === "heading" && (node as MdastNode & { depth: number }).depth === 1) {
      at(
        node,
        null,
        "story-heading",
        "bài không dùng tiêu đề cấp 1 (#): tiêu đề bài đã ở trường title",
        "a story has no level-1 heading (#): its title is the title field",
        {
          vi: "dùng ## cho tiêu đề mục",
          en: "use ## for section headings",
        },
      );
    }
    // An image from elsewhere is refused by markdownProblems already; one from this site would be shown.
    if (node.type === "image" && markdownImageSrc((node as MdastNode & { url: string }).url) !== null) {
      at(node, null, "story-image", "ảnh trong bài không được hiện", "an image in the text of a story is not shown", {
        vi: "dùng trường photo ở đầu bài (ảnh trong data/stories/images/, có tác giả và giấy phép)",
        en: "use the photo field at the top (a file in data/stories/images/, with credit and licence)",
      });
    }
    if ((node.type === "link" || node.type === "definition") && isRelativePath((node as MdastNode & { url: string }).url)) {
      const url = (node as MdastNode & { url: string }).url;
      at(
        node,
        null,
        "story-link",
        `liên kết ${showValue(url)} không rõ trỏ tới trang nào`,
        `the link ${showValue(url)} does not say which page it goes to`,
        {
          vi: "dùng địa chỉ đầy đủ https://… hoặc đường dẫn bắt đầu bằng /, như /data/",
          en: "use a full https://… address or a path starting with /, such as /data/",
        },
      );
    }
    if (node.type === "text") {
      const value = (node as MdastNode & { value: string }).value;
      content ||= value.trim() !== "";
      // The number as written in the file, so a line of a quote or a list is counted with its "> ".
      const start = node.position?.start;
      const end = node.position?.end;
      const written = start?.offset !== undefined && end?.offset !== undefined ? body.slice(start.offset, end.offset) : value;
      issues.push(...typedFigureIssues(written, start ?? { line: 1, column: 1 }, null, ctx));
    } else if (node.type === "textDirective" || node.type === "leafDirective" || node.type === "containerDirective") {
      content = true;
      checkDirective(node as Directive, parent, inLink, ctx, at);
      return;
    }
    const link = inLink || node.type === "link" || node.type === "linkReference";
    if ("children" in node) for (const child of node.children as MdastNode[]) visit(child, node, link);
  };
  visit(tree, null, false);
  if (!content) at(tree, null, "story-empty", "bài chưa có nội dung", "the story has no text");
  return issues;
}

/** A link that is neither a web address, a path from the site's root, nor an anchor on the page. */
function isRelativePath(url: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url);
}

type Report = (node: MdastNode, field: string | null, code: string, vi: string, en: string, hint?: { vi: string; en: string }) => void;

function checkDirective(node: Directive, parent: MdastNode | null, inLink: boolean, ctx: BodyContext, at: Report): void {
  const attributes = Object.keys(node.attributes ?? {});
  if (node.type === "textDirective" && node.name === "figure") {
    const unknown = attributes.filter((a) => !(FIGURE_ATTRIBUTES as readonly string[]).includes(a));
    if (unknown.length > 0) {
      const names = unknown.map(showValue).join(", ");
      at(node, "figure", "story-figure", `:figure không có thuộc tính ${names}`, `:figure has no attribute ${names}`, {
        vi: "chỉ dùng indicator, area, period, group",
        en: "use only indicator, area, period, group",
      });
      return;
    }
    if (inLink) {
      at(node, "figure", "story-figure", "số liệu không được nằm trong chữ của một liên kết", "a figure cannot be part of a link's text", {
        vi: "đưa :figure{…} ra ngoài [ ]",
        en: "move :figure{…} out of the [ ]",
      });
      return;
    }
    const key = figureKey(node);
    if (!key.indicator || !key.area) {
      at(node, "figure", "story-figure", ":figure cần indicator=… và area=…", ":figure needs indicator=… and area=…", FIGURE_HINT);
      return;
    }
    if (!ctx.data) return;
    const found = resolveFigure(ctx.data, key);
    if (!found.ok) {
      at(node, `figure.${found.attribute}`, "story-figure", found.vi, found.en);
      return;
    }
    if (!ctx.sources.includes(found.observation.source)) {
      at(
        node,
        "figure",
        "story-figure-source",
        `số liệu này lấy từ nguồn ${found.observation.source}, nhưng nguồn đó chưa có trong sources của bài`,
        `this figure comes from the source ${found.observation.source}, which is not in the story's sources`,
        { vi: `thêm ${found.observation.source} vào sources:`, en: `add ${found.observation.source} to sources:` },
      );
    }
    return;
  }
  if (node.type === "leafDirective" && node.name === "chart") {
    const id = node.attributes?.["id"] ?? "";
    const hint = {
      vi: `viết ::chart{id=…} với một trong: ${CHART_IDS.join(", ")}`,
      en: `write ::chart{id=…} with one of: ${CHART_IDS.join(", ")}`,
    };
    const extra = attributes.filter((a) => a !== "id");
    if (extra.length > 0) {
      const names = extra.map(showValue).join(", ");
      at(node, "chart", "story-chart", `::chart chỉ có thuộc tính id, không có ${names}`, `::chart takes only id, not ${names}`, hint);
    } else if (!(CHART_IDS as readonly string[]).includes(id)) {
      at(node, "chart", "story-chart", `không có biểu đồ ${showValue(id)}`, `there is no chart ${showValue(id)}`, hint);
    } else if (parent?.type !== "root") {
      at(
        node,
        "chart",
        "story-chart",
        "::chart phải ở một dòng riêng, ngoài danh sách và trích dẫn",
        "::chart must be on a line of its own, outside lists and quotes",
      );
    }
    return;
  }
  const written = `${node.type === "textDirective" ? ":" : node.type === "leafDirective" ? "::" : ":::"}${node.name}`;
  at(
    node,
    null,
    "story-directive",
    `${showValue(written)} không phải chỉ dẫn bài biết đọc`,
    `${showValue(written)} is not a directive stories understand`,
    {
      vi: "dùng :figure{…} trong câu, hoặc ::chart{id=…} trên một dòng riêng; nếu là chữ thường, đặt dấu cách sau dấu hai chấm",
      en: "use :figure{…} in a sentence or ::chart{id=…} on a line of its own; if it is plain text, put a space after the colon",
    },
  );
}
