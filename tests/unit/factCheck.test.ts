import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkPage, factIndex, tokens, type PageReport } from "../support/factCheck.ts";
import { readFacts } from "../support/factCheckData.ts";
import { pageText } from "../support/factCheckPage.ts";
import { factCheckSummary } from "../support/factCheckSummary.ts";
import { FIXTURE_DIR } from "../support/packageFiles.ts";

/*
 * The fact-check's rules on a small page written like a built one, over the frozen fixture
 * package: the page passes, and altering any one figure on it (a digit, a rank, a dropped
 * qualifier, a tick) makes it fail with the page and the text around the number. A story page
 * the same way, over a copy of the fixture with one story more.
 */

const facts = readFacts(FIXTURE_DIR);
const index = factIndex(facts, { siteOrigins: ["http://127.0.0.1:4321"] });
const file = (path: string) => facts.files.find((f) => f.path === path)!;
const kb = (path: string) => Math.max(1, Math.round(file(path).bytes / 1024));

const PAGE = `<!doctype html><html lang="vi"><head><title>Người cao tuổi ở Vĩnh Phúc</title>
<meta name="description" content="Số liệu về người cao tuổi"><script>const x = 12345;</script><style>p{margin:3px}</style></head><body>
<p class="figure">Hơn 190.000</p><p>Người từ 60 tuổi trở lên (2022)</p>
<p>Năm 2022, Vĩnh Phúc có hơn 190.000 người từ 60 tuổi trở lên, trong đó hơn 32.000 người hưởng trợ cấp — khoảng 17%, tức chừng 1 trong 6 người.</p>
<p>Hơn 15,8% dân số trung bình năm 2022 là người từ 60 tuổi trở lên.</p>
<p>Dân số (1/4/2019): 1.151.154. So với 2009, dân số toàn tỉnh tăng 15,1%.</p>
<p>Mức chuẩn tăng từ 120.000 đồng/tháng lên 500.000 đồng/tháng (Nghị định 76/2024/NĐ-CP, từ 1/7/2024), gấp 4,2 lần.</p>
<svg role="img" aria-label="Mức chuẩn">
  <g aria-hidden="true"><path d="M0,0L0,6"/></g>
  <g style="font-variant: tabular-nums"><text>2010</text><text>2015</text><text>2020</text><text>2025</text></g>
  <circle aria-label="Nghị định 20/2021/NĐ-CP (1/7/2021): 360.000 đồng/tháng"><title>Nghị định 20/2021/NĐ-CP (1/7/2021): 360.000 đồng/tháng</title></circle>
  <g><text>360</text><text>500</text></g><g><text>NĐ 20</text><text>NĐ 76</text></g>
  <text><tspan>Thuộc hộ nghèo, không có người</tspan><tspan>phụng dưỡng, từ 60 đến 80 tuổi</tspan></text>
  <path aria-label="Vĩnh Yên: +26,3% — hạng 1/9"/><path aria-label="Yên Lạc: +7,7% — hạng 9/9"/>
</svg>
<table><thead><tr><th>Hạng</th><th>Huyện, thành phố</th><th>Dân số</th></tr></thead>
<tbody><tr><td>1</td><td>Vĩnh Tường</td><td>205.345</td></tr><tr><td>2</td><td>Yên Lạc</td><td>156.456</td></tr><tr><td>3</td><td>Lập Thạch</td><td>136.150</td></tr></tbody></table>
<table><thead><tr><th>Hạng</th><th>Huyện, thành phố</th><th>Số xã, phường, thị trấn</th></tr></thead>
<tbody><tr><td>1</td><td>Vĩnh Tường</td><td>28</td></tr><tr><td>2</td><td>Lập Thạch</td><td>20</td></tr><tr><td>3 (đồng hạng)</td><td>Sông Lô</td><td>17</td></tr><tr><td>3 (đồng hạng)</td><td>Yên Lạc</td><td>17</td></tr></tbody></table>
<svg><path aria-label="Phúc Yên: 10 — hạng 7/9"/><text><tspan>Thuộc hộ nghèo, không có người phụng dưỡng, từ 80 tuổi trở lên: × 2</tspan></text>
<circle aria-label="1979: 6,9%"/><circle aria-label="2019: 11,8%"/></svg>
<p>Dữ liệu mô tả tỉnh Vĩnh Phúc cũ và 9 huyện, thành phố của tỉnh.</p>
<ul><li>sources.csv — Nguồn (${file("sources.csv").rows} dòng, ${kb("sources.csv")} KB)</li><li>areas.csv — Đơn vị hành chính (${file("areas.csv").rows} dòng, ${kb("areas.csv")} KB)</li></ul>
<p lang="en">Population (1 April 2019): 1,151,154; over 190,000 people aged 60 and over.</p>
<footer><p>Dữ liệu: giấy phép CC BY 4.0 — được dùng lại, ghi rõ nguồn.</p><p>Phiên bản dữ liệu <a href="/data/">2.0.0</a> · Cập nhật trang <time datetime="2026-11-30">30/11/2026</time></p></footer>
</body></html>`;

