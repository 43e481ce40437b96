import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { describe, expect, it } from "vitest";
import { embedCss, EMBED_LAYOUT } from "../../src/lib/embed/embedLayout.ts";
import { themeCss, themeProperties } from "../../src/lib/embed/themeCss.ts";

const styles = join(import.meta.dirname, "..", "..", "src", "styles");
const HEADER =
  "/* Written by tests/unit/embedCss.test.ts (npm run test:update) from src/lib/embed/embedLayout.ts and the colours of global.css: do not edit. */";

/** The embed page's stylesheet as the layout module and global.css give it, formatted as `npm run check:format` wants. */
async function expected(file: string): Promise<string> {
  const css = `${HEADER}\n${themeCss(readFileSync(join(styles, "global.css"), "utf8"))}\n${embedCss()}\n`;
  return format(css, { ...(await resolveConfig(file)), filepath: file });
}

describe("src/styles/embed.css", () => {
  it("is what embedLayout.ts and global.css's colours give (the iframe heights are computed from the same layout)", async () => {
    const file = join(styles, "embed.css");
    const css = await expected(file);
    if (process.env["UPDATE_SNAPSHOTS"]) writeFileSync(file, css);
    expect(readFileSync(file, "utf8")).toBe(css);
  });

  it("sets the layout's type sizes and line heights in pixels, as the height estimate assumes", () => {
    const css = embedCss();
    expect(css).toContain(`font-size:${EMBED_LAYOUT.text.fontSize}px;line-height:${EMBED_LAYOUT.text.lineHeight}px`);
    expect(css).toContain(`h1{font-size:${EMBED_LAYOUT.title.fontSize}px;line-height:${EMBED_LAYOUT.title.lineHeight}px`);
    expect(css).toContain(`@media (min-width:${EMBED_LAYOUT.drawing.breakpoint}px)`);
  });
});

describe("themeProperties / themeCss", () => {
  const css = `/* :root { --x: comment } */
:root { --bg: #fff; --fg: #000; color-scheme: light dark; }
.a { --not-root: 1; }
@media (prefers-color-scheme: dark) { :root { --bg: #111; --fg: #eee; } }`;

  it("reads the light properties of :root and the dark ones under prefers-color-scheme: dark, nothing else", () => {
    expect(themeProperties(css)).toEqual({ light: ["--bg:#fff", "--fg:#000"], dark: ["--bg:#111", "--fg:#eee"] });
  });

  it("forces either theme with data-theme on <html>, and follows the reader without it", () => {
    expect(themeCss(css).split("\n")).toEqual([
      ":root{--bg:#fff;--fg:#000;color-scheme:light dark}",
      "@media (prefers-color-scheme:dark){:root{--bg:#111;--fg:#eee}}",
      ":root[data-theme=light]{--bg:#fff;--fg:#000;color-scheme:light}",
      ":root[data-theme=dark]{--bg:#111;--fg:#eee;color-scheme:dark}",
    ]);
  });

  it("refuses a stylesheet without dark colours rather than write an embed that cannot go dark", () => {
    expect(() => themeCss(":root { --bg: #fff; }")).toThrow(/prefers-color-scheme: dark/);
  });
});
