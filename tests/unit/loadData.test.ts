import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/lib/data/DataError.ts";
import { MissingFigure } from "../../src/lib/data/MissingFigure.ts";
import { loadData } from "../../src/lib/data/loadData.ts";
import { FIXTURE_DIR, mustLoad, readPackage, text, withFiles } from "../support/packageFiles.ts";

const FILES = readPackage(FIXTURE_DIR);
const data = loadData(FIXTURE_DIR);

/** The fixture with lines of observations.csv edited, and a 2025 report to cite for newer figures. */
const observationsWith = (edit: (lines: string[]) => string[]) =>
  mustLoad(
    withFiles(FILES, {
      "observations.csv": edit(text(FILES, "observations.csv").trimEnd().split("\n")).join("\n") + "\n",
      "sources.csv": `${text(FILES, "sources.csv").trimEnd()}\nreport-2025,Sở Y tế,Báo cáo 2025,,2025-03-01,B,\n`,
    }),
  );

describe("loadData", () => {
  it("loads every table of the package", () => {
    expect(data.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.districts).toHaveLength(9);
    expect(data.observations.length).toBeGreaterThan(50);
  });

  it("returns the same frozen object on a second call", () => {
    expect(loadData(FIXTURE_DIR)).toBe(data);
    expect(Object.isFrozen(data.observations[0])).toBe(true);
  });

  it("refuses an invalid package with a DataError that lists FILE:LINE:COLUMN", () => {
    const dir = mkdtempSync(join(tmpdir(), "vp-data-"));
    cpSync(FIXTURE_DIR, dir, { recursive: true });
    const file = join(dir, "observations.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("190000,over", "190.000,over"));
    expect(() => loadData(dir)).toThrow(DataError);
    expect(() => loadData(dir)).toThrow(/observations\.csv:2:5: value: "190\.000"/);
  });
});

describe("SiteData accessors", () => {
  it("province is the one area of level province, districts its district-level children in table order", () => {
    expect(data.province.code).toBe("26");
    expect(data.districts.map((a) => a.code)).toEqual(["243", "244", "246", "247", "248", "249", "251", "252", "253"]);
  });

  it("censuses are the single-day periods of the province's population, oldest first", () => {
    expect(data.censuses).toEqual(["2009-04-01", "2019-04-01"]);
  });

  it("at() finds the 2022 count of people aged 60+ with its qualifier and source", () => {
    expect(data.at({ indicator: "elderly_60plus", area: "26", period: "2022" })).toMatchObject({
      value: 190000,
      qualifier: "over",
      source: "ldxh-2022",
    });
  });

  it("at() and latest() return null, not a throw, when data/ has no such figure", () => {
    expect(data.at({ indicator: "elderly_60plus", area: "243", period: "2022" })).toBeNull();
    expect(data.latest({ indicator: "elderly_60plus", area: "243" })).toBeNull();
  });

  it("need() throws MissingFigure naming the key", () => {
    expect(() => data.need({ indicator: "elderly_60plus", area: "243" })).toThrow(MissingFigure);
  });

  it("latest() follows an added later period with no code change", () => {
    const more = observationsWith((lines) => [...lines, "26,elderly_60plus,2024,,201000,exact,report-2025,,"]);
    expect(more.latest({ indicator: "elderly_60plus", area: "26" })).toMatchObject({ period: "2024", value: 201000 });
  });

  it("latest() orders a year after the ranges and days that start before it", () => {
    const more = observationsWith((lines) => [...lines, "26,elderly_60plus,2021-06-30,,185000,exact,ldxh-2022,,"]);
    expect(more.find({ indicator: "elderly_60plus", area: "26" }).map((o) => o.period)).toEqual(["2021-06-30", "2022"]);
  });

  it("find() returns figures oldest first", () => {
    const levels = data.find({ indicator: "allowance_base_level", area: "VN" }).map((o) => o.value);
    expect(levels).toEqual([120000, 180000, 270000, 360000, 500000]);
  });

  it("find() with group: null leaves out breakdowns", () => {
    expect(data.find({ indicator: "longevity_honoured", group: null }).map((o) => o.value)).toEqual([20928]);
    expect(data.find({ indicator: "longevity_honoured" })).toHaveLength(9);
  });
});
