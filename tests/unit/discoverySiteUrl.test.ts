import { describe, expect, it } from "vitest";
import { absoluteUrl, isLoopbackHost, isPlaceholderSite, PLACEHOLDER_SITE_URL, siteUrl } from "../../src/lib/discovery/siteUrl.ts";

describe("the site's public URL", () => {
  it("is the reserved example.org placeholder when SITE_URL is unset or empty", () => {
    expect(siteUrl({})).toBe(PLACEHOLDER_SITE_URL);
    expect(siteUrl({ SITE_URL: "" })).toBe(PLACEHOLDER_SITE_URL);
    expect(siteUrl({ SITE_URL: "  " })).toBe(PLACEHOLDER_SITE_URL);
    expect(new URL(PLACEHOLDER_SITE_URL).hostname).toMatch(/(^|\.)example\.org$/);
    expect(isPlaceholderSite(siteUrl({}))).toBe(true);
  });

  it("is SITE_URL's origin when set, with or without a trailing slash", () => {
    expect(siteUrl({ SITE_URL: "https://news.example.com" })).toBe("https://news.example.com");
    expect(siteUrl({ SITE_URL: "https://news.example.com/" })).toBe("https://news.example.com");
    expect(siteUrl({ SITE_URL: "http://news.example.com:8080/" })).toBe("http://news.example.com:8080");
    expect(isPlaceholderSite(siteUrl({ SITE_URL: "https://news.example.com" }))).toBe(false);
  });

  it.each([
    ["http://127.0.0.1:4321", /loopback/],
    ["http://localhost:4321/", /loopback/],
    ["http://[::1]:4321/", /loopback/],
    ["http://app.localhost/", /loopback/],
    ["ftp://example.com/", /not http/],
    ["https://example.com/vinhphuc/", /BASE_PATH/],
    ["https://example.com/?q=1", /path, query/],
    ["https://user:pw@example.com/", /password/],
    ["example.com", /not an absolute URL/],
  ])("refuses SITE_URL=%s", (given, message) => {
    expect(() => siteUrl({ SITE_URL: given })).toThrow(message);
  });

  it("knows loopback hosts from public ones", () => {
    expect(["localhost", "127.0.0.1", "127.1.2.3", "[::1]", "0.0.0.0"].filter((h) => !isLoopbackHost(h))).toEqual([]);
    expect(["example.org", "127.0.0.1.example.org", "localhost.example.org"].filter((h) => isLoopbackHost(h))).toEqual([]);
  });

  it("makes absolute URLs of site paths that already carry the base", () => {
    expect(absoluteUrl("https://example.org", "/vinhphuc/en/data/")).toBe("https://example.org/vinhphuc/en/data/");
    expect(absoluteUrl("https://example.org", "en/")).toBe("https://example.org/en/");
  });
});
