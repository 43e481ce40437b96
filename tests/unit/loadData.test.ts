import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/lib/data/DataError.ts";
import { loadData } from "../../src/lib/data/loadData.ts";

const data = loadData("data");

describe("loadData", () => {
  it("loads every table of the package", () => {
    expect(data.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.areas.filter((a) => a.level === "district")).toHaveLength(9);
    expect(data.observations.length).toBeGreaterThan(50);
  });

  it("returns the same frozen object on a second call", () => {
    expect(loadData("data")).toBe(data);
    expect(Object.isFrozen(data.observations[0])).toBe(true);
  });

  it("get() finds the 2022 count of people aged 60+ with its qualifier and source", () => {
    expect(data.get({ indicator: "elderly_60plus", area: "26", period: "2022" })).toMatchObject({
      value: 190000,
      qualifier: "over",
      source: "ldxh-2022",
    });
  });

  it("get() throws when a query matches no figure", () => {
    expect(() => data.get({ indicator: "elderly_60plus", area: "243", period: "2022" })).toThrow(/found 0/);
  });

  it("find() returns figures oldest first", () => {
    const levels = data.find({ indicator: "allowance_base_level", area: "VN" }).map((o) => o.value);
    expect(levels).toEqual([120000, 180000, 270000, 360000, 500000]);
  });

  it("find() with group: null leaves out breakdowns", () => {
    expect(data.find({ indicator: "longevity_honoured", group: null }).map((o) => o.value)).toEqual([20928]);
    expect(data.find({ indicator: "longevity_honoured" })).toHaveLength(9);
  });

  it("every observation cites a source that exists", () => {
    for (const o of data.observations) expect(() => data.source(o.source)).not.toThrow();
  });

  it("the district figures of the 2019 census add up to the province total", () => {
    const districts = data.children("26").map((a) => data.get({ indicator: "population", area: a.code, period: "2019-04-01" }).value);
    expect(districts.reduce((s, v) => s + v, 0)).toBe(data.get({ indicator: "population", area: "26", period: "2019-04-01" }).value);
  });

  it("refuses an invalid package with a DataError that lists FILE:LINE:COLUMN", () => {
    const dir = mkdtempSync(join(tmpdir(), "vp-data-"));
    cpSync("data", dir, { recursive: true });
    const file = join(dir, "observations.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("190000,over", "190.000,over"));
    expect(() => loadData(dir)).toThrow(DataError);
    expect(() => loadData(dir)).toThrow(/observations\.csv:2:5: value: "190\.000"/);
  });
});
