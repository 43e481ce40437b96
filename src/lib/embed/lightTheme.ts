import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { themeProperties } from "./themeCss.ts";

/**
 * The light theme's colours, read from the site's stylesheet at build: the custom properties of
 * its first top-level `:root` rule (the dark ones sit inside a media query). The downloads have
 * no page around them to set `--chart-1` and friends, so every `var(--…)` in them is replaced by
 * its value here — from the one place the site's colours are kept, so they cannot drift apart.
 */
export function parseLightTheme(css: string): ReadonlyMap<string, string> {
  // One reader of the stylesheet's custom properties: the embed page's colours come from it too.
  return new Map(themeProperties(css).light.map((p) => [p.slice(0, p.indexOf(":")), p.slice(p.indexOf(":") + 1)] as const));
}

let cached: ReadonlyMap<string, string> | undefined;

/** The light theme of src/styles/global.css (the working directory is the project's, as for data/). */
export function lightTheme(): ReadonlyMap<string, string> {
  return (cached ??= parseLightTheme(readFileSync(resolve("src/styles/global.css"), "utf8")));
}

/** A colour of the light theme by its custom property name ("--fg"); throws for one it lacks. */
export function themeColour(name: string, theme: ReadonlyMap<string, string> = lightTheme()): string {
  const value = theme.get(name);
  if (value === undefined) throw new Error(`the light theme in src/styles/global.css has no ${name}`);
  return value;
}

/**
 * Replaces every `var(--name)` and `var(--name, fallback)` by the theme's value (else the
 * fallback), and `currentColor` by the text colour: a file read outside the site has no CSS.
 * A variable with neither a value nor a fallback is an error, named, rather than a black shape.
 */
export function resolveThemeColours(svg: string, theme: ReadonlyMap<string, string> = lightTheme()): string {
  return svg
    .replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*?)\s*)?\)/g, (_, name: string, fallback: string | undefined) => {
      const value = theme.get(name) ?? fallback;
      if (value === undefined) throw new Error(`${name} is used in a drawing but the light theme in src/styles/global.css does not set it`);
      return value;
    })
    .replace(/currentColor/g, themeColour("--fg", theme));
}
