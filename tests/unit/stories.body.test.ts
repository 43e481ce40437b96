import { describe, expect, it } from "vitest";
import { bodyLine, checkStory, FILE, locate, story } from "./storiesFixture.ts";

/*
 * checkSite on a story's body: figures cited by key, numbers typed by hand, Markdown the page
 * would drop, directives it does not know, hidden characters. The test story's body starts on
 * line 15 (storiesFixture.ts); each case names the exact FILE:LINE:COLUMN and code.
 */

const at = (line: number, column: number, code: string) => `${FILE}:${bodyLine(line)}:${column} ${code}`;
const checkBody = (body: string) => checkStory(story({}, body));

describe("checkSite: :figure{…} must name one row of observations.csv credited in sources", () => {
  it.each([
    ["latest figure", "Có :figure{indicator=vie070_clubs area=vinh-phuc} câu lạc bộ."],
    ["a named period", "Có :figure{indicator=vie070_clubs area=vinh-phuc period=2020} câu lạc bộ."],
    ["a group", "Có :figure{indicator=vie070_member_share area=vinh-phuc period=2022 group=older-members} là người cao tuổi."],
    ["quoted attributes", `Có :figure{indicator="vie070_clubs" area='vinh-phuc'} câu lạc bộ.`],
    ["in a heading", "## Có :figure{indicator=vie070_clubs area=vinh-phuc} câu lạc bộ"],
  ])("accepts %s", (_, body) => {
    const result = checkBody(body);
    expect(locate(result)).toEqual([]);
    expect(result.stories.map((s) => s.slug)).toContain("thu");
  });

  it.each([
    ["an unknown indicator", "Có :figure{indicator=nope area=vinh-phuc} câu lạc bộ.", "figure.indicator"],
    ["an unknown area", "Có :figure{indicator=vie070_clubs area=vinh-tuong-cu} câu lạc bộ.", "figure.area"],
    ["an area written by its code, not its slug", "Có :figure{indicator=vie070_clubs area=26} câu lạc bộ.", "figure.area"],
    ["an unknown group", "Có :figure{indicator=vie070_member_share area=vinh-phuc period=2022 group=nope} hội viên.", "figure.group"],
    ["a period with no figure", "Có :figure{indicator=vie070_clubs area=vinh-phuc period=2019} câu lạc bộ.", "figure.period"],
    ["an area with no figure of that indicator", "Có :figure{indicator=vie070_clubs area=vinh-tuong} câu lạc bộ.", "figure.indicator"],
    ["an unknown attribute", "Có :figure{indicator=vie070_clubs area=vinh-phuc colour=red} câu lạc bộ.", "figure"],
    ["an id attribute", "Có :figure{#pwned indicator=vie070_clubs area=vinh-phuc} câu lạc bộ.", "figure"],
    ["a class attribute", "Có :figure{.pwned indicator=vie070_clubs area=vinh-phuc} câu lạc bộ.", "figure"],
    ["no area", "Có :figure{indicator=vie070_clubs} câu lạc bộ.", "figure"],
  ])("refuses %s at the directive (story-figure)", (_, body, field) => {
    const result = checkBody(body);
    expect(locate(result)).toEqual([at(1, 4, "story-figure")]);
    expect(result.issues[0]!.field).toBe(field);
  });

  it("refuses a figure whose source is not in sources:, at that figure", () => {
    // elderly_60plus 2022 is from ldxh-2022 (listed); the 2019 census figure is from census-2019-vp.
    const body =
      "Có :figure{indicator=elderly_60plus area=vinh-phuc period=2022} người và :figure{indicator=population area=vinh-phuc period=2019-04-01} dân.";
    expect(locate(checkBody(body))).toEqual([at(1, 74, "story-figure-source")]);
  });

  it("refuses the latest figure when its source is not listed, though an older one's is", () => {
    // vie070_clubs: 2020 from baovinhphuc-2020, 2022 (the latest) from ldxh-2022.
    const result = checkStory(story({ sources: "[baovinhphuc-2020]" }, "Có :figure{indicator=vie070_clubs area=vinh-phuc} câu lạc bộ."));
    expect(locate(result)).toEqual([at(1, 4, "story-figure-source")]);
  });
});

