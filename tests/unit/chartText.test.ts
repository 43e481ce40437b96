import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Chart } from "../../src/lib/charts/Chart.ts";
import { CHART_IDS, chartFor, type ChartId } from "../../src/lib/charts/registry.ts";
import { renderSvg } from "../../src/lib/charts/renderSvg.ts";
import { WIDTHS } from "../../src/lib/charts/theme.ts";
import type { Observation, SiteData } from "../../src/lib/data/SiteData.ts";
import { formatFigure } from "../../src/lib/format/formatFigure.ts";
import { formatNumber } from "../../src/lib/format/formatNumber.ts";
import { LANGS, type Lang } from "../../src/lib/i18n/lang.ts";
import { FIXTURE_DIR, mustLoad, readPackage, text, withFiles } from "../support/packageFiles.ts";

/*
 * The words around each chart, checked against the data. Expected figures are read straight from
 * the CSV files (not through SiteData), so a chart that picks the wrong row is caught, not echoed.
 */

/** The fixture package, by path inside it: tests of code never read the live data/. */
const FILES = readPackage(FIXTURE_DIR);

type CsvRow = Readonly<Record<string, string>>;
function csv(name: string): readonly CsvRow[] {
  const bytes = FILES.get(name);
  if (!bytes) throw new Error(`data/${name} is missing`);
  return Papa.parse<CsvRow>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true }).data;
}

const OBSERVATIONS = csv("observations.csv");
const SOURCES = new Map(csv("sources.csv").map((s) => [s["id"] ?? "", s]));
const UNITS = new Map(csv("indicators.csv").map((i) => [i["id"] ?? "", i["unit"] ?? ""]));
const DISTRICTS = csv("areas.csv").filter((a) => a["level"] === "district" && a["parent"] === "26");
const districtName = (code: string, lang: Lang) => DISTRICTS.find((d) => d["code"] === code)?.[`name_${lang}`] ?? code;

/** A copy of the fixture in memory, with edits to whole lines of observations.csv, validated and loaded. */
function dataWith(edit: (lines: string[]) => string[]): SiteData {
  return mustLoad(withFiles(FILES, { "observations.csv": edit(text(FILES, "observations.csv").split("\n")).join("\n") }));
}

const replaceLine = (start: string, line: string | null) => (lines: string[]) => {
  const at = lines.findIndex((l) => l.startsWith(start));
  if (at < 0) throw new Error(`no line of observations.csv starts with ${start}`);
  return line === null ? lines.toSpliced(at, 1) : lines.toSpliced(at, 1, line);
};

/** Reads a number as the language writes it: `190.000` and `11,8` in Vietnamese, `190,000` and `11.8` in English. */
function parseNumber(text: string, lang: Lang): number | null {
  const match = (lang === "vi" ? /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/ : /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/).exec(text);
  if (!match) return null;
  const [group, decimal] = lang === "vi" ? [".", ","] : [",", "."];
  return Number(match[0].replaceAll(group, "").replace(decimal, "."));
}

const data = mustLoad(FILES);
const IDS = CHART_IDS;
const chart = (id: ChartId, lang: Lang, highlight?: string, from: SiteData = data): Chart =>
  chartFor(id, highlight === undefined ? { data: from, lang } : { data: from, lang, highlight });
const everyChart = IDS.flatMap((id) => LANGS.map((lang) => ({ id, lang, chart: chart(id, lang) })));

