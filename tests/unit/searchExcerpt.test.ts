import { describe, expect, it } from "vitest";
import { excerptParts } from "../../src/lib/search/excerptParts.ts";

describe("excerptParts", () => {
  it("excerptParts('a <mark>Vĩnh</mark> b') marks the hit and keeps the text around it", () => {
    expect(excerptParts("Huyện <mark>Vĩnh</mark> <mark>Tường</mark> là")).toEqual([
      { text: "Huyện ", mark: false },
      { text: "Vĩnh", mark: true },
      { text: " ", mark: false },
      { text: "Tường", mark: true },
      { text: " là", mark: false },
    ]);
  });

  it("excerptParts joins adjacent marks into one run", () => {
    expect(excerptParts("<mark>Lũng</mark><mark>Hòa</mark>")).toEqual([{ text: "LũngHòa", mark: true }]);
  });

  it.each([
    ["&lt;script&gt;alert(1)&lt;/script&gt; x", [{ text: "<script>alert(1)</script> x", mark: false }]],
    ["&lt;img src=x onerror=alert(1)&gt;", [{ text: "<img src=x onerror=alert(1)>", mark: false }]],
    ["&lt;mark&gt;not a hit&lt;/mark&gt;", [{ text: "<mark>not a hit</mark>", mark: false }]],
    ["<mark>&lt;b&gt;</mark>", [{ text: "<b>", mark: true }]],
  ])("excerptParts(%j) gives page text as text, never markup", (excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });

  it("excerptParts keeps the text of a cut, unclosed mark as plain text", () => {
    expect(excerptParts("a <mark>b")).toEqual([{ text: "a b", mark: false }]);
  });

  it("excerptParts('') is empty", () => {
    expect(excerptParts("")).toEqual([]);
  });
});