const check = (html: string): PageReport => checkPage(index, "/fixture/", html);
const kindOf = (report: PageReport, context: string) => report.numbers.find((n) => n.context.includes(context));

describe("reading a page", () => {
  it("keeps table cells, chart labels and attributes apart, and an SVG label's lines together", () => {
    const text = pageText(PAGE);
    const segments = text.segments.map((s) => s.text);
    expect(segments).toContain("205.345");
    expect(segments).not.toContain(expect.stringContaining("Vĩnh Tường205.345"));
    expect(segments).toContain("Thuộc hộ nghèo, không có người phụng dưỡng, từ 60 đến 80 tuổi");
    expect(text.segments.find((s) => s.text === "Vĩnh Yên: +26,3% — hạng 1/9")?.channel).toBe("aria-label");
    expect(text.segments.find((s) => s.channel === "document title")?.text).toBe("Người cao tuổi ở Vĩnh Phúc");
    expect(text.segments.find((s) => s.text === "2015")?.ticks).toEqual(["2010", "2015", "2020", "2025"]);
    expect(text.segments.find((s) => s.text.startsWith("Population"))?.lang).toBe("en");
    expect(text.text).not.toContain("12345");
  });

  it("reads dates, ranks, decrees and signed numbers as single tokens", () => {
    expect(tokens("Dân số (1/4/2019): +26,3% — hạng 8/9, Nghị định 20/2021/NĐ-CP, VIE070, 2.0.0").map((t) => [t.text, t.shape])).toEqual([
      ["1/4/2019", "date"],
      ["+26,3", "number"],
      ["8/9", "fraction"],
      ["20/2021/NĐ-CP", "code"],
      ["VIE070", "code"],
      ["2.0.0", "version"],
    ]);
    expect(tokens("Population (1 April 2019): rank 3 of 9").map((t) => [t.text, t.shape, t.iso ?? t.parts?.join("/")])).toEqual([
      ["1 April 2019", "date", "2019-04-01"],
      ["3 of 9", "rank", "3/9"],
    ]);
  });
});