function svgDocument(svg: string): Document {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

describe("chart ids", () => {
  it("are unique and stable: embeds and anchors link to them", () => {
    expect(IDS).toEqual([
      "elderly-allowance",
      "allowance-base-level",
      "allowance-coefficients",
      "club-plan",
      "club-members",
      "club-activities",
      "district-population",
      "district-communes",
      "vietnam-ageing",
    ]);
    expect(new Set(IDS).size).toBe(IDS.length);
  });

  it.each(everyChart)("$id in $lang returns its own id, and the data version for its source line", ({ id, chart }) => {
    expect(chart.id).toBe(id);
    expect(chart.dataVersion).toBe(data.version);
  });
});

describe("a chart whose figures are missing from data/", () => {
  const without = (indicator: string) => dataWith((lines) => lines.filter((l) => !l.includes(`,${indicator},`)));
  it("club-activities still draws the teams when only the home-care figures are withdrawn", () => {
    const chart = chartFor("club-activities", { data: without("vie070_homecare_people_helped"), lang: "en" });
    expect(chart.missing).toBeUndefined();
    expect(chart.summary).toMatch(/^In 2022, the 15 VIE070 clubs had .+\. .+ of the clubs had a home-care volunteer team\.$/);
    expect(chart.notes).toEqual([]);
  });

  it.each([
    ["elderly-allowance", "elderly_allowance_recipients", "Older people receiving the monthly social allowance"],
    ["club-members", "vie070_members", "Members of the VIE070 clubs"],
    ["allowance-base-level", "allowance_base_level", "Social assistance base level"],
    ["district-population", "population", "Population"],
  ] as const)("%s says 'no data' and names %s instead of crashing", (id, indicator, name) => {
    const chart = chartFor(id, { data: without(indicator), lang: "en" });
    expect(chart.id).toBe(id);
    expect(chart.missing).toBe(true);
    expect(chart.summary).toContain(`“${name}”`);
    expect(chart.table.rows).toEqual([]);
    expect(renderSvg(chart, WIDTHS.narrow)).toContain("no data");
  });
});

describe("every chart's text", () => {
  it.each(IDS)("%s has a different title, subtitle and summary in Vietnamese and English", (id) => {
    const [vi, en] = [chart(id, "vi"), chart(id, "en")];
    expect(vi.title).not.toBe(en.title);
    expect(vi.subtitle).not.toBe(en.subtitle);
    expect(vi.summary).not.toBe(en.summary);
  });

  it.each(everyChart)("$id in $lang never shows undefined, NaN, null or a stray space", ({ chart }) => {
    const texts = [
      chart.title,
      chart.subtitle,
      chart.unit,
      chart.summary,
      ...chart.notes,
      ...chart.sources.map((s) => s.label),
      ...chart.table.columns.map((c) => c.label),
      ...chart.table.rows.flat(),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/undefined|NaN|null|\[object/);
      expect(text).not.toMatch(/ {2}| [.,;:]|^\s|\s$/);
      expect(text).not.toBe("");
    }
  });

  it.each(everyChart)("$id in $lang has a source, and every source id exists in data/sources.csv", ({ chart }) => {
    expect(chart.sources.length).toBeGreaterThan(0);
    expect(new Set(chart.sources.map((s) => s.id)).size).toBe(chart.sources.length);
    for (const source of chart.sources) {
      const row = SOURCES.get(source.id);
      expect(row, `source ${source.id}`).toBeDefined();
      expect(source.label).toContain(row?.["publisher"]);
      expect(source.label).toContain(row?.["title"]);
    }
  });

  it.each(everyChart)("$id in $lang has a table with a cell for every column and no missing figure", ({ chart }) => {
    expect(chart.table.rows.length).toBeGreaterThan(0);
    for (const row of chart.table.rows) {
      expect(row).toHaveLength(chart.table.columns.length);
      expect(row).not.toContain("—");
    }
  });
});

/** Columns computed from other cells, not read from the data: checked on their own below. */
const DERIVED: Partial<Record<ChartId, readonly number[]>> = { "district-population": [3] };

describe("every number in a chart table appears, formatted, in data/observations.csv", () => {
  it.each(everyChart)("$id in $lang", ({ id, lang, chart }) => {
    const cited = new Set(chart.sources.map((s) => s.id));
    chart.table.columns.forEach((column, c) => {
      if (!column.numeric || DERIVED[id]?.includes(c)) return;
      for (const row of chart.table.rows) {
        // "69 (chỉ tiêu)": the figure, then what kind of figure it is.
        const cell = (row[c] ?? "").replace(/ \([^)]*\)$/, "");
        const value = parseNumber(cell, lang);
        expect(value, `"${cell}" has no number`).not.toBeNull();
        const formatted = OBSERVATIONS.filter((o) => Number(o["value"]) === value && cited.has(o["source"] ?? "")).map((o) =>
          formatFigure(
            { value: Number(o["value"]), qualifier: o["qualifier"] as Observation["qualifier"] },
            UNITS.get(o["indicator"] ?? "") as never,
            lang,
          ),
        );
        expect(formatted, `"${cell}" (${row[0]}) is not a figure from a cited source`).toContain(cell);
      }
    });
  });

  it.each(LANGS)("district-population's change column is the growth between its two census cells (%s)", (lang) => {
    for (const [name, before, after, change] of chart("district-population", lang).table.rows) {
      const growth = (parseNumber(after ?? "", lang)! / parseNumber(before ?? "", lang)! - 1) * 100;
      expect(Math.abs(parseNumber(change ?? "", lang)! - growth), `${name}: ${change}`).toBeLessThanOrEqual(0.05);
    }
  });
});

