import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { loadData } from "../../src/lib/data/loadData.ts";
import { catalogue } from "../../src/lib/embed/catalogue.ts";
import { siteEmbedCode } from "../../src/lib/embed/embedCode.ts";
import { oembed } from "../../src/lib/embed/oembed.ts";
import { embedUrl } from "../../src/lib/embed/publicUrls.ts";
import { oembedPath } from "../../src/lib/embed/embedUrls.ts";
import { FIXTURE_DIR } from "../support/packageFiles.ts";

const data = loadData(FIXTURE_DIR);
const entry = catalogue(data, []).find((e) => e.id === "club-members")!;
const SITE = { origin: "https://news.example.org", base: "/vinhphuc/" };
const CODE = { html: '<iframe title="t" src="https://news.example.org/vinhphuc/embed/club-members/"></iframe>', width: 640, height: 720 };

describe("oembed(entry, lang, code, site): the oEmbed 1.0 'rich' response of a chart", () => {
  it("carries the iframe code as given, with its width and height, and the chart's title in the language", () => {
    const vi = oembed(entry, "vi", CODE, SITE);
    expect(vi).toEqual({
      version: "1.0",
      type: "rich",
      title: "Ai tham gia các câu lạc bộ VIE070",
      provider_name: "Người cao tuổi Vĩnh Phúc",
      provider_url: "https://news.example.org/vinhphuc/",
      html: CODE.html,
      width: 640,
      height: 720,
      thumbnail_url: "https://news.example.org/vinhphuc/og/club-members-vi.png",
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });

  it("names the English site and its English home page, and the English social card", () => {
    const en = oembed(entry, "en", CODE, SITE);
    expect([en.title, en.provider_name, en.provider_url, en.thumbnail_url]).toEqual([
      "Who the VIE070 club members are",
      "Older people in Vĩnh Phúc",
      "https://news.example.org/vinhphuc/en/",
      "https://news.example.org/vinhphuc/og/club-members-en.png",
    ]);
  });

  it.each([
    [0, 720],
    [640, -1],
    [640.5, 720],
    [Number.NaN, 720],
  ])("refuses a size of %s×%s: oEmbed's width and height are whole pixels", (width, height) => {
    expect(() => oembed(entry, "vi", { ...CODE, width, height }, SITE)).toThrow(/club-members: width and height must be whole pixels/);
  });

  it("lives beside the embed page: embed/<id>/oembed.json and en/embed/<id>/oembed.json", () => {
    expect(oembedPath("club-members", "vi")).toBe("embed/club-members/oembed.json");
    expect(oembedPath("club-members", "en")).toBe("en/embed/club-members/oembed.json");
  });
});

describe("oembed with the site's own embed code", () => {
  it.each(["vi", "en"] as const)(
    "in %s, pastes the iframe the site offers under the figure, pointing at the embed page",
    (lang) => {
      // A chart and two maps: measuring every figure's height takes seconds, the embed tests do it.
      for (const e of catalogue(data, []).filter((c) => ["club-members", "map-population", "locator"].includes(c.id))) {
        const code = siteEmbedCode(data, lang, e.id, SITE.origin, SITE.base)!;
        const o = oembed(e, lang, code, SITE);
        expect([o.html, o.width, o.height]).toEqual([code.html, code.width, code.height]);
        const iframes = [...parseHTML(o.html).document.querySelectorAll("iframe")];
        expect(iframes.map((f) => [f.getAttribute("src"), f.getAttribute("title")])).toEqual([[embedUrl(SITE, e.id, lang), e.title[lang]]]);
      }
    },
    30_000,
  );
});
