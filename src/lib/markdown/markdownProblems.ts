import { markdownToMdast, type MdastNode } from "satteri";
import { markdownHref, markdownImageSrc } from "./markdownUrls.ts";

/** Why a piece of an editor's Markdown will not appear on the page as written. */
export type MarkdownProblemKind =
  /** Raw HTML (`<script>`, `<b>`, `<iframe>`…): dropped when the page is rendered. */
  | "html"
  /** A link, or a link definition, whose address is not an http(s) URL or a path on this site. */
  | "link"
  /** An image whose source is not a path on this site. */
  | "image";

export interface MarkdownProblem {
  readonly kind: MarkdownProblemKind;
  /** 1-based line and column where the construct starts, as an editor shows them. */
  readonly line: number;
  readonly column: number;
  /** What the editor wrote: the HTML, or the refused address. */
  readonly value: string;
}

/**
 * An HTML comment and nothing else: the changelog's own explanation at its top is one. It is
 * dropped from the page like any raw HTML, but hides nothing, so it is no problem. The body may
 * not hold `--`, so a comment cannot end early (`-->`, `--!>`) and let markup after it through.
 */
const COMMENTS_ONLY = /^\s*(?:<!--(?!-?>)(?:(?!--)[\s\S])*-->\s*)+$/u;

/** A closing tag alone (`</b>`): its opening tag is reported already, one mistake one message. */
const CLOSING_TAG = /^<\/[a-z][a-z0-9-]*\s*>$/iu;

/**
 * Everything in `text` that the page will not show as written, located by the parser that
 * renders it (Sätteri, as renderMarkdown uses), in document order. Link and image references
 * are reported at their definition (`[name]: address`), where the address is written.
 */
export function markdownProblems(text: string): MarkdownProblem[] {
  const tree = markdownToMdast(text.replace(/^\ufeff/u, ""), { features: { gfm: { footnotes: false } } });
  const problems: MarkdownProblem[] = [];
  const report = (kind: MarkdownProblemKind, node: MdastNode, value: string) => {
    const start = node.position?.start;
    problems.push({ kind, line: start?.line ?? 1, column: start?.column ?? 1, value });
  };
  const definitions = new Map<string, string>();
  const collect = (node: MdastNode) => {
    // The first definition of a name wins, as in CommonMark.
    if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    if ("children" in node) for (const child of node.children as MdastNode[]) collect(child);
  };
  collect(tree);
  const visit = (node: MdastNode) => {
    if (node.type === "html") {
      if (!COMMENTS_ONLY.test(node.value) && !CLOSING_TAG.test(node.value)) report("html", node, node.value);
    } else if (node.type === "link" || node.type === "definition") {
      if (markdownHref(node.url) === null) report("link", node, node.url);
    } else if (node.type === "image") {
      if (markdownImageSrc(node.url) === null) report("image", node, node.url);
    } else if (node.type === "imageReference") {
      // Its definition may be a fine link address and still no place to load an image from.
      const url = definitions.get(node.identifier);
      if (url !== undefined && markdownHref(url) !== null && markdownImageSrc(url) === null) report("image", node, url);
    }
    if ("children" in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(tree);
  return problems;
}