describe("the fact-check", () => {
  const report = check(PAGE);

  it("accepts every number of a page made from the package", () => {
    expect(report.findings).toEqual([]);
    expect(report.numbers.length).toBeGreaterThan(40);
  });

  it.each([
    ["Hơn ⟦190.000⟧", "observation", "a row of observations.csv, with its qualifier"],
    ["Dân số (⟦1/4/2019⟧)", "date", "a date or period in data/"],
    ["tăng ⟦15,1⟧%", "computation", "population change %"],
    ["Hơn ⟦15,8⟧%", "computation", "share"],
    ["gấp ⟦4,2⟧ lần", "computation", "ratio within a series"],
    ["hạng ⟦1/9⟧", "computation", "rank among districts"],
    ["⟦2015⟧", "structure", "axis ticks (evenly spaced round numbers)"],
    ["⟦360⟧", "computation", "amount in thousands"],
    ["NĐ ⟦20⟧", "data text", "the short number of a legal instrument in data/"],
    ["từ ⟦60⟧ đến 80 tuổi", "data text", "quoted from a text in data/"],
    ["Nghị định ⟦76/2024/NĐ-CP⟧", "data text", "a name or code written in data/"],
    ["và ⟦9⟧ huyện", "computation", "count of districts"],
    ["Cập nhật trang ⟦30/11/2026⟧", "date", "the page's build date (<time> in the footer)"],
    ["dữ liệu ⟦2.0.0⟧", "structure", "the data version (datapackage.json)"],
    ["CC BY ⟦4.0⟧", "structure", "a licence's version, named in data/"],
    ["Population (⟦1 April 2019⟧)", "date", "a date or period in data/"],
    ["over ⟦190,000⟧", "observation", "a row of observations.csv, with its qualifier"],
  ])("classifies %s as %s (%s)", (context, kind, rule) => {
    expect(kindOf(report, context)).toMatchObject({ kind, rule });
  });

  it("checks a rank in a table against the column it ranks, ties ranking equally", () => {
    expect(report.numbers.filter((n) => n.rule === "rank in its table").map((n) => n.token)).toEqual(["1", "2", "3", "1", "2", "3", "3"]);
  });

  it("lists the computations it used with their input rows", () => {
    const summary = factCheckSummary([report]);
    expect(summary).toContain("population change % — Vĩnh Phúc 2009-04-01 → 2019-04-01");
    expect(summary).toMatch(/observations\.csv:\d+ \(26 population 2009-04-01 = 999786\)/);
    expect(summary).toMatch(/share — elderly_60plus 2022 ÷ population_average 2022, Vĩnh Phúc .*190000 over/);
  });

  // One figure altered at a time, as a wrong edit to a built page would: each must be reported
  // with the page, the number and the text around it.
  it.each([
    ["a digit of an observation", "<td>205.345</td>", "<td>205.346</td>", "205.346"],
    ["a population change", "+26,3% — hạng 1/9", "+26,4% — hạng 1/9", "+26,4"],
    ["a rank", "+7,7% — hạng 9/9", "+7,7% — hạng 8/9", "8/9"],
    ["a rank in a table", "<td>2</td><td>Yên Lạc</td>", "<td>3</td><td>Yên Lạc</td>", "3"],
    ["a share rounded up though its input is a lower bound", "Hơn 15,8%", "Hơn 15,9%", "15,9"],
    ["a ratio", "gấp 4,2 lần", "gấp 4,3 lần", "4,3"],
    ["the source's qualifier dropped", "có hơn 190.000 người", "có 190.000 người", "190.000"],
    ["a date", "Dân số (1/4/2019)", "Dân số (2/4/2019)", "2/4/2019"],
    ["an axis tick", "<text>2015</text>", "<text>2016</text>", "2016"],
    ["an amount in thousands", "<text>360</text>", "<text>361</text>", "361"],
    ["a count of districts", "và 9 huyện", "và 10 huyện", "10"],
    ["a figure in an aria-label only", '(1/7/2021): 360.000 đồng/tháng"', '(1/7/2021): 360.001 đồng/tháng"', "360.001"],
    ["an English figure", "Population (1 April 2019): 1,151,154", "Population (1 April 2019): 1,151,155", "1,151,155"],
    ["a number in a quoted name", "từ 60 đến 80 tuổi</tspan>", "từ 60 đến 81 tuổi</tspan>", "81"],
    ["a decree", "NĐ 20</text>", "NĐ 21</text>", "21"],
    ["the build date shown unlike its datetime", ">30/11/2026</time>", ">29/11/2026</time>", "29/11/2026"],
    ["a licence data/ does not name", "CC BY 4.0", "CC BY 5.0", "5.0"],
    ["a tie ranked apart", "<td>3 (đồng hạng)</td><td>Yên Lạc</td>", "<td>4</td><td>Yên Lạc</td>", "4"],
    ["another district's figure beside a district", "Phúc Yên: 10 — hạng 7/9", "Phúc Yên: 9 — hạng 7/9", "9"],
    ["another group's coefficient beside a group", "từ 80 tuổi trở lên: × 2", "từ 80 tuổi trở lên: × 1,5", "1,5"],
    ["a figure under another year", "1979: 6,9%", "1989: 6,9%", "6,9"],
    [
      "another table's row count on a download",
      `sources.csv — Nguồn (${file("sources.csv").rows} dòng`,
      `sources.csv — Nguồn (${file("areas.csv").rows} dòng`,
      String(file("areas.csv").rows),
    ],
  ])("reports %s", (_, from, to, token) => {
    expect(PAGE).toContain(from);
    const altered = check(PAGE.replace(from, to));
    expect(altered.page).toBe("/fixture/");
    const finding = altered.findings.find((f) => f.token === token);
    expect(finding, JSON.stringify(altered.findings)).toBeDefined();
    expect(finding!.context).toContain(`⟦${token}⟧`);
  });
});