describe("elderly-allowance", () => {
  it('summary keeps both "hơn" qualifiers', () => {
    const vi = chart("elderly-allowance", "vi");
    expect(vi.summary).toContain("hơn 190.000 người từ 60 tuổi");
    expect(vi.summary).toContain("hơn 32.000 người hưởng trợ cấp");
    expect(vi.table.rows.map((r) => r[1])).toEqual(["hơn 190.000", "hơn 32.000"]);
  });

  it('summary keeps both "over" qualifiers in English', () => {
    const en = chart("elderly-allowance", "en");
    expect(en.summary).toContain("over 190,000 people aged 60");
    expect(en.summary).toContain("over 32,000 received");
    expect(en.table.rows.map((r) => r[1])).toEqual(["over 190,000", "over 32,000"]);
  });

  it("says the exact share is unknown, since both figures are minimums", () => {
    expect(chart("elderly-allowance", "vi").summary).toContain("tỷ lệ chính xác không xác định được");
    expect(chart("elderly-allowance", "en").summary).toContain("the exact share is not known");
  });

  it('"one in every N" is computed from the two figures, and said as a native writer would', () => {
    const value = (indicator: string) =>
      Number(OBSERVATIONS.find((o) => o["indicator"] === indicator && o["area"] === "26" && o["period"] === "2022")?.["value"]);
    const n = Math.round(value("elderly_60plus") / value("elderly_allowance_recipients"));
    expect(chart("elderly-allowance", "en").summary).toContain(`roughly one older person in every ${n}.`);
    expect(chart("elderly-allowance", "vi").summary).toContain(`cứ chừng ${n} người cao tuổi thì có 1 người hưởng trợ cấp`);
    expect(chart("elderly-allowance", "vi").summary).not.toContain("1 trong");
  });
});

describe("club-plan", () => {
  it("calls 69 a target, not an achievement (vi)", () => {
    const vi = chart("club-plan", "vi");
    expect(vi.summary).toContain("đặt chỉ tiêu thành lập mới 69 câu lạc bộ");
    expect(vi.summary).toContain("Đây là chỉ tiêu, không phải kết quả");
    expect(vi.summary).not.toMatch(/(đã|được) (thành )?lập 69/);
    expect(vi.table.rows.map((r) => r[1])).toContain("69 (chỉ tiêu)");
  });

  it("calls 69 a target, not an achievement (en)", () => {
    const en = chart("club-plan", "en");
    expect(en.summary).toContain("targets 69 new clubs");
    expect(en.summary).toContain("This is a target, not an achievement");
    expect(en.summary).not.toMatch(/(set up|created|established) 69/);
    expect(en.table.rows.map((r) => r[1])).toContain("69 (target)");
  });

  it("draws the target as an outline, not a filled bar", () => {
    const document = svgDocument(renderSvg(chart("club-plan", "en"), WIDTHS.wide));
    const target = [...document.querySelectorAll("rect")].find((r) => r.getAttribute("aria-label")?.includes("69 (target)"));
    expect(target?.getAttribute("fill") ?? target?.parentElement?.getAttribute("fill")).toBe("none");
  });

  // Plot takes strokeDasharray only as a constant: a function would be written out as its source text.
  it("draws the target's outline dashed, as its note says", () => {
    const document = svgDocument(renderSvg(chart("club-plan", "en"), WIDTHS.wide));
    const target = [...document.querySelectorAll("rect")].find((r) => r.getAttribute("aria-label")?.includes("69 (target)"));
    const dash = target?.getAttribute("stroke-dasharray") ?? target?.parentElement?.getAttribute("stroke-dasharray") ?? "";
    expect(dash).toMatch(/^\d+(\.\d+)?[ ,]\d+(\.\d+)?$/);
  });
});

