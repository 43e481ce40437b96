import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/lib/markdown/renderMarkdown.ts";
import { safeHref } from "../../src/lib/safety/linkPolicy.ts";
import { FIXTURE_DIR } from "../support/packageFiles.ts";

/** The elements Markdown may become on a page; anything else in the output is a leak. */
const ALLOWED = new Set(
  "a blockquote br code del em h1 h2 h3 h4 h5 h6 hr img input li ol p pre strong table tbody td th thead tr ul".split(" "),
);
/** Attributes allowed per element (GFM's table alignment is the only style). */
const ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href", "title"],
  img: ["src", "alt", "title"],
  code: ["class"],
  ol: ["start", "class"],
  ul: ["class"],
  li: ["class"],
  input: ["type", "checked", "disabled"],
  th: ["style"],
  td: ["style"],
};

/** Everything in `html` that could run script, load from another host or change the page around it. */
function leaks(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of document.body.querySelectorAll("*")) {
    const tag = element.localName;
    if (!ALLOWED.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of [...element.attributes]) {
      if (!(ATTRIBUTES[tag] ?? []).includes(name)) found.push(`<${tag} ${name}>`);
      else if (name === "style" && !/^text-align: (left|center|right)$/.test(value)) found.push(`<${tag} style="${value}">`);
      else if (name === "href" && safeHref(value, { relative: true }) === null) found.push(`<a href="${value}">`);
      else if (name === "src" && (safeHref(value, { relative: true }) === null || safeHref(value) !== null))
        found.push(`<img src="${value}">`);
    }
  }
  // Nothing that a browser would read as markup may survive as text either.
  if (/<\s*(script|iframe|svg|object|embed|form|meta|base|link|style)\b/i.test(document.body.innerHTML.replaceAll(/&lt;/g, "")))
    found.push("markup in the output");
  return found;
}

const links = (html: string) => [...parseHTML(`<body>${html}</body>`).document.querySelectorAll("a")].map((a) => a.getAttribute("href"));

