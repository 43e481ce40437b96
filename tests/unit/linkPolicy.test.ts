import { describe, expect, it } from "vitest";
import { safeHref } from "../../src/lib/safety/linkPolicy.ts";

describe("safeHref", () => {
  it.each(["https://www.gso.gov.vn/a?b=1#c", "http://example.org/", "HTTPS://EXAMPLE.ORG/x"])("keeps the web address %s", (url) => {
    expect(safeHref(url)).toBe(url);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\nscript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "mailto:a@b.c",
    "https://user:pass@example.org/",
    "https:///nohost",
    "//evil.example/x",
    "%6Aavascript:alert(1)",
    "",
  ])("refuses %j", (url) => {
    expect(safeHref(url)).toBeNull();
    expect(safeHref(url, { relative: true })).toBeNull();
  });

  it("allows same-site paths only when asked", () => {
    expect(safeHref("/data/#changelog")).toBeNull();
    expect(safeHref("/data/#changelog", { relative: true })).toBe("/data/#changelog");
    expect(safeHref("../vinh-yen/", { relative: true })).toBe("../vinh-yen/");
    expect(safeHref("#top", { relative: true })).toBe("#top");
    expect(safeHref("/\\evil.example", { relative: true })).toBeNull();
  });
});
