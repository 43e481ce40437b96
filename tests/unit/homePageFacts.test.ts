import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { chartFor, type ChartId } from "../../src/lib/charts/registry.ts";
import { aboutData } from "../../src/lib/content/aboutData.ts";
import { computedShare, ELDERLY_SHARE } from "../../src/lib/content/computedShare.ts";
import { homePage } from "../../src/lib/content/homePage.ts";
import { clubPlace, knownClubs } from "../../src/lib/content/knownClubs.ts";
import { missingAcrossDistricts } from "../../src/lib/content/missingFigures.ts";
import type { SiteData } from "../../src/lib/data/SiteData.ts";
import { citationLabel } from "../../src/lib/format/citationLabel.ts";
import { formatFigure } from "../../src/lib/format/formatFigure.ts";
import { formatPeriod } from "../../src/lib/format/formatPeriod.ts";
import { shareOf } from "../../src/lib/format/shareOf.ts";
import { LANGS, type Lang } from "../../src/lib/i18n/lang.ts";
import { UI } from "../../src/lib/i18n/ui.ts";
import { FIXTURE_DIR, mustLoad, readPackage, text, withFiles } from "../support/packageFiles.ts";

/*
 * What the home page says about the figures, after the fact-check of issue 9: computed shares
 * carry the qualifier their inputs allow, rules keep their conditions, the 2025 national figures
 * keep their source and notes, the reform is told near the top, clubs say only what is known.
 * Expected texts are read from the fixture's CSV files, not through the site's code.
 */

const FILES = readPackage(FIXTURE_DIR);
const data = mustLoad(FILES);

type CsvRow = Readonly<Record<string, string>>;
const csv = (name: string): readonly CsvRow[] => Papa.parse<CsvRow>(text(FILES, name), { header: true, skipEmptyLines: true }).data;

/** The fixture with whole lines of one CSV replaced, validated and loaded. */
function dataWith(file: string, edit: (lines: string[]) => string[]): SiteData {
  return mustLoad(withFiles(FILES, { [file]: edit(text(FILES, file).split("\n")).join("\n") }));
}
const replaceLine = (start: string, line: string | null) => (lines: string[]) => {
  const at = lines.findIndex((l) => l.startsWith(start));
  if (at < 0) throw new Error(`no line starts with ${start}`);
  return line === null ? lines.toSpliced(at, 1) : lines.toSpliced(at, 1, line);
};
const chart = (id: ChartId, lang: Lang, from: SiteData = data) => chartFor(id, { data: from, lang });

describe("shareOf: a share keeps what its inputs' qualifiers allow", () => {
  it("over 190,000 of exactly 1,197,617 is over 15.8 %, floored, never 15.9", () => {
    // 190000 / 1197617 = 15.865 %: rounding would claim 15.9, which the lower bound cannot support.
    expect(shareOf({ value: 190000, qualifier: "over" }, { value: 1197617, qualifier: "exact" })).toEqual({
      value: 15.8,
      qualifier: "over",
      bounded: true,
    });
  });

  it.each([
    ["nearly", "exact", 15.9, "nearly", true],
    ["about", "exact", 15.9, "about", true],
    ["exact", "about", 15.9, "about", true],
    ["exact", "exact", 15.9, "exact", true],
    ["at_least", "exact", 15.8, "at_least", true],
    ["exact", "nearly", 15.8, "over", true],
    ["over", "over", 15.9, "about", false],
    ["exact", "over", 15.9, "about", false],
  ] as const)("%s of %s gives %d, %s (bounded: %s)", (top, bottom, value, qualifier, bounded) => {
    expect(shareOf({ value: 190000, qualifier: top }, { value: 1197617, qualifier: bottom })).toEqual({ value, qualifier, bounded });
  });

  it("does not let floating point move a figure down a step: over 29 of 100 is over 29.0, not 28.9", () => {
    expect(shareOf({ value: 29, qualifier: "over" }, { value: 100, qualifier: "exact" }).value).toBe(29);
    expect(shareOf({ value: 0.29, qualifier: "nearly" }, { value: 1, qualifier: "exact" }).value).toBe(29);
  });

  it("refuses a zero total rather than print Infinity", () => {
    expect(() => shareOf({ value: 1, qualifier: "exact" }, { value: 0, qualifier: "exact" })).toThrow(/positive/);
  });
});

