import type { Element, ElementContent, Nodes, Root, RootContent } from "hast";
import { sanitize } from "hast-util-sanitize";
import { MARKDOWN_SCHEMA } from "./markdownSchema.ts";
import { markdownHref, markdownImageSrc } from "./markdownUrls.ts";

/**
 * The HTML tree of editors' Markdown, made safe to publish: sanitised by MARKDOWN_SCHEMA (raw
 * HTML, comments and unknown elements and attributes dropped), then every link and image held
 * to the site's link rule. A link whose address is refused is not a link: its text stays, so
 * the sentence still reads. An image from elsewhere becomes its description.
 */
export function sanitizeMarkdownTree(tree: Readonly<Root>): Root {
  const clean = sanitize(tree, MARKDOWN_SCHEMA) as Root;
  return { ...clean, children: clean.children.flatMap((child) => applyUrlRules(child)) as RootContent[] };
}

function applyUrlRules(node: Nodes): ElementContent[] {
  if (node.type !== "element") return node.type === "root" ? [] : [node as ElementContent];
  const children = node.children.flatMap((child) => applyUrlRules(child));
  if (node.tagName === "a") {
    const href = typeof node.properties["href"] === "string" ? markdownHref(node.properties["href"]) : null;
    if (href === null) return children;
    return [{ ...node, properties: { ...node.properties, href }, children }];
  }
  if (node.tagName === "img") {
    const src = typeof node.properties["src"] === "string" ? markdownImageSrc(node.properties["src"]) : null;
    if (src === null) {
      const alt = typeof node.properties["alt"] === "string" ? node.properties["alt"] : "";
      return alt === "" ? [] : [{ type: "text", value: alt }];
    }
    return [{ ...node, properties: { ...node.properties, src } }];
  }
  return [{ ...node, children } satisfies Element];
}
