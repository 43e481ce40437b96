import { describe, expect, it } from "vitest";
import type { SiteData } from "../../src/lib/data/SiteData.ts";
import { DATA_DIR, mustLoad, readPackage, text } from "../support/packageFiles.ts";

/*
 * Invariants of the real data/ that a fact-check of the site asked for: what each source is
 * trusted for, which figures need a word of warning beside them, and one word for one thing.
 * They test the kind of row, never today's values, so an editor's correct change keeps them green.
 */

const files = readPackage(DATA_DIR);
const data: SiteData = mustLoad(files);

/** A source read through someone else's copy, summary or report of it, by what its row says. */
const READ_THROUGH_A_COPY =
  /bản sao|bản đóng gói|bản tin|bản tóm tắt|không phải văn bản gốc|\bcop(?:y|ies)\b|as packaged|not the (?:decree|decision|resolution|original)/i;

describe("sources in data/", () => {
  it("a source read through a copy, a summary or a report is not marked A (official or primary)", () => {
    const copies = data.sources.filter((s) => READ_THROUGH_A_COPY.test(`${s.title} ${s.notes ?? ""}`));
    // Several sources say how they were read; an empty list would mean the pattern no longer fits.
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.filter((s) => s.reliability === "A").map((s) => s.id)).toEqual([]);
  });
});

describe("figures in data/", () => {
  it("a target's note never reports what was achieved: a result is a figure of its own, with its own source", () => {
    const targets = new Set(data.indicators.filter((i) => i.kind === "target").map((i) => i.id));
    const reporting = data.observations.filter(
      (o) => targets.has(o.indicator) && /báo cáo|reported|\bresults?\b|achieved/i.test(`${o.note_vi ?? ""} ${o.note_en ?? ""}`),
    );
    expect(reporting.map((o) => `${o.area} ${o.indicator} ${o.period}: ${o.note_en}`)).toEqual([]);
  });

  it("a share and a count of the same people from one source, either of them rounded, carry a note on the share in both languages", () => {
    const unit = new Map(data.indicators.map((i) => [i.id, i.unit]));
    // `elderly_60plus_share` goes with `elderly_60plus`; `social_assistance_share` with `social_assistance_recipients`.
    const shares = data.observations.filter(
      (o) => o.group === null && unit.get(o.indicator) === "percent" && o.indicator.endsWith("_share"),
    );
    const pairs = shares.flatMap((share) => {
      const stem = share.indicator.slice(0, -"_share".length);
      return data.observations
        .filter(
          (count) =>
            count.group === null &&
            unit.get(count.indicator) === "persons" &&
            (count.indicator === stem || count.indicator.startsWith(`${stem}_`)) &&
            count.area === share.area &&
            count.period === share.period &&
            count.source === share.source &&
            (count.qualifier !== "exact" || share.qualifier !== "exact"),
        )
        .map((count) => ({ share, count }));
    });
    // The package has such pairs (Viet Nam in 2025, social assistance in 2024): the test is not vacuous.
    expect(pairs.length).toBeGreaterThan(0);
    const silent = pairs.filter(({ share }) => !share.note_vi || !share.note_en);
    expect(silent.map(({ share, count }) => `${share.area} ${share.period}: ${share.indicator} beside ${count.indicator}`)).toEqual([]);
  });
});

describe("places in data/", () => {
  it("every district-level unit names its seat, even where its coordinates are not known", () => {
    expect(data.districts.filter((a) => !a.seat).map((a) => a.name_en)).toEqual([]);
  });
});

describe("words in data/", () => {
  // A source's title is quoted as published, so it may use other words.
  const sourceTitles = new Set(data.sources.map((s) => s.title));
  const csvCells = [...files.keys()]
    .filter((path) => path.endsWith(".csv"))
    .flatMap((path) =>
      text(files, path)
        .split("\n")
        .map((line, i) => ({ where: `${path}:${i + 1}`, text: line })),
    );
  const schemaWords: { where: string; text: string }[] = [];
  const collect = (value: unknown, where: string): void => {
    if (typeof value === "string") schemaWords.push({ where, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${where}[${i}]`));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, `${where}.${k}`);
  };
  collect(JSON.parse(text(files, "datapackage.json")), "datapackage.json");
  const texts = [...csvCells, ...schemaWords].map(({ where, text }) => ({
    where,
    text: [...sourceTitles].reduce((t, title) => t.replaceAll(title, ""), text),
  }));

  // One word for one thing: [the word a text must not use, the project's word for it].
  const TERMS = [
    [/người già/i, "người cao tuổi"],
    [/thành viên/i, "hội viên"],
  ] as const;

  it('one term for one thing: older people are "người cao tuổi", club members "hội viên"', () => {
    const wrong = texts.flatMap((t) => TERMS.filter(([bad]) => bad.test(t.text)).map(([, good]) => `${t.where}: write "${good}"`));
    expect(wrong).toEqual([]);
  });
});