describe("the share of people aged 60 and over, computed on the home page", () => {
  const rows = csv("observations.csv");
  const row = (indicator: string) => rows.find((o) => o["area"] === "26" && o["indicator"] === indicator && o["group"] === "")!;

  it.each([
    ["vi", "Hơn 15,8%"],
    ["en", "Over 15.8%"],
  ] as const)("reads %s: %s, for 2022, labelled as a computation", (lang, figure) => {
    const share = computedShare(data, lang, ELDERLY_SHARE);
    expect(share.figure).toBe(figure);
    expect(share.period).toBe("2022");
    expect(share.method).toContain(lang === "vi" ? "Trang này tự tính" : "Computed by this site");
    expect(share.method).toContain(lang === "vi" ? "làm tròn xuống" : "rounded down");
    expect(homePage(data, lang, "/").computed).toContainEqual(share);
  });

  it("lists its two inputs with their rows, figures as printed and sources", () => {
    const share = computedShare(data, "vi", ELDERLY_SHARE);
    const [elderly, population] = [row("elderly_60plus"), row("population_average")];
    expect(share.inputs.map((i) => i.row)).toEqual([
      { indicator: "elderly_60plus", area: "26", period: elderly["period"] },
      { indicator: "population_average", area: "26", period: population["period"] },
    ]);
    expect(share.inputs.map((i) => i.figure)).toEqual(["hơn 190.000", "1.197.617"]);
    expect(share.inputs.map((i) => i.source.id)).toEqual([elderly["source"], population["source"]]);
  });

  it("says 'no data', with the reason, when the latest figures are not for the same year", () => {
    const later = dataWith("observations.csv", (lines) => [
      ...lines.filter((l) => l !== ""),
      "26,population_average,2023,,1210000,exact,yearbook-2022-vp,,",
      "",
    ]);
    const share = computedShare(later, "en", ELDERLY_SHARE);
    expect(share.figure).toBe("No data");
    expect(share.period).toBeNull();
    expect(share.method).toContain("not for the same year");
    expect(share.figure + share.method).not.toMatch(/15\.\d/);
  });

  it("says 'no data' when an input is missing", () => {
    const without = dataWith("observations.csv", replaceLine("26,population_average,", null));
    const share = computedShare(without, "vi", ELDERLY_SHARE);
    expect(share.figure).toBe("Chưa có số liệu");
    expect(share.method).toContain("Dân số trung bình");
    expect(share.inputs).toEqual([]);
  });
});

describe("'about this data', near the top of the home page", () => {
  const province = csv("areas.csv").find((a) => a["level"] === "province")!;

  it.each(LANGS)("tells when the province and its districts ended, from areas.csv and area-events.csv (%s)", (lang) => {
    const about = aboutData(data, lang);
    expect(about.text).toContain(formatPeriod(province["ended"]!, lang));
    const events = csv("area-events.csv").filter((e) => e["code"] === province["code"] && e["date"] === province["ended"]);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(about.text).toContain(e[`event_${lang}`]);
    expect(about.text).toContain(lang === "vi" ? "cấp huyện chấm dứt" : "district level was abolished");
    expect(about.sources.map((s) => s.id)).toEqual(["res-202-2025", "res-203-2025"]);
  });

  it("follows areas.csv: a province that has not ended gets no reform sentence", () => {
    const open = dataWith("areas.csv", (lines) => lines.map((l) => (l.startsWith("26,province,") ? l.replace(",2025-07-01,", ",,") : l)));
    const about = aboutData(open, "en");
    expect(about.text).not.toContain("2025");
    expect(about.sources).toEqual([]);
  });

  it("comes before the key figures on the page", () => {
    const page = readFileSync(new URL("../../src/components/HomePage.astro", import.meta.url), "utf8");
    expect(page.indexOf('id="about-heading"')).toBeGreaterThan(0);
    expect(page.indexOf('id="about-heading"')).toBeLessThan(page.indexOf('id="headlines-heading"'));
  });
});