// A story page as StoryPage.astro renders one: figures from observations.csv with their source
// marks, a typed number from the story's own text, a heading shown whole, the publication date.
const STORY = `---
title: "Câu lạc bộ trên cả nước"
summary: "Các câu lạc bộ liên thế hệ có ở những đâu?"
lang: vi
published: 2026-11-26
author: "Ban biên tập dữ liệu"
sources: [ldxh-2022, baovinhphuc-2020]
---

Theo một báo cáo, cả 63 tỉnh, thành phố đã có câu lạc bộ; Vĩnh Phúc có :figure{indicator=vie070_clubs area=vinh-phuc period=2020} câu lạc bộ.

## Tháng 7/2025

- Năm 2022, các câu lạc bộ có :figure{indicator=vie070_members area=vinh-phuc period=2022} hội viên.
`;

const LDXH = "Vĩnh Phúc: Đẩy mạnh hoạt động của Mô hình Câu lạc bộ Liên thế hệ tự giúp nhau";
const BVP = "Nhân rộng và đổi mới mô hình hoạt động CLB liên thế hệ tự giúp nhau";
const figure = (value: string, period: string, shown: string, source: string, n: number, title: string) =>
  `<span class="story-figure"><data value="${value}" title="Số liệu ${period}">${shown}</data><a class="story-figure-source" href="#source-${source}" aria-label="Nguồn ${n}: ${title}"><sup>[${n}]</sup></a></span>`;

const STORY_PAGE = `<!doctype html><html lang="vi"><head><title>Câu lạc bộ trên cả nước · Người cao tuổi Vĩnh Phúc</title></head><body><main><article>
<h1>Câu lạc bộ trên cả nước</h1>
<p class="meta">Ban biên tập dữ liệu · Đăng ngày <time datetime="2026-11-26">26/11/2026</time></p>
<div class="story-body"><p>Theo một báo cáo, cả 63 tỉnh, thành phố đã có câu lạc bộ; Vĩnh Phúc có ${figure("15", "2020", "15", "baovinhphuc-2020", 2, BVP)} câu lạc bộ.</p>
<h2>Tháng 7/2025</h2>
<ul><li>Năm 2022, các câu lạc bộ có ${figure("1000", "2022", "gần 1.000", "ldxh-2022", 1, LDXH)} hội viên, ${figure("70", "2022", "70%", "ldxh-2022", 1, LDXH)} là người cao tuổi.</li></ul></div>
<section><h2>Nguồn</h2><ol class="sources"><li id="source-ldxh-2022">Báo Lao động và Xã hội, “${LDXH}”</li><li id="source-baovinhphuc-2020">Báo Vĩnh Phúc, “${BVP}”</li></ol></section>
</article></main><footer><p>Cập nhật trang <time datetime="2026-11-30">30/11/2026</time></p></footer></body></html>`;

