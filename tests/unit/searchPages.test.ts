import { describe, expect, it } from "vitest";
import { indexedPage } from "../../src/lib/search/indexedPage.ts";
import { resultLanguage, sameSiteUrl } from "../../src/lib/search/resultLanguage.ts";
import { searchSections } from "../../src/lib/search/searchSections.ts";

const html = (lang: string) => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><h1>t</h1></body></html>`;

describe("indexedPage", () => {
  it.each([
    ["index.html", "/", "vi"],
    ["en/index.html", "/en/", "en"],
    ["districts/vinh-tuong/index.html", "/districts/vinh-tuong/", "vi"],
    ["en/districts/vinh-tuong/index.html", "/en/districts/vinh-tuong/", "en"],
    ["en/data/index.html", "/en/data/", "en"],
    ["stories/some-story/index.html", "/stories/some-story/", "vi"],
  ])("indexedPage(%j) is indexed at %j in %s, with that language as its filter", (file, url, lang) => {
    const page = indexedPage(file, html(lang));
    expect(page).toMatchObject({ url, lang });
    expect(page?.content).toContain(`<html data-pagefind-filter="lang:${lang}" lang="${lang}">`);
  });

  it.each(["404.html", "search/index.html", "en/search/index.html", "pagefind/x.css", "data/observations.csv"])(
    "indexedPage(%j) is not indexed",
    (file) => {
      expect(indexedPage(file, html("vi"))).toBeNull();
    },
  );

  it("indexedPage adds the filter to the <html> element only, once", () => {
    const page = indexedPage(
      "index.html",
      `<!doctype html><HTML lang="vi"><body><p>&lt;html&gt; <code>&lt;html lang&gt;</code></p></body></HTML>`,
    );
    expect(page?.content.match(/data-pagefind-filter/gu)).toHaveLength(1);
    expect(page?.content.startsWith(`<!doctype html><html data-pagefind-filter="lang:vi" lang="vi">`)).toBe(true);
  });
});

describe("resultLanguage and sameSiteUrl", () => {
  it.each([
    ["/en/districts/tam-dao/", "/", "en"],
    ["/districts/tam-dao/", "/", "vi"],
    ["/vinhphuc/en/data/", "/vinhphuc/", "en"],
    ["/vinhphuc/data/", "/vinhphuc", "vi"],
    ["/english/", "/", "vi"],
  ])("resultLanguage(%j, %j) is %s", (url, base, lang) => {
    expect(resultLanguage(url, base)).toBe(lang);
  });

  it.each([
    ["/districts/tam-dao/", "/", "/districts/tam-dao/"],
    ["/vinhphuc/en/", "/vinhphuc/", "/vinhphuc/en/"],
    ["/elsewhere/", "/vinhphuc/", null],
    ["//evil.example/", "/", null],
    ["/\\evil.example/", "/", null],
    ["https://evil.example/", "/", null],
    ["javascript:alert(1)", "/", null],
  ])("sameSiteUrl(%j, %j) is %j", (url, base, expected) => {
    expect(sameSiteUrl(url, base)).toBe(expected);
  });
});

describe("searchSections", () => {
  it("searchSections links home, stories, clubs and data under the site's base", () => {
    expect(searchSections("vi", "/").map((s) => s.href)).toEqual(["/", "/stories/", "/clubs/", "/data/"]);
    expect(searchSections("en", "/vinhphuc/")).toEqual([
      { href: "/vinhphuc/en/", label: "Home" },
      { href: "/vinhphuc/en/stories/", label: "Stories" },
      { href: "/vinhphuc/en/clubs/", label: "Clubs" },
      { href: "/vinhphuc/en/data/", label: "Data and sources" },
    ]);
  });
});