describe("checkSite: a number typed by hand that is a value of observations.csv", () => {
  it.each([
    ["in a sentence", "Có 15 câu lạc bộ.", [at(1, 4, "story-typed-figure")]],
    ["in a heading", "Mở đầu.\n\n## 74 người được giúp", [at(3, 4, "story-typed-figure")]],
    ["in link text", "Xem [32 đội](https://example.org/).", [at(1, 6, "story-typed-figure")]],
    ["in bold", "Có **28** đội văn nghệ.", [at(1, 6, "story-typed-figure")]],
    ["in a list item", "- có 15 câu lạc bộ\n- 74 người", [at(1, 6, "story-typed-figure"), at(2, 3, "story-typed-figure")]],
    ["in a table cell", "| a | b |\n|---|---|\n| x | 15 |", [at(3, 7, "story-typed-figure")]],
    ["after a hard line break", "Dòng một\\\ncó 15 đội.", [at(2, 4, "story-typed-figure")]],
    ["with a thousands separator (vi)", "Hơn 190.000 người.", [at(1, 5, "story-typed-figure")]],
    ["with a decimal comma (vi)", "Gấp 1,24 lần.", [at(1, 5, "story-typed-figure")]],
    ["as a percentage", "Có 70% là người cao tuổi.", [at(1, 4, "story-typed-figure")]],
    ["twice on a line", "Có 15 câu lạc bộ và 32 đội.", [at(1, 4, "story-typed-figure"), at(1, 21, "story-typed-figure")]],
  ])("refuses it %s", (_, body, expected) => {
    const result = checkBody(body);
    expect(locate(result)).toEqual(expected);
    expect(result.stories.map((s) => s.slug)).not.toContain("thu");
  });

  it("leaves alone a number equal to a figure of an indicator the story is not about", () => {
    // 9 is a commune count (commune_units) in the fixture; this story is about the VIE070 clubs.
    expect(locate(checkBody("Chín huyện, 9 huyện, 80 tuổi."))).toEqual([]);
  });

  it("counts the indicators its figures cite as what it is about", () => {
    const body = "Có :figure{indicator=commune_units area=vinh-yen period=2022-10-01} xã; con số 9 ấy.";
    const typed = checkBody(body).issues.filter((i) => i.code === "story-typed-figure");
    expect(typed.map((i) => `${i.file}:${i.line}`)).toEqual([`${FILE}:${bodyLine(1)}`]);
  });

  it("refuses one in the title and the summary, naming the field", () => {
    const result = checkStory(story({ title: '"Có 15 câu lạc bộ"', summary: '"Có 74 người được giúp"' }));
    expect(result.issues.map((i) => `${i.line} ${i.field} ${i.code}`)).toEqual([
      "2 title story-typed-figure",
      "3 summary story-typed-figure",
    ]);
  });

  it("locates one in an unquoted title at its column", () => {
    expect(locate(checkStory(story({ title: "Có 15 câu lạc bộ" })))).toEqual([`${FILE}:2:11 story-typed-figure`]);
  });

  // The column is counted from the start of the YAML node, which for a quoted scalar is the quote.
  it("locates one in a quoted title at its column", () => {
    expect(locate(checkStory(story({ title: '"Có 15 câu lạc bộ"' })))).toEqual([`${FILE}:2:12 story-typed-figure`]);
  });

  // Text node positions give the paragraph's start; the "> " of each following line is not counted.
  it("locates one on the second line of a blockquote at its column", () => {
    expect(locate(checkBody("> Câu lạc bộ\n> có 15 đội."))).toEqual([at(2, 6, "story-typed-figure")]);
  });

  it.each([
    ["years", "Từ năm 2018 đến năm 2025."],
    ["a period of years", "Giai đoạn 2017–2020 và 2021-2025."],
    ["dates", "Ngày 19/11/2020, tháng 11/2020, ngày 1/7/2021."],
    ["decision numbers", "Quyết định 1336/QĐ-TTg và Quyết định 1648/QĐ-TTg."],
    ["decree numbers", "Nghị định 20/2021/NĐ-CP và Nghị quyết 484/NQ-UBTVQH14."],
    ["numbers glued to letters", "Dự án VIE070, mã VIE071."],
    ["a number that is no value of observations.csv", "Câu lạc bộ hoạt động trong 8 lĩnh vực; người từ 60 tuổi."],
    ["a number in inline code", "Mã `15` không phải số liệu."],
    ["a number only in a link's address", "[Xem bài](https://example.org/15)."],
  ])("accepts %s", (_, body) => {
    const result = checkBody(body);
    expect(locate(result)).toEqual([]);
    expect(result.stories.map((s) => s.slug)).toContain("thu");
  });

  it("reads numbers the English way in an English story: 190,000 and 1.24", () => {
    const result = checkStory(
      story({ lang: "en" }, "Over 190,000 people; 1.24 times; nearly 1,000 members; 70% older people; 60+ and 8 areas."),
      "stories/en/test.md",
    );
    expect(locate(result)).toEqual([
      "data/stories/en/test.md:15:6 story-typed-figure",
      "data/stories/en/test.md:15:22 story-typed-figure",
      "data/stories/en/test.md:15:41 story-typed-figure",
      "data/stories/en/test.md:15:56 story-typed-figure",
    ]);
  });
});

