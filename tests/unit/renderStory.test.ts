import { describe, expect, it } from "vitest";
import { renderStory, storySourceAnchor, type StorySegment } from "../../src/lib/stories/renderStory.ts";
import type { Story } from "../../src/lib/stories/Story.ts";
import { check } from "./storiesFixture.ts";

/*
 * renderStory on the fixture's stories (tests/fixtures/data/stories), checked first by checkSite
 * as the build does, and on bodies an editor should never get past the check, rendered anyway
 * to show the renderer does not rely on the check for safety. Exact strings, no snapshots.
 */

const checked = check();
const data = checked.data!;
const fixtureStory = (slug: string): Story => {
  const found = checked.stories.find((s) => s.slug === slug);
  if (!found) throw new Error(`the fixture has no story ${slug}`);
  return found;
};
const VI = fixtureStory("du-an-vie070-o-vinh-phuc");
const EN = fixtureStory("project-vie070-in-vinh-phuc");
const ALLOWANCE = fixtureStory("nguoi-cao-tuoi-va-muc-chuan-tro-cap");

const html = (segments: readonly StorySegment[]) => segments.map((s) => (s.kind === "html" ? s.html : `[chart ${s.id}]`)).join("");
/** The figures of rendered HTML: their text and their source's superscript and link. */
function figures(segments: readonly StorySegment[]): string[] {
  const found = html(segments).matchAll(
    /<data value="[^"]*" title="[^"]*">([^<]*)<\/data><a [^>]*href="([^"]*)"[^>]*><sup>([^<]*)<\/sup>/g,
  );
  return [...found].map((m) => `${m[1]} ${m[3]} ${m[2]}`);
}
/** A checked story with another body, as if it had got past the check. */
const withBody = (story: Story, body: string): Story => ({ ...story, body: `${"\n".repeat(14)}${body}\n` });

describe("renderStory on the fixture's stories", () => {
  it("renders each figure with its qualifier in the story's language, and its source's number in sources:", () => {
    expect(figures(renderStory(ALLOWANCE, data))).toEqual([
      `hơn 190.000 [1] #${storySourceAnchor("ldxh-2022")}`,
      `15 [1] #${storySourceAnchor("ldxh-2022")}`,
      `360.000 đồng/tháng [2] #${storySourceAnchor("decree-20-2021")}`,
    ]);
  });

  it("formats the same figures the Vietnamese way and the English way", () => {
    // sources: [ldxh-2022, baovinhphuc-2020]: the 2020 count is from Báo Vĩnh Phúc, the rest from LĐXH.
    expect(figures(renderStory(VI, data))).toEqual([
      `15 [2] #${storySourceAnchor("baovinhphuc-2020")}`,
      `gần 1.000 [1] #${storySourceAnchor("ldxh-2022")}`,
      `70% [1] #${storySourceAnchor("ldxh-2022")}`,
    ]);
    expect(figures(renderStory(EN, data))).toEqual([
      `15 [2] #${storySourceAnchor("baovinhphuc-2020")}`,
      `nearly 1,000 [1] #${storySourceAnchor("ldxh-2022")}`,
      `70% [1] #${storySourceAnchor("ldxh-2022")}`,
    ]);
  });

  it("keeps the exact value and the period in the figure's data element", () => {
    expect(html(renderStory(ALLOWANCE, data))).toContain('<data value="190000" title="Số liệu 2022">hơn 190.000</data>');
    expect(html(renderStory(EN, data))).toContain('<data value="1000" title="Figure for 2022">nearly 1,000</data>');
  });

  it("names the source in the link's accessible name", () => {
    expect(html(renderStory(EN, data))).toContain(`aria-label="Source 2: ${data.source("baovinhphuc-2020").title}"`);
  });

  it("puts a ::chart between the paragraphs around it", () => {
    const segments = renderStory(VI, data);
    expect(segments.map((s) => s.kind)).toEqual(["html", "chart", "html"]);
    expect(segments[1]).toEqual({ kind: "chart", id: "club-members" });
    const [before, , after] = segments as [{ html: string }, unknown, { html: string }];
    expect(before.html.trimEnd()).toMatch(/là người cao tuổi\.<\/p>$/);
    expect(after.html.trimStart()).toMatch(/^<h2>Câu lạc bộ thôn Đông<\/h2>/);
  });

  it("renders a story without a chart as one piece of HTML, headings from h2", () => {
    const segments = renderStory(ALLOWANCE, data);
    expect(segments.map((s) => s.kind)).toEqual(["html"]);
    expect(html(segments)).toContain("<h2>Mức chuẩn trợ giúp xã hội</h2>");
    expect(html(segments)).not.toContain("<h1");
  });
});

describe("renderStory on what an editor should never get past the check", () => {
  it("drops raw HTML, whatever it is", () => {
    const out = html(
      renderStory(
        withBody(
          VI,
          'Chữ <b onclick="x()">đậm</b> <img src=x onerror="window.__pwned=1">.\n\n<script>window.__pwned=1</script>\n\n<iframe src="https://evil.example/"></iframe>',
        ),
        data,
      ),
    );
    expect(out.trim()).toBe("<p>Chữ đậm .</p>");
  });

  it("keeps text that imitates a placeholder as text, and makes no figure or chart of it", () => {
    const segments = renderStory(withBody(VI, "Chữ \ue000f0\ue001 và\n\n\ue000c0\ue001"), data);
    expect(segments).toEqual([{ kind: "html", html: "<p>Chữ \ue000f0\ue001 và</p>\n<p>\ue000c0\ue001</p>\n" }]);
  });

  it("drops a javascript: link and keeps its text", () => {
    expect(html(renderStory(withBody(VI, "Xem [đây](javascript:alert(1)) và [đó](JaVaScRiPt:alert(1))."), data))).toBe(
      "<p>Xem đây và đó.</p>\n",
    );
  });

  it("keeps an http(s) link, and an image from another host becomes its description", () => {
    expect(html(renderStory(withBody(VI, "[Nguồn](https://example.org/a) ![ảnh](https://evil.example/x.png)"), data))).toBe(
      '<p><a href="https://example.org/a">Nguồn</a> ảnh</p>\n',
    );
  });

  it("refuses to render a figure that finds no row, rather than print a wrong number", () => {
    expect(() => renderStory(withBody(VI, "Có :figure{indicator=vie070_clubs area=vinh-phuc period=2019} câu lạc bộ."), data)).toThrow(
      /period "2019"/,
    );
  });

  it("renders a figure inside link text (which the check refuses) without an <a> inside another <a>", () => {
    const out = html(
      renderStory(withBody(VI, "[Có :figure{indicator=vie070_clubs area=vinh-phuc} câu lạc bộ](https://example.org/)"), data),
    );
    expect(out).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<a /s);
  });

  it("refuses to render a ::chart inside a list item (the check refuses it) rather than print its placeholder", () => {
    expect(() => renderStory(withBody(VI, "- ::chart{id=club-members}"), data)).toThrow(/line of its own/);
  });
});