describe("the fact-check of a story page", () => {
  const dir = mkdtempSync(join(tmpdir(), "factcheck-story-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  writeFileSync(join(dir, "stories", "vi", "cau-lac-bo-tren-ca-nuoc.md"), STORY);
  const storyIndex = factIndex(readFacts(dir), { siteOrigins: ["http://127.0.0.1:4321"] });
  const checkStory = (html: string) => checkPage(storyIndex, "/stories/cau-lac-bo-tren-ca-nuoc/", html);
  const report = checkStory(STORY_PAGE);

  it("accepts every number of a story made from the package", () => {
    expect(report.findings).toEqual([]);
  });

  it.each([
    ["có ⟦15⟧[2] câu lạc bộ", "observation", "a row of observations.csv", "observations.csv"],
    ["có gần ⟦1.000⟧[1] hội viên", "observation", "a row of observations.csv, with its qualifier", "vie070_members 2022"],
    [
      "15[⟦2⟧] câu lạc bộ",
      "structure",
      "a story figure's source number (its entry in the page's sources list)",
      "#source-baovinhphuc-2020 is entry 2",
    ],
    [
      "Nguồn ⟦1⟧: Vĩnh Phúc",
      "structure",
      "a story figure's source number (its entry in the page's sources list)",
      "#source-ldxh-2022 is entry 1",
    ],
    ["cả ⟦63⟧ tỉnh", "data text", "quoted from a text in data/", "stories/vi/cau-lac-bo-tren-ca-nuoc.md"],
    ["Tháng ⟦7/2025⟧", "data text", "a story's text shown whole", "stories/vi/cau-lac-bo-tren-ca-nuoc.md"],
    ["Đăng ngày ⟦26/11/2026⟧", "date", "a date or period in data/", "stories/vi/cau-lac-bo-tren-ca-nuoc.md published"],
    ["Cập nhật trang ⟦30/11/2026⟧", "date", "the page's build date (<time> in the footer)", "2026-11-30"],
  ])("classifies %s as %s (%s)", (context, kind, rule, input) => {
    const found = kindOf(report, context);
    expect(found).toMatchObject({ kind, rule });
    expect(found!.inputs.join(" ")).toContain(input);
  });

  it("reads the period of the figure from its title and its source from its mark", () => {
    const members = report.numbers.find((n) => n.context.includes("gần ⟦1.000⟧"))!;
    // The fixture has vie070_members 1000 "nearly" for 2020 too, from another source: only 2022's is named.
    expect(members.inputs).toHaveLength(1);
    expect(members.inputs[0]).toMatch(/vie070_members 2022 = 1000 nearly/);
  });

  // One change at a time to a story as a wrong edit or a renderer's bug would make it.
  it.each([
    ["a digit of a story figure", ">gần 1.000</data>", ">gần 1.001</data>", "1.001"],
    ["a story figure's value", '<data value="15"', '<data value="16"', "15"],
    ["a story figure under another period", 'title="Số liệu 2020">15', 'title="Số liệu 2021">15', "15"],
    [
      "a story figure linked to another row's source",
      `"#source-ldxh-2022" aria-label="Nguồn 1: ${LDXH}"><sup>[1]</sup></a></span> hội viên`,
      `"#source-baovinhphuc-2020" aria-label="Nguồn 2: ${BVP}"><sup>[2]</sup></a></span> hội viên`,
      "1.000",
    ],
    ["a story figure without its qualifier", ">gần 1.000</data>", ">1.000</data>", "1.000"],
    [
      "a figure that only the story's own text has",
      "cả 63 tỉnh",
      'cả <span class="story-figure"><data value="63" title="Số liệu 2022">63</data></span> tỉnh',
      "63",
    ],
    ["a source number that is not its source's place in the list", "<sup>[2]</sup>", "<sup>[3]</sup>", "3"],
    ["a source number in a link's label that is not its source's place", `Nguồn 2: ${BVP}`, `Nguồn 3: ${BVP}`, "3"],
    ["a source mark that links to no entry of the list", '<li id="source-baovinhphuc-2020">', '<li id="source-other">', "2"],
    ["a number typed in a story that its text does not have", "cả 63 tỉnh", "cả 64 tỉnh", "64"],
  ])("reports %s", (_, from, to, token) => {
    expect(STORY_PAGE).toContain(from);
    const altered = checkStory(STORY_PAGE.replace(from, to));
    const finding = altered.findings.find((f) => f.token === token);
    expect(finding, JSON.stringify(altered.findings)).toBeDefined();
    expect(finding!.context).toContain(`⟦${token}⟧`);
  });
});
