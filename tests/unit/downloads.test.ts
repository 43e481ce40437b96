import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Chart } from "../../src/lib/charts/Chart.ts";
import { openGraph, twitterCard } from "../../src/lib/discovery/openGraph.ts";
import { chartCitation } from "../../src/lib/embed/chartCitation.ts";
import { chartCsv, neutraliseCell } from "../../src/lib/embed/chartCsv.ts";
import { CARD, downloadPath, figurePageUrl, ogImagePath, type CardSubject } from "../../src/lib/embed/downloadUrls.ts";
import { xmlAttributes } from "../../src/lib/embed/embedDrawing.ts";
import { FONT_STACK, fontFiles, missingGlyphs, textWidth, weightOf } from "../../src/lib/embed/embedFont.ts";
import { figureById, figureIds } from "../../src/lib/embed/figureById.ts";
import { lightTheme, parseLightTheme, resolveThemeColours } from "../../src/lib/embed/lightTheme.ts";
import { pngSize, renderPng } from "../../src/lib/embed/renderPng.ts";
import { cardImage, socialCard } from "../../src/lib/embed/socialCard.ts";
import { standaloneSvg } from "../../src/lib/embed/standaloneSvg.ts";
import { LANGS } from "../../src/lib/i18n/lang.ts";
import { FIXTURE_DIR, mustLoad, readPackage } from "../support/packageFiles.ts";

const data = mustLoad(readPackage(FIXTURE_DIR));
const SITE = { origin: "https://news.example.net", base: "/vinhphuc/" };
const IDS = figureIds(data);
const CASES = IDS.flatMap((id) => LANGS.map((lang) => ({ id, lang })));
const chart = (lang: (typeof LANGS)[number], id: string): Chart => figureById(data, lang, id)!;
const doc = (lang: (typeof LANGS)[number], id: string) => standaloneSvg(data, lang, id, SITE)!;

/** The text of every `<text>` the standalone layout wrote (x = the padding), with its size and weight. */
function layoutLines(svg: string): { text: string; size: number; weight: number }[] {
  return [...svg.matchAll(/<text x="20" y="[^"]*" font-size="(\d+)"(?: font-weight="(\d+)")?[^>]*>([^<]*)<\/text>/g)].map(
    ([, size, weight, text]) => ({
      text: text!
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
      size: Number(size),
      weight: Number(weight ?? 400),
    }),
  );
}

/** Every text node of an SVG (layout and drawing), unescaped. */
const allText = (svg: string) =>
  [...svg.matchAll(/>([^<]+)</g)].map(([, t]) => t!.replace(/&amp;/g, "&").replace(/&[a-z]+;/g, "")).join(" ");

describe("lightTheme", () => {
  const css = readFileSync("src/styles/global.css", "utf8");

  it("parseLightTheme reads the first top-level :root, not the dark one inside the media query", () => {
    const theme = parseLightTheme(css);
    expect(theme.get("--chart-1")).toBe(/^:root\s*\{[^}]*--chart-1:\s*(#[0-9a-f]{6})/m.exec(css)![1]);
    expect(theme.get("--chart-1")).not.toBe(
      /prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{[^}]*--chart-1:\s*(#[0-9a-f]{6})/.exec(css)![1],
    );
  });

  it("resolveThemeColours uses the fallback of an unset variable and names a variable with neither", () => {
    const theme = new Map([["--fg", "#111111"]]);
    expect(resolveThemeColours('<rect fill="var(--x, transparent)" stroke="currentColor"/>', theme)).toBe(
      '<rect fill="transparent" stroke="#111111"/>',
    );
    expect(() => resolveThemeColours('<rect fill="var(--nope)"/>', theme)).toThrow(/--nope/);
  });
});

describe("standaloneSvg", () => {
  it.each(CASES)("standaloneSvg($lang, $id) has no CSS variable or currentColor left and only the shipped font", ({ id, lang }) => {
    const { svg } = doc(lang, id);
    expect(svg).not.toMatch(/var\(|currentColor/);
    const families = new Set([...svg.matchAll(/font-family(?:="|:\s*)([^";]+)/g)].map(([, f]) => f!.trim()));
    expect([...families]).toEqual([FONT_STACK]);
  });

  it.each(CASES)("standaloneSvg($lang, $id) is well-formed XML of its stated size, with the map outlines it uses", ({ id, lang }) => {
    const { svg, width, height } = doc(lang, id);
    // resvg parses with roxmltree, a strict XML parser: a malformed file throws here.
    const parsed = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [fontFiles().regular] } });
    expect([parsed.width, parsed.height]).toEqual([width, height]);
    for (const [, ref] of svg.matchAll(/href="#([^"]+)"/g)) expect(svg).toContain(`id="${ref}"`);
  });

  it("a malformed document fails that same parse (the check above can fail)", () => {
    expect(() => new Resvg('<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>')).toThrow();
  });

  it.each(CASES)("standaloneSvg($lang, $id) wraps every line of its text within the width", ({ id, lang }) => {
    const { svg, width } = doc(lang, id);
    const lines = layoutLines(svg);
    expect(lines.length).toBeGreaterThan(2);
    const over = lines.filter((l) => textWidth(l.text, l.size, weightOf(l.weight)) > width - 40);
    expect(over).toEqual([]);
  });

  it.each(CASES)("standaloneSvg($lang, $id) shows the title, the data version and the figure's absolute address", ({ id, lang }) => {
    const { svg } = doc(lang, id);
    const text = layoutLines(svg)
      .map((l) => l.text)
      .join(" ");
    expect(text).toContain(chart(lang, id).title.split(" ")[0]);
    expect(text).toContain(chart(lang, id).dataVersion);
    expect(svg).toContain(figurePageUrl(SITE, id, lang).slice(0, 30));
  });

  it("every character of every download has a glyph in both shipped weights (no box for a diacritic)", () => {
    const text = CASES.map(({ id, lang }) => allText(doc(lang, id).svg)).join(" ");
    expect(missingGlyphs(text, "regular")).toEqual([]);
    expect(missingGlyphs(text, "bold")).toEqual([]);
    const vietnamese = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
    expect(missingGlyphs(vietnamese + vietnamese.toLocaleLowerCase("vi"), "regular")).toEqual([]);
    expect(missingGlyphs("ắ ℵ", "regular")).toEqual(["ℵ"]);
  });
});

