import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/validate/Issue.ts";
import {
  validateWith,
  validateEdit,
  locate,
  editLine,
  replaceOnLine,
  setCell,
  ORIGINAL_TEXT,
  type Edit,
} from "./validatePackageFixture.ts";

/* The validator's rules across rows and tables, and the map geometry's join to areas.csv. */

describe("what the pages require (src/lib/validate/siteRequirements.ts)", () => {
  it("a package whose province row is gone reports it on the header's level column", () => {
    expect(locate(validateWith({ "areas.csv": setCell(3, 2, "district") }))).toContain("data/areas.csv:1:2 province-missing");
  });

  it("a second province is reported at its own level cell, naming the first", () => {
    const result = validateWith({ "areas.csv": setCell(4, 2, "province") });
    expect(locate(result)).toContain("data/areas.csv:4:2 province-second");
    expect(result.issues.find((i) => i.code === "province-second")?.en).toContain("province 26 is already on line 3");
  });

  it.each(["district", "programme"])("a club whose id is the filter page name %s is refused at its id", (id) => {
    expect(locate(validateWith({ "clubs.csv": replaceOnLine(2, "lung-hoa-dong,", `${id},`) }))).toEqual([
      "data/clubs.csv:2:1 club-id-reserved",
    ]);
  });
});

describe("cross-table rules", () => {
  it.each<[string, string, Edit, string[]]>([
    [
      "a period after the unit ceased to exist (Vĩnh Yên in 2026)",
      "observations.csv",
      setCell(6, 3, "2026"),
      ["data/observations.csv:6:3 period-outside-area"],
    ],
    [
      "a period starting on the day the unit ceased to exist",
      "observations.csv",
      setCell(6, 3, "2025-07-01"),
      ["data/observations.csv:6:3 period-outside-area"],
    ],
    [
      "a period before the unit was created (Sông Lô in 2005)",
      "observations.csv",
      setCell(14, 3, "2005"),
      ["data/observations.csv:14:3 period-outside-area"],
    ],
    ["a percentage over 100", "observations.csv", setCell(92, 5, "120"), ["data/observations.csv:92:5 percent-over-100"]],
    [
      "a province total that is not the sum of its districts",
      "observations.csv",
      setCell(5, 5, "1151155"),
      ["data/observations.csv:5:5 sum-mismatch"],
    ],
    [
      "a district figure that breaks its province's sum",
      "observations.csv",
      setCell(31, 5, "21"),
      ["data/observations.csv:28:5 sum-mismatch"],
    ],
    [
      "a Vietnamese note without its English note",
      "observations.csv",
      replaceOnLine(5, ",Preliminary result.", ","),
      ["data/observations.csv:5:9 note-unpaired"],
    ],
    [
      "an English note without its Vietnamese note",
      "observations.csv",
      replaceOnLine(5, "Kết quả sơ bộ.", ""),
      ["data/observations.csv:5:8 note-unpaired"],
    ],
    ["a latitude without a longitude", "areas.csv", setCell(4, 12, ""), ["data/areas.csv:4:12 area-coordinates"]],
    ["a longitude without a latitude", "areas.csv", setCell(4, 11, ""), ["data/areas.csv:4:11 area-coordinates"]],
    ["coordinates without the seat", "areas.csv", setCell(4, 10, ""), ["data/areas.csv:4:10 area-coordinates"]],
    ["coordinates without their source", "areas.csv", setCell(4, 13, ""), ["data/areas.csv:4:13 area-coordinates"]],
    ["a country with a parent", "areas.csv", setCell(2, 3, "26"), ["data/areas.csv:2:3 area-parent"]],
    ["a district without a parent", "areas.csv", setCell(12, 3, ""), ["data/areas.csv:12:3 area-parent"]],
    ["a club's district that is a province", "clubs.csv", replaceOnLine(2, ",252,", ",26,"), ["data/clubs.csv:2:4 club-district"]],
    [
      "a club's Vietnamese notes without English notes",
      "clubs.csv",
      editLine(2, (line) => line.slice(0, line.lastIndexOf(',"Visited')) + ","),
      ["data/clubs.csv:2:12 note-unpaired"],
    ],
  ])("%s is reported at its cell", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual(expected);
  });

  it("an end date before the creation date is reported, with the figures it puts outside the unit's life", () => {
    const result = validateEdit("areas.csv", setCell(12, 8, "2025-07-01"));
    expect(locate(result)).toEqual([
      "data/areas.csv:12:9 area-dates",
      "data/observations.csv:14:3 period-outside-area",
      "data/observations.csv:23:3 period-outside-area",
      "data/observations.csv:37:3 period-outside-area",
    ]);
  });

  it("a sum mismatch names the total, the sum and the lines of the parts", () => {
    const issue = validateEdit("observations.csv", setCell(5, 5, "1151155")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/observations.csv:5:5: value: 1151155 khác tổng của các đơn vị trực thuộc (1151154, các dòng 15, 16, 17, 18, 19, 20, 21, 22, 23) — kiểm tra lại từng số theo nguồn / 1151155 differs from the sum of its parts (1151154, lines 15, 16, 17, 18, 19, 20, 21, 22, 23) — check each figure against the source"`,
    );
  });

  it("a period outside the unit's life names the unit and the date", () => {
    const issue = validateEdit("observations.csv", setCell(6, 3, "2026")).issues[0]!;
    expect(issue.vi).toBe("Vĩnh Yên đã chấm dứt từ 2025-07-01, trước thời kỳ 2026 — kiểm tra lại mã đơn vị hoặc thời kỳ");
    expect(issue.en).toBe("Vĩnh Yên ceased to exist on 2025-07-01, before the period 2026 — check the unit code or the period");
  });

  it("a figure that fails its own checks is not also counted in a sum", () => {
    // The district's figure is rejected as a thousands separator; the province sum then has a
    // part without a figure and is not checked, so only one problem is shown.
    expect(locate(validateEdit("observations.csv", setCell(15, 5, "119.128")))).toEqual([
      "data/observations.csv:15:5 number-thousands-separator",
    ]);
  });

  it("a figure qualified as approximate is not added up", () => {
    expect(locate(validateEdit("observations.csv", setCell(5, 6, "about")))).toEqual([]);
  });

  it("a repeated area code does not also report the sums that depend on it", () => {
    const result = validateEdit("areas.csv", setCell(5, 1, "243"));
    expect(result.issues.filter((i) => i.code === "sum-mismatch")).toEqual([]);
    expect(locate(result)).toContain("data/areas.csv:5:1 unique-duplicate");
  });
});

