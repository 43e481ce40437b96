import { describe, expect, it } from "vitest";
import { escapeXml, feedItems, type FeedStory } from "../../src/lib/discovery/feedItems.ts";
import { jsonLdText, newsArticle } from "../../src/lib/discovery/newsArticle.ts";
import { openGraph } from "../../src/lib/discovery/openGraph.ts";
import { pageAlternates } from "../../src/lib/discovery/pageAlternates.ts";

const origin = "https://site.example.org";

describe("canonical and hreflang links", () => {
  it("default to the same path in both languages, under the base, with x-default on Vietnamese", () => {
    const links = pageAlternates(origin, "/vinhphuc/", "en", "data/");
    expect(links.canonical).toBe("https://site.example.org/vinhphuc/en/data/");
    expect(links.links).toEqual([
      { hreflang: "vi", href: "https://site.example.org/vinhphuc/data/" },
      { hreflang: "en", href: "https://site.example.org/vinhphuc/en/data/" },
      { hreflang: "x-default", href: "https://site.example.org/vinhphuc/data/" },
    ]);
    expect(links.internal).toEqual({ vi: "/vinhphuc/data/", en: "/vinhphuc/en/data/" });
  });

  it("follow a story's slug in each language", () => {
    const links = pageAlternates(origin, "/", "en", "stories/what-is/", { vi: "stories/cau-lac-bo/", en: "stories/what-is/" });
    expect(links.links.map((l) => `${l.hreflang} ${l.href}`)).toEqual([
      "vi https://site.example.org/stories/cau-lac-bo/",
      "en https://site.example.org/en/stories/what-is/",
      "x-default https://site.example.org/stories/cau-lac-bo/",
    ]);
  });

  it("list only the languages the page exists in: an untranslated English story has itself as default", () => {
    const links = pageAlternates(origin, "/", "en", "stories/only-english/", { en: "stories/only-english/" });
    expect(links.internal).toEqual({ en: "/en/stories/only-english/" });
    expect(links.links.map((l) => l.hreflang)).toEqual(["en", "x-default"]);
    expect(links.links[1]?.href).toBe("https://site.example.org/en/stories/only-english/");
  });
});

describe("Open Graph", () => {
  const page = { title: "T", description: "D", url: `${origin}/`, siteName: "S" };

  it("names the other locale only when the page exists in it", () => {
    const both = openGraph({ ...page, lang: "vi", languages: ["vi", "en"] });
    expect(both.filter((m) => m.property.startsWith("og:locale"))).toEqual([
      { property: "og:locale", content: "vi_VN" },
      { property: "og:locale:alternate", content: "en_GB" },
    ]);
    const one = openGraph({ ...page, lang: "en", languages: ["en"] });
    expect(one.filter((m) => m.property === "og:locale:alternate")).toEqual([]);
    expect(one.find((m) => m.property === "og:type")?.content).toBe("website");
  });

  it("describes a story as an article with its dates and author", () => {
    const meta = openGraph({ ...page, lang: "vi", languages: ["vi"], article: { published: "2026-11-30", author: "Ban biên tập" } });
    expect(meta.find((m) => m.property === "og:type")?.content).toBe("article");
    expect(meta.filter((m) => m.property.startsWith("article:"))).toEqual([
      { property: "article:published_time", content: "2026-11-30" },
      { property: "article:author", content: "Ban biên tập" },
    ]);
  });
});

describe("NewsArticle JSON-LD", () => {
  const hostile = `Tiêu đề </script><script>alert(1)</script> & <!-- \u2028\u2029 "q"`;
  const article = newsArticle({
    lang: "vi",
    headline: hostile,
    description: "Tóm tắt",
    url: `${origin}/stories/x/`,
    siteName: "Người cao tuổi Vĩnh Phúc",
    siteHome: `${origin}/`,
    article: { published: "2026-11-30", author: "Ban biên tập", section: "Câu lạc bộ" },
  });

  it("is a NewsArticle with the page's address, dates, author and publisher", () => {
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      inLanguage: "vi",
      url: `${origin}/stories/x/`,
      datePublished: "2026-11-30",
      dateModified: "2026-11-30",
      author: { "@type": "Organization", name: "Ban biên tập" },
      publisher: { "@type": "Organization", name: "Người cao tuổi Vĩnh Phúc", url: `${origin}/` },
      articleSection: "Câu lạc bộ",
    });
  });

  it("serialises with no character that could end the script or start markup, and parses back to the same value", () => {
    const text = jsonLdText(article);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain("</script");
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(article);
    expect((JSON.parse(text) as { headline: string }).headline).toBe(hostile);
  });
});

describe("feed items", () => {
  const story = (slug: string, lang: "vi" | "en", published: string): FeedStory => ({
    slug,
    lang,
    title: `Title <${slug}>`,
    summary: "Summary & more",
    published,
    author: `Desk <b>&</b>`,
  });
  const stories = [
    story("older", "vi", "2026-01-05"),
    story("newer", "vi", "2026-11-30"),
    story("english", "en", "2026-11-30"),
    story("alpha", "vi", "2026-11-30"),
  ];

  it("are one language's stories, newest first, linking to their absolute page", () => {
    const items = feedItems(stories, "vi", origin, "/vinhphuc/");
    expect(items.map((i) => i.link)).toEqual([
      `${origin}/vinhphuc/stories/alpha/`,
      `${origin}/vinhphuc/stories/newer/`,
      `${origin}/vinhphuc/stories/older/`,
    ]);
    expect(items[0]?.pubDate.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(feedItems(stories, "en", origin, "/").map((i) => i.link)).toEqual([`${origin}/en/stories/english/`]);
  });

  it("escape the author, the one part written into the XML as it is", () => {
    expect(feedItems(stories, "en", origin, "/")[0]?.customData).toBe("<dc:creator>Desk &lt;b&gt;&amp;&lt;/b&gt;</dc:creator>");
    expect(escapeXml(`a"b'c`)).toBe("a&quot;b&apos;c");
  });
});
