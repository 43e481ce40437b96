/*
 * The embed page's colours are the site's: the custom properties global.css sets on :root for
 * the light theme and, under prefers-color-scheme: dark, for the dark one. The embed page does
 * not take the rest of the site's stylesheet (header, footer, page layout), and it must be able
 * to force either theme (?theme=light|dark sets data-theme on <html>), so the two sets of
 * properties are read out of global.css here and written again under both selectors.
 */

/** The custom properties (`--name: value`) declared directly in a CSS block's text. */
function customProperties(block: string): string[] {
  return [...block.matchAll(/(--[\w-]+)\s*:\s*([^;{}]+);/g)].map((m) => `${m[1]}:${m[2]!.trim()}`);
}

/** The text of the first `:root { … }` block after `from` in `css`, or null. */
function rootBlock(css: string, from: number): string | null {
  const open = /:root\s*\{/g;
  open.lastIndex = from;
  const m = open.exec(css);
  if (!m) return null;
  const end = css.indexOf("}", m.index + m[0].length);
  return end === -1 ? null : css.slice(m.index + m[0].length, end);
}

/** The light and the dark colour properties of the site's stylesheet. Throws when either is missing. */
export function themeProperties(globalCss: string): { light: string[]; dark: string[] } {
  const css = globalCss.replace(/\/\*[\s\S]*?\*\//g, "");
  const light = customProperties(rootBlock(css, 0) ?? "");
  const media = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/.exec(css);
  const dark = media ? customProperties(rootBlock(css, media.index) ?? "") : [];
  if (light.length === 0 || dark.length === 0)
    throw new Error("themeProperties: global.css has no :root colours for light, or none under prefers-color-scheme: dark");
  return { light, dark };
}

/**
 * The embed page's colour rules: the reader's scheme by default, and either one forced by
 * `data-theme` on <html> (more specific than :root, so it wins over the media query).
 */
export function themeCss(globalCss: string): string {
  const { light, dark } = themeProperties(globalCss);
  return [
    `:root{${light.join(";")};color-scheme:light dark}`,
    `@media (prefers-color-scheme:dark){:root{${dark.join(";")}}}`,
    `:root[data-theme=light]{${light.join(";")};color-scheme:light}`,
    `:root[data-theme=dark]{${dark.join(";")};color-scheme:dark}`,
  ].join("\n");
}