describe("map geometry joins areas.csv", () => {
  const topo = "geo/districts.topo.json";
  it("the real geometry has exactly one shape for each district, and no other", () => {
    expect(locate(validateWith({})).filter((l) => l.includes("geometry"))).toEqual([]);
  });

  it("a district with no shape is reported on its line in areas.csv", () => {
    const result = validateEdit(topo, (text) => text.replaceAll('"253"', '"999"'));
    expect(locate(result)).toEqual([
      "data/areas.csv:12:1 geometry-join",
      expect.stringMatching(/^data\/geo\/districts\.topo\.json:\d+:1 geometry-join$/),
    ]);
  });

  it("a shape whose code is no district is reported on its line in the TopoJSON", () => {
    const text = ORIGINAL_TEXT(topo);
    const line = text.split("\n").findIndex((l) => l.includes('"id":"253"')) + 1;
    const result = validateEdit(topo, (t) => t.replaceAll('"253"', '"26"'));
    expect(locate(result)).toContain(`data/geo/districts.topo.json:${line}:1 geometry-join`);
  });

  it("a file that is not TopoJSON is reported once, without a crash", () => {
    expect(locate(validateEdit(topo, () => '{"type": "FeatureCollection", "features": []}'))).toEqual([
      "data/geo/districts.topo.json:1:1 geometry-invalid",
    ]);
    expect(locate(validateEdit(topo, () => "{not json"))).toEqual(["data/geo/districts.topo.json:1:1 geometry-invalid"]);
  });
});
