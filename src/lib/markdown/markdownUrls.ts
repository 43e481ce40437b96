import { safeHref } from "../safety/linkPolicy.ts";

/*
 * Which addresses in editors' Markdown may stay addresses. Both rules are the site's one link rule
 * (safeHref); the check (markdownProblems) and the renderer (sanitizeMarkdownTree) ask the same
 * questions, so what the check lets through is exactly what the page shows.
 */

/** The address a Markdown link may point to (a web page, or a path on this site), or null. */
export function markdownHref(url: string): string | null {
  return safeHref(url, { relative: true });
}

/**
 * The source an image may be loaded from, or null: only a path on this site. An image from
 * another host would be fetched by every reader's browser (telling that host who reads the page),
 * and the Content-Security-Policy would block it anyway.
 */
export function markdownImageSrc(url: string): string | null {
  return safeHref(url) === null ? safeHref(url, { relative: true }) : null;
}