describe("checkSite: Markdown a story page would not show as written", () => {
  it.each([
    ["a level-1 heading", "# Tiêu đề\n\nNội dung.", [at(1, 1, "story-heading")]],
    ["raw inline HTML", "Nội dung <b>đậm</b>.", [at(1, 10, "markdown-html")]],
    ["a raw HTML block", 'Nội dung.\n\n<script>alert("x")</script>', [at(3, 1, "markdown-html")]],
    ["a javascript: link", "Xem [đây](javascript:alert(document.domain)).", [at(1, 5, "markdown-link")]],
    ["a javascript: link definition", "Xem [đây][a].\n\n[a]: javascript:void(0)", [at(3, 1, "markdown-link")]],
    ["an image from another host", "Ảnh: ![ảnh](https://evil.example/x.png)", [at(1, 6, "markdown-link")]],
    ["an unknown text directive", "Chữ :abbr[x] ở đây.", [at(1, 5, "story-directive")]],
    ["an unknown container directive", "Nội dung.\n\n:::note\nGhi chú\n:::", [at(3, 1, "story-directive")]],
    ["a figure written as a leaf directive", "::figure{indicator=vie070_clubs area=vinh-phuc}", [at(1, 1, "story-directive")]],
    ["a chart written as a text directive", "Xem :chart{id=club-members} đây.", [at(1, 5, "story-directive")]],
    ["an unknown chart id", "Nội dung.\n\n::chart{id=nope}", [at(3, 1, "story-chart")]],
    ["a chart with another attribute", "Nội dung.\n\n::chart{id=club-members extra=1}", [at(3, 1, "story-chart")]],
    ["a bidi override", "Chữ abc\u202edcba ở đây.", [at(1, 8, "invisible-character")]],
    ["a zero-width space", "Chữ a\u200bb ở đây.", [at(1, 6, "invisible-character")]],
    ["an empty body", "", [`${FILE}:1:1 story-empty`]],
    ["a body of blank lines", "\n\n   \n", [`${FILE}:1:1 story-empty`]],
  ])("refuses %s", (_, body, expected) => {
    expect(locate(checkBody(body))).toEqual(expected);
  });

  it("accepts a chart from the catalogue on a line of its own", () => {
    expect(locate(checkBody("Nội dung.\n\n::chart{id=club-members}\n\nNội dung tiếp."))).toEqual([]);
  });

  it("keeps a story with a hidden character out of `stories`", () => {
    expect(checkBody("Chữ abc\u202edcba ở đây.").stories.map((s) => s.slug)).not.toContain("thu");
  });

  it("refuses a bidi override written as a YAML escape in the title", () => {
    expect(locate(checkStory(story({ title: '"Câu lạc bộ \\u202Ethôn Đông"' })))).not.toEqual([]);
  });

  it("refuses a ::chart inside a list item, which the page cannot place", () => {
    expect(locate(checkBody("- ::chart{id=club-members}"))).not.toEqual([]);
  });
});
