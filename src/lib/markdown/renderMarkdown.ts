import { markdownToHtml } from "satteri";
import { sanitizeMarkdown } from "./sanitizeMarkdown.ts";

/**
 * Editors' Markdown (data/CHANGELOG.md) as HTML that is safe to insert into a page: Astro's
 * own Markdown engine (Sätteri), GFM and smart punctuation as Astro renders Markdown, then
 * sanitiseMarkdown. Raw HTML written in the file is dropped, not escaped: the check
 * (markdownProblems) tells the editor about it before it gets here. Footnotes are off: their
 * section brings an English-only heading and ids of its own.
 */
export function renderMarkdown(text: string): string {
  return markdownToHtml(text, {
    hastPlugins: [sanitizeMarkdown],
    features: { gfm: { footnotes: false }, smartPunctuation: true },
  }).html;
}