describe("renderMarkdown on hostile Markdown", () => {
  it.each([
    ["a script block", "<script>alert(1)</script>"],
    ["an inline script", "Hi <script>alert(1)</script> there"],
    ["an image with onerror", '<img src="x" onerror="alert(1)">'],
    ["an iframe", '<iframe src="https://evil.example/"></iframe>'],
    ["an iframe with srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ["an SVG with onload", "<svg onload=alert(1)><circle r=1 /></svg>"],
    ["a script inside SVG", "<svg><script>alert(1)</script></svg>"],
    ["MathML with a link", '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ["details with ontoggle", "<details open ontoggle=alert(1)><summary>x</summary></details>"],
    ["a raw link", '<a href="javascript:alert(1)">click</a>'],
    ["a style attribute", '<p style="background:url(https://evil.example/x)">x</p>'],
    ["a style element", "<style>@import url(https://evil.example/x.css); body{display:none}</style>"],
    ["a form", '<form action="https://evil.example/"><input name="q"><button>Go</button></form>'],
    ["a meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ["a base element", '<base href="https://evil.example/">'],
    ["an object", '<object data="https://evil.example/x.swf"></object>'],
    ["an embed", '<embed src="https://evil.example/x.swf">'],
    ["a stylesheet link", '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ["an HTML comment hiding markup", "<!-- a --><script>alert(1)</script>-->"],
    ["an element with an id", '<p id="main">clobbers the skip link target</p>'],
    ["a heading attribute id", "### Changelog {#changelog}"],
    ["an image from another host", "![tracker](https://evil.example/pixel.png)"],
    ["a protocol-relative image", "![x](//evil.example/x.png)"],
    ["a data: image", "![x](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)"],
    ["a referenced image from another host", "![x][img]\n\n[img]: https://evil.example/x.png"],
    // The parser percent-encodes the backslash (/%5Cevil.example/), so the link stays on this site.
    ["a backslashed path", "[click](/\\evil.example/)"],
  ])("leaves nothing active from %s", (_, markdown) => {
    expect(leaks(renderMarkdown(markdown))).toEqual([]);
  });

  it.each([
    ["javascript:", "[click](javascript:alert(1))"],
    ["mixed case", "[click](JaVaScRiPt:alert(1))"],
    ["an entity-encoded colon", "[click](javascript&#58;alert(1))"],
    ["an entity-encoded letter", "[click](&#x6A;avascript:alert(1))"],
    ["an entity-encoded tab", "[click](java&#9;script:alert(1))"],
    ["a leading space in brackets", "[click](< javascript:alert(1)>)"],
    ["angle brackets", "[click](<javascript:alert(1)>)"],
    ["data:", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["vbscript:", "[click](vbscript:msgbox(1))"],
    ["file:", "[click](file:///etc/passwd)"],
    ["protocol-relative", "[click](//evil.example/)"],
    ["a reference-style definition", "[click][x]\n\n[x]: javascript:alert(1)"],
    ["a collapsed reference", "[click][]\n\n[click]: JAVASCRIPT:alert(1)"],
  ])("turns a %s link into its plain text", (_, markdown) => {
    const html = renderMarkdown(markdown);
    expect(links(html)).toEqual([]);
    expect(html).toContain("click");
    expect(leaks(html)).toEqual([]);
  });

  it.each([
    ["a javascript: autolink", "<javascript:alert(1)>"],
    ["a data: autolink", "<data:text/html,x>"],
  ])("renders %s as text, not a link", (_, markdown) => {
    const html = renderMarkdown(markdown);
    expect(links(html)).toEqual([]);
    expect(leaks(html)).toEqual([]);
  });

  it("keeps web links, same-site paths, autolinks and their titles", () => {
    const html = renderMarkdown(
      '[GSO](https://www.gso.gov.vn/a?b=1#c "Tổng cục") [data](/data/#changelog) [up](../vinh-yen/) <https://example.org/x> www.example.com',
    );
    expect(links(html)).toEqual([
      "https://www.gso.gov.vn/a?b=1#c",
      "/data/#changelog",
      "../vinh-yen/",
      "https://example.org/x",
      "http://www.example.com",
    ]);
    expect(html).toContain('title="Tổng cục"');
    expect(leaks(html)).toEqual([]);
  });

  it("keeps an image from this site", () => {
    expect(renderMarkdown("![the map](/data/geo/map.svg)")).toContain('<img src="/data/geo/map.svg" alt="the map">');
  });

  it("keeps GFM tables with their alignment, task lists and code", () => {
    const html = renderMarkdown("| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n\n```js\nlet x;\n```\n");
    expect(html).toContain('<th style="text-align: left">a</th>');
    expect(html).toContain('<td style="text-align: right">2</td>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<code class="language-js">');
    expect(leaks(html)).toEqual([]);
  });
});

describe("renderMarkdown on a changelog", () => {
  /** Each `### ` heading and `- ` item of a changelog, as text. */
  const outline = (markdown: string) => ({
    headings: [...markdown.matchAll(/^### (.+)$/gm)].map((m) => m[1]),
    items: markdown.match(/^- /gm)?.length ?? 0,
  });

  it.each([
    ["the fixture's", join(FIXTURE_DIR, "CHANGELOG.md")],
    ["data/'s", join(import.meta.dirname, "../../data/CHANGELOG.md")],
  ])("renders %s CHANGELOG.md: every entry heading, every item, no comment", (_, file) => {
    const markdown = readFileSync(file, "utf8");
    const html = renderMarkdown(markdown);
    const { document } = parseHTML(`<body>${html}</body>`);
    const { headings, items } = outline(markdown);
    expect(headings.length).toBeGreaterThan(0);
    expect([...document.querySelectorAll("h3")].map((h) => h.textContent)).toEqual(headings);
    expect(document.querySelectorAll("ul > li")).toHaveLength(items);
    expect(html).not.toContain("<!--");
    expect(leaks(html)).toEqual([]);
  });

  it("uses typographic apostrophes, as Astro's Markdown did", () => {
    expect(renderMarkdown("their source's publication")).toBe("<p>their source’s publication</p>\n");
  });
});