describe("district-population", () => {
  const census2019 = OBSERVATIONS.filter(
    (o) => o["indicator"] === "population" && o["period"] === "2019-04-01" && DISTRICTS.some((d) => d["code"] === o["area"]),
  ).toSorted((a, b) => Number(b["value"]) - Number(a["value"]));
  const most = census2019[0]!;
  const least = census2019.at(-1)!;

  it("names the most and least populous districts from the 2019 census", () => {
    const n = (o: CsvRow, lang: Lang) => formatNumber(Number(o["value"]), lang);
    expect(chart("district-population", "vi").summary).toContain(
      `${districtName(most["area"]!, "vi")} đông dân nhất (${n(most, "vi")} người), ${districtName(least["area"]!, "vi")} ít dân nhất (${n(least, "vi")})`,
    );
    expect(chart("district-population", "en").summary).toContain(
      `${districtName(most["area"]!, "en")} was the most populous (${n(most, "en")} people); ${districtName(least["area"]!, "en")} was the least (${n(least, "en")})`,
    );
  });

  it("names the fastest and slowest growing districts since 2009", () => {
    const growth = DISTRICTS.map((d) => {
      const value = (period: string) =>
        Number(OBSERVATIONS.find((o) => o["indicator"] === "population" && o["area"] === d["code"] && o["period"] === period)?.["value"]);
      return { code: d["code"]!, growth: value("2019-04-01") / value("2009-04-01") - 1 };
    }).toSorted((a, b) => b.growth - a.growth);
    const summary = chart("district-population", "vi").summary;
    expect(summary).toContain(`${districtName(growth[0]!.code, "vi")} tăng nhanh nhất`);
    expect(summary).toContain(`${districtName(growth.at(-1)!.code, "vi")} chậm nhất`);
  });

  it("lists the districts largest first at the 2019 census", () => {
    expect(chart("district-population", "vi").table.rows.map((r) => r[0])).toEqual(census2019.map((o) => districtName(o["area"]!, "vi")));
  });

  it("draws the district of a district page in the highlight colour", () => {
    const document = svgDocument(renderSvg(chart("district-population", "vi", "249"), WIDTHS.narrow));
    const bar = [...document.querySelectorAll("rect")].find((r) => r.getAttribute("aria-label")?.startsWith("Bình Xuyên, 2019"));
    expect(bar?.getAttribute("fill")).toBe("var(--chart-highlight)");
  });

  // Plot's text mark takes fontWeight only as a constant, so the emphasised name is a mark of its own.
  it("sets the name of the district of a district page in bold", () => {
    const document = svgDocument(renderSvg(chart("district-population", "vi", "249"), WIDTHS.narrow));
    const name = [...document.querySelectorAll("text")].find((t) => t.textContent === "Bình Xuyên");
    const weight = name?.getAttribute("font-weight") ?? name?.parentElement?.getAttribute("font-weight");
    expect(weight).toMatch(/^(700|800|bold)$/);
  });
});

