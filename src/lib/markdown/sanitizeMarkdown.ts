import type { Root } from "hast";
import { defineHastPlugin, type HastVisitorContext } from "satteri";
import { sanitizeMarkdownTree } from "./sanitizeMarkdownTree.ts";

/**
 * A Sätteri HTML-tree plugin that replaces the whole tree with its sanitised copy once every
 * earlier plugin has run. The same object renders the changelog (renderMarkdown) and is a
 * plugin of Astro's own Markdown pipeline (astro.config.mjs), so any Markdown the site ever
 * publishes — the changelog, stories, content collections — goes through one schema.
 */
export const sanitizeMarkdown = defineHastPlugin({
  name: "sanitize-markdown",
  after(root: Readonly<Root>, ctx: HastVisitorContext): void {
    ctx.replaceNode(root, sanitizeMarkdownTree(root));
  },
});
