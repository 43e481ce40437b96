import { createHash } from "node:crypto";

/**
 * A Content-Security-Policy hash source ("sha256-…", without quotes, as Astro's csp API takes
 * it) of an inline element's exact text.
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}