describe("renderPng", () => {
  it.each(CASES)("renderPng(standaloneSvg($lang, $id), 2×) is twice the SVG's width and height", ({ id, lang }) => {
    const { svg, width, height } = doc(lang, id);
    expect(pngSize(renderPng(svg, { scale: 2 }))).toEqual({ width: 2 * width, height: 2 * height });
  });

  it("pngSize refuses bytes that are not a PNG", () => {
    expect(() => pngSize(new TextEncoder().encode("<svg/>"))).toThrow(/not a PNG/);
  });
});

describe("socialCard", () => {
  const subjects: CardSubject[] = ["home", ...data.districts.map((d) => ({ district: d.slug })), ...IDS.map((figure) => ({ figure }))];

  it.each(subjects.flatMap((subject) => LANGS.map((lang) => ({ subject, lang, name: ogImagePath(subject, lang) }))))(
    "socialCard($name) renders to a 1200×630 PNG with no CSS variable left",
    ({ subject, lang }) => {
      const card = socialCard(data, lang, subject);
      expect(card.svg).not.toMatch(/var\(|currentColor/);
      expect(pngSize(renderPng(card.svg, { scale: 1 }))).toEqual(CARD);
    },
  );

  it("every card has its own file name, and an unknown subject is named in the error", () => {
    const paths = subjects.flatMap((s) => LANGS.map((lang) => ogImagePath(s, lang)));
    expect(new Set(paths).size).toBe(paths.length);
    expect(() => socialCard(data, "vi", { district: "atlantis" })).toThrow(/atlantis/);
    expect(() => socialCard(data, "vi", { figure: "nope" })).toThrow(/nope/);
  });

  it("cardImage gives the page its card's path and an alt text that names the page", () => {
    const district = data.districts[0]!;
    const image = cardImage(data, "en", { district: district.slug });
    expect(image.path).toBe(`og/district-${district.slug}-en.png`);
    expect(image.alt).toContain(district.name_en);
  });
});

describe("chartCsv", () => {
  it.each([
    ['=HYPERLINK("http://x")', false, '\'=HYPERLINK("http://x")'],
    ["+cmd|' /C calc'!A0", false, "'+cmd|' /C calc'!A0"],
    ["-2+3", false, "'-2+3"],
    ["@SUM(A1)", false, "'@SUM(A1)"],
    ["\t=1", false, "'\t=1"],
    ["-3", true, "-3"],
    ["+21,5%", true, "+21,5%"],
    ["-1+1", true, "'-1+1"],
    ["-3", false, "'-3"],
    ["Vĩnh Yên", false, "Vĩnh Yên"],
  ])("neutraliseCell(%j, numeric %s) is %j", (cell, numeric, expected) => {
    expect(neutraliseCell(cell, numeric)).toBe(expected);
  });

  it.each(CASES)("chartCsv($lang, $id) has the table's rows and columns, plus source and licence", ({ id, lang }) => {
    const c = chart(lang, id);
    const csv = chartCsv(data, c, lang);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(rows.length).toBe(c.table.rows.length);
    expect(header!.slice(0, -2)).toEqual(c.table.columns.map((col) => col.label));
    expect(rows.map((r) => r.slice(0, -2))).toEqual(
      c.table.rows.map((r) => r.map((cell, i) => neutraliseCell(cell, c.table.columns[i]!.numeric))),
    );
    for (const row of rows) {
      expect(row.at(-2)).toContain(c.sources[0]!.id);
      expect(row.at(-1)).toMatch(/^CC BY 4\.0/);
      expect(row.at(-1)!.includes("CC BY-SA 4.0")).toBe(c.sources.some((s) => s.id === "geoboundaries"));
    }
  });

  it("chartCsv neutralises a formula in a label that came from data/", () => {
    const c = chart("en", IDS[0]!);
    const hostile: Chart = { ...c, table: { columns: c.table.columns, rows: [["=1+1", ...c.table.rows[0]!.slice(1)]] } };
    const [, row] = Papa.parse<string[]>(chartCsv(data, hostile, "en").slice(1), { skipEmptyLines: true }).data;
    expect(row![0]).toBe("'=1+1");
  });
});

describe("chartCitation", () => {
  it.each(CASES)("chartCitation($lang, $id) names the title, the data version and the absolute embed address", ({ id, lang }) => {
    const c = chart(lang, id);
    const text = chartCitation(data, c, lang, SITE);
    expect(text).toContain(`“${c.title}”`);
    expect(text).toContain(c.dataVersion);
    expect(text.endsWith(`https://news.example.net/vinhphuc/${lang === "en" ? "en/" : ""}embed/${id}/`)).toBe(true);
  });

  it("chartCitation refuses a loopback origin rather than print it", () => {
    expect(() => chartCitation(data, chart("vi", IDS[0]!), "vi", { origin: "http://127.0.0.1:4321", base: "/" })).toThrow(/loopback/);
  });
});

describe("downloadUrls and Open Graph", () => {
  it("downloadPath and ogImagePath follow the published URL scheme", () => {
    expect(downloadPath("club-plan", "en", "csv")).toBe("downloads/club-plan-en.csv");
    expect(ogImagePath({ figure: "locator" }, "vi")).toBe("og/locator-vi.png");
    expect(ogImagePath("home", "en")).toBe("og/home-en.png");
    expect(ogImagePath({ district: "tam-dao" }, "vi")).toBe("og/district-tam-dao-vi.png");
  });

  it("openGraph adds the image, its size and alt; twitterCard asks for the large image", () => {
    const image = { url: "https://x.example/og/home-vi.png", ...CARD, alt: "Bản đồ" };
    const meta = openGraph({
      lang: "vi",
      languages: ["vi"],
      title: "t",
      description: "d",
      url: "https://x.example/",
      siteName: "s",
      image,
    });
    expect(meta.filter((m) => m.property.startsWith("og:image"))).toEqual([
      { property: "og:image", content: image.url },
      { property: "og:image:type", content: "image/png" },
      { property: "og:image:width", content: "1200" },
      { property: "og:image:height", content: "630" },
      { property: "og:image:alt", content: "Bản đồ" },
    ]);
    expect(twitterCard(image).map((m) => `${m.name}=${m.content}`)).toEqual([
      "twitter:card=summary_large_image",
      `twitter:image=${image.url}`,
      "twitter:image:alt=Bản đồ",
    ]);
  });
});

it("lightTheme() is the stylesheet's own light :root (no second copy of the colours)", () => {
  expect(lightTheme()).toEqual(parseLightTheme(readFileSync("src/styles/global.css", "utf8")));
});

describe("downloads of a package whose texts hold markup", () => {
  it("xmlAttributes escapes <, > and a bare & in attribute values, and leaves text and tags alone", () => {
    const html = `<g aria-label="<b> & c &amp; d"><text>" x="&lt;/text&gt;</text><rect x="1"/></g>`;
    expect(xmlAttributes(html)).toBe(`<g aria-label="&lt;b&gt; &amp; c &amp; d"><text>" x="&lt;/text&gt;</text><rect x="1"/></g>`);
  });

  it("every SVG stays valid XML and every PNG renders when an indicator's name holds <script>, & and >", () => {
    const files = readPackage(FIXTURE_DIR);
    const indicators = new TextDecoder().decode(files.get("indicators.csv"));
    // Marks carry the name in aria-label, where an HTML serialiser leaves < and > raw.
    const hostile = indicators.replace(",People aged 60 and over,", ",<script>alert(1)</script> & x > y,");
    expect(hostile).not.toBe(indicators);
    const data = mustLoad(new Map([...files, ["indicators.csv", new TextEncoder().encode(hostile)]]));
    for (const id of figureIds(data)) {
      const out = standaloneSvg(data, "en", id, SITE)!;
      expect(out.svg, id).not.toMatch(/="[^"]*</);
      const png = renderPng(out.svg, { scale: 1 });
      expect(pngSize(png).width, id).toBe(out.width);
    }
  });
});
