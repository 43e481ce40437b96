/**
 * Which addresses written by editors may become links on the site. The rule lives here, in code,
 * and is applied when pages are rendered and by the data check, whatever `datapackage.json`
 * says: a pull request can edit the descriptor's `pattern`, not this file's review.
 */

/** Schemes a reader's browser may follow from an editor's text. */
export const LINK_SCHEMES: readonly string[] = ["http:", "https:"];

/**
 * The address to link to, or null when `url` must not become a link: anything but an absolute
 * http(s) URL with a host (no `javascript:`, `data:`, `vbscript:`, `file:`, protocol-relative
 * `//host`, credentials or control characters). With `relative: true` a same-site path
 * (`/data/`, `../x/`, `#anchor`) is allowed too; it can never leave the site's origin.
 */
export function safeHref(url: string, { relative = false }: { relative?: boolean } = {}): string | null {
  // Browsers strip tabs and newlines inside URLs and ignore leading spaces, so "java\nscript:"
  // runs: refuse any control or space character rather than guess how it will be read.
  if (url === "" || /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/u.test(url)) return null;
  if (/^[a-z][a-z0-9+.-]*:/iu.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (!LINK_SCHEMES.includes(parsed.protocol) || parsed.hostname === "" || parsed.username !== "" || parsed.password !== "") return null;
    // The parser forgives "https:///host" and "https:\\host"; an editor's link must say what it means.
    if (!/^https?:\/\/[^/\\]/iu.test(url)) return null;
    return url;
  }
  if (!relative) return null;
  // Protocol-relative ("//evil.example") and backslash forms ("/\\evil.example") reach another host.
  if (/^[\\/]{2}/u.test(url) || /^\/\\/u.test(url) || url.includes("\\")) return null;
  // A colon before the first "/", "?" or "#" reads as a scheme to some tools ("%6Aavascript:"):
  // such a path is refused rather than interpreted.
  if (/^[^/?#]*:/u.test(url)) return null;
  return url;
}