describe("clubs say only what clubs.csv says", () => {
  const club = csv("clubs.csv")[0]!;

  it("the thôn Đông club is named once, its place without repeating the village its name ends with", () => {
    const vi = knownClubs(data, "vi")[0]!.text;
    expect(vi.startsWith(club["name_vi"]!)).toBe(true);
    expect(vi.split(club["village"]!).length - 1).toBe(1);
    expect(clubPlace(data, data.clubs[0]!, "vi")).toBe("xã Lũng Hòa, huyện Vĩnh Tường");
  });

  it.each([
    ["vi", "nguồn không nêu câu lạc bộ thuộc chương trình nào"],
    ["en", "the source does not say which programme it belongs to"],
  ] as const)("a club with an empty programme is not called a VIE070 club (%s)", (lang, notStated) => {
    expect(club["programme"]).toBe("");
    const home = homePage(data, lang, "/");
    expect(home.clubs.list.map((c) => c.text).join(" ")).toContain(notStated);
    expect(home.clubs.list.map((c) => c.text).join(" ")).not.toContain("VIE070");
    // The VIE070 count of named clubs stays at none.
    expect(missingAcrossDistricts(data, lang).join(" ")).toMatch(/chưa câu lạc bộ nào|none is yet known/);
  });

  it("a club whose row says VIE070 is said to be one", () => {
    const vie = dataWith("clubs.csv", (lines) =>
      lines.map((l) =>
        l.startsWith("lung-hoa-dong,") ? l.replace(",252,xã Lũng Hòa,thôn Đông,,,", ",252,xã Lũng Hòa,thôn Đông,,vie070,") : l,
      ),
    );
    expect(knownClubs(vie, "en")[0]!.text).toContain("part of Project VIE070");
  });
});

describe("the 2025 national figures keep their own source and notes", () => {
  const SOURCE = "vietnamplus-2025-elderly";
  const label = citationLabel(csv("sources.csv").find((s) => s["id"] === SOURCE) as { publisher: string; title: string });
  const NOTE_VI = "Hai số làm tròn trong cùng một bài.";
  const NOTE_EN = "Two rounded figures from one report.";
  const noted = dataWith("observations.csv", (lines) =>
    lines.map((l) =>
      l.startsWith("VN,elderly_60plus,2025,") || l.startsWith("VN,elderly_60plus_share,2025,")
        ? l.replace(/,,$/, `,${NOTE_VI},${NOTE_EN}`)
        : l,
    ),
  );

  it.each([
    ["vi", "gần 13%", "hơn 14.300.000 người", "theo"],
    ["en", "nearly 13%", "over 14,300,000 people", "reported by"],
  ] as const)("names the report beside the 2025 share and count (%s)", (lang, share, count, by) => {
    const notes = chart("vietnam-ageing", lang).notes.join(" ");
    expect(notes).toContain(share);
    expect(notes).toContain(count);
    expect(notes).toContain(`${by} ${label}`);
  });

  it.each([
    ["vi", NOTE_VI],
    ["en", NOTE_EN],
  ] as const)("renders the rows' note once, and still names the report (%s)", (lang, note) => {
    const notes = chart("vietnam-ageing", lang, noted).notes;
    expect(notes.filter((n) => n === note)).toHaveLength(1);
    expect(notes.join(" ")).toContain(label);
  });

  it("the 80+ figure keeps its row's qualifier, whichever it is", () => {
    const row = csv("observations.csv").find((o) => o["indicator"] === "elderly_80plus" && o["area"] === "VN")!;
    const about = formatFigure({ value: Number(row["value"]), qualifier: row["qualifier"] as "about" }, "persons", "vi");
    expect(chart("vietnam-ageing", "vi").summary).toContain(`${about} người từ 80 tuổi trở lên`);
    const nearly = dataWith("observations.csv", (lines) =>
      lines.map((l) => (l.startsWith("VN,elderly_80plus,2025,") ? l.replace(",about,", ",nearly,") : l)),
    );
    for (const lang of LANGS) {
      const c = chart("vietnam-ageing", lang, nearly);
      const words =
        lang === "vi" ? ["gần 2.500.000 người từ 80", "khoảng 2.500.000"] : ["nearly 2,500,000 people aged 80", "about 2,500,000"];
      expect(c.summary).toContain(words[0]);
      expect([c.summary, ...c.notes].join(" ")).not.toContain(words[1]);
    }
  });
});