describe('a district with no data is drawn as "no data", never as zero', () => {
  // Bình Xuyên loses its 2019 census figure; the province total still adds up for 2009.
  const missing = dataWith(replaceLine("249,population,2019-04-01,", null));

  it.each(LANGS.flatMap((lang) => (Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]).map((width) => ({ lang, width }))))(
    "district-population in $lang at the $width width",
    ({ lang, width }) => {
      const noData = lang === "vi" ? "chưa có số liệu" : "no data";
      const svg = renderSvg(chart("district-population", lang, undefined, missing), WIDTHS[width]);
      const document = svgDocument(svg);
      const pattern = `chart-district-population-${WIDTHS[width]}-no-data`;
      expect(document.querySelector(`pattern[id="${pattern}"]`)).not.toBeNull();
      const bars = [...document.querySelectorAll("rect")].filter((r) => r.getAttribute("aria-label")?.startsWith("Bình Xuyên, 2019"));
      expect(bars).toHaveLength(1);
      const [bar] = bars;
      expect(bar?.getAttribute("aria-label")).toBe(`Bình Xuyên, 2019: ${noData}`);
      expect(bar?.getAttribute("fill") ?? bar?.parentElement?.getAttribute("fill")).toBe(`url(#${pattern})`);
      expect(Number(bar?.getAttribute("width"))).toBeGreaterThan(0);
      expect([...document.querySelectorAll("text")].map((t) => t.textContent)).toContain(noData);
      for (const rect of document.querySelectorAll("rect")) expect(rect.getAttribute("width")).not.toBe("0");
    },
  );

  it.each(LANGS)("and its table shows a dash, and its summary names no district without a figure (%s)", (lang) => {
    const c = chart("district-population", lang, undefined, missing);
    const row = c.table.rows.find((r) => r[0] === "Bình Xuyên");
    expect(row?.slice(2)).toEqual(["—", "—"]);
    expect(c.summary).not.toContain("Bình Xuyên");
    expect(c.summary).not.toMatch(/undefined|NaN|null/);
  });
});

describe("district-communes", () => {
  it("names tied districts together", () => {
    const counts = OBSERVATIONS.filter(
      (o) => o["indicator"] === "commune_units" && o["period"] === "2022-10-01" && DISTRICTS.some((d) => d["code"] === o["area"]),
    );
    const fewest = Math.min(...counts.map((o) => Number(o["value"])));
    const tied = DISTRICTS.filter((d) => counts.some((o) => o["area"] === d["code"] && Number(o["value"]) === fewest));
    expect(tied.length).toBeGreaterThan(1);
    expect(chart("district-communes", "vi").summary).toContain(`${tied.map((d) => d["name_vi"]).join(" và ")} ít nhất (${fewest})`);
    expect(chart("district-communes", "en").summary).toContain(`${tied.map((d) => d["name_en"]).join(" and ")} had the fewest (${fewest})`);
  });

  it("names districts tied for the most together too", () => {
    // Lập Thạch gets 28 units like Vĩnh Tường, and the province total follows so the sums still add up.
    const tied = dataWith((lines) =>
      replaceLine(
        "246,commune_units,",
        "246,commune_units,2022-10-01,,28,exact,gso-admin-units,,",
      )(
        replaceLine(
          "26,commune_units,2022-10-01,",
          `26,commune_units,2022-10-01,,144,exact,gso-admin-units,"15 phường, 16 thị trấn và 105 xã.","15 wards, 16 townships and 105 communes."`,
        )(lines),
      ),
    );
    expect(chart("district-communes", "vi", undefined, tied).summary).toContain("Lập Thạch và Vĩnh Tường có nhiều nhất (28)");
    expect(chart("district-communes", "en", undefined, tied).summary).toContain("Lập Thạch and Vĩnh Tường had the most (28)");
  });
});

describe("allowance-base-level", () => {
  it("lists the five decrees in order", () => {
    const numbers = ["67/2007/NĐ-CP", "13/2010/NĐ-CP", "136/2013/NĐ-CP", "20/2021/NĐ-CP", "76/2024/NĐ-CP"];
    const vi = chart("allowance-base-level", "vi");
    const en = chart("allowance-base-level", "en");
    expect(vi.table.rows.map((r) => r[1])).toEqual(numbers.map((n) => `Nghị định ${n}`));
    expect(en.table.rows.map((r) => r[1])).toEqual(numbers.map((n) => `Decree ${n}`));
    expect(vi.sources.slice(0, 5).map((s) => s.id)).toEqual([
      "decree-67-2007",
      "decree-13-2010",
      "decree-136-2013",
      "decree-20-2021",
      "decree-76-2024",
    ]);
    expect(vi.summary).toContain("qua 5 nghị định");
    expect(en.summary).toContain("over 5 decrees");
  });

  it("rises step by step: each level is higher than the one before", () => {
    const levels = chart("allowance-base-level", "en").table.rows.map((r) => parseNumber(r[2] ?? "", "en")!);
    expect(levels).toEqual(levels.toSorted((a, b) => a - b));
    expect(new Set(levels).size).toBe(levels.length);
  });
});
