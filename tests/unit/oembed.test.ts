import { describe, expect, it } from "vitest";
import { loadData } from "../../src/lib/data/loadData.ts";
import { catalogue } from "../../src/lib/embed/catalogue.ts";
import { oembed } from "../../src/lib/embed/oembed.ts";
import { oembedSitePath } from "../../src/lib/embed/publicUrls.ts";
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
    expect(oembedSitePath("club-members", "vi")).toBe("embed/club-members/oembed.json");
    expect(oembedSitePath("club-members", "en")).toBe("en/embed/club-members/oembed.json");
  });
});