describe("rules and money", () => {
  it.each(LANGS)("the allowance base level is said to be nominal, in the subtitle, the ×4.2 summary and a note (%s)", (lang) => {
    const c = chart("allowance-base-level", lang);
    const word = lang === "vi" ? "danh nghĩa" : "nominal";
    expect(c.subtitle).toContain(word);
    expect(c.summary).toMatch(lang === "vi" ? /gấp 4,2 lần theo giá trị danh nghĩa/ : /4\.2 times as much in nominal terms/);
    expect(c.notes[0]).toContain(lang === "vi" ? "chưa điều chỉnh theo lạm phát" : "not adjusted for inflation");
  });

  it.each(LANGS)("the coefficients' summary quotes the highest group's name from groups.csv, conditions and all (%s)", (lang) => {
    const groups = csv("groups.csv");
    const coefficients = csv("observations.csv").filter((o) => o["indicator"] === "allowance_coefficient");
    const top = Math.max(...coefficients.map((o) => Number(o["value"])));
    const names = coefficients
      .filter((o) => Number(o["value"]) === top)
      .map((o) => groups.find((g) => g["id"] === o["group"])![`name_${lang}`]!);
    for (const name of names) expect(chart("allowance-coefficients", lang).summary).toContain(`“${name}”`);
  });

  it.each([
    ["vi", "69 câu lạc bộ trong giai đoạn 2021–2025, để 100% số huyện, thành phố và 50% số xã, phường, thị trấn có câu lạc bộ"],
    ["en", "69 new clubs over 2021–2025, so that 100% of districts and cities and 50% of communes, wards and townships have one"],
  ] as const)("the club plan puts the district target beside the 69 new clubs, with its row's note (%s)", (lang, sentence) => {
    const c = chart("club-plan", lang);
    expect(c.summary).toContain(sentence);
    const note = csv("observations.csv").find((o) => o["indicator"] === "ishc_target_district_coverage")![`note_${lang}`]!;
    expect(c.notes).toContain(note);
  });
});

describe("one term for one thing", () => {
  /** Every text of the home page in one language, except source titles, which are quoted as published. */
  function homeTexts(lang: Lang): string[] {
    const home = homePage(data, lang, "/");
    return [
      ...Object.values(UI[lang]).filter((v): v is string => typeof v === "string"),
      home.about.text,
      ...home.headlines.flatMap((h) => [h.figure, h.label, h.note ?? ""]),
      ...home.computed.flatMap((c) => [c.label, c.method]),
      ...home.sections.flatMap((s) => [
        s.heading,
        ...s.charts.flatMap((c) => [c.title, c.subtitle, c.summary, ...c.notes, ...c.table.rows.flat()]),
      ]),
      ...home.clubs.list.map((c) => c.text),
      ...home.missing,
    ];
  }

  it("older people are “người cao tuổi”, never “người già”", () => {
    const found = homeTexts("vi").filter((t) => /người già/i.test(t));
    expect(found).toEqual([]);
  });

  it("older people are “older people” in English, never “old and young” or “the elderly” outside the Law's name", () => {
    const found = homeTexts("en").filter((t) =>
      /\bold and young\b|\bthe elderly\b(?! *[A-Z])/i.test(t.replaceAll("Law on the Elderly", "")),
    );
    expect(found).toEqual([]);
  });

  it("the share of the population on social assistance is not shown: its 2.9 % conflicts with 43,435 of 1,197,617 (3.6 %)", () => {
    for (const lang of LANGS) {
      const row = csv("observations.csv").find((o) => o["indicator"] === "social_assistance_share")!;
      const shown = formatFigure({ value: Number(row["value"]), qualifier: row["qualifier"] as "about" }, "percent", lang);
      expect(homeTexts(lang).filter((t) => t.includes(shown))).toEqual([]);
    }
  });
});
