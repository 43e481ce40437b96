import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/validate/Issue.ts";
import {
  ORIGINAL,
  utf8,
  packageWith,
  validate,
  validateEdit,
  locate,
  replaceOnLine,
  ORIGINAL_TEXT,
  VERSION,
  type Edit,
} from "./validatePackageFixture.ts";

/* The validator on datapackage.json, and on randomly damaged files: reported, never a crash. */

describe("datapackage.json", () => {
  const descriptor = "datapackage.json";
  it.each<[string, Edit, string[]]>([
    ["a missing comma", replaceOnLine(8, `"version": "${VERSION}",`, '"version": "1.0.0"'), ["data/datapackage.json:9:3 descriptor-json"]],
    [
      "a trailing comma",
      replaceOnLine(9, '"created": "2026-11-28",', '"created": "2026-11-28",,'),
      ["data/datapackage.json:9:27 descriptor-json"],
    ],
    [
      "an unquoted word, which V8 reports without a position",
      replaceOnLine(8, `"version": "${VERSION}",`, '"version": v1,'),
      ["data/datapackage.json:8:14 descriptor-json"],
    ],
    ["a file cut short", (text) => text.slice(0, text.indexOf('"resources"')), ["data/datapackage.json:17:3 descriptor-json"]],
    [
      "a misspelt constraint (requried)",
      (text) => text.replace('"required": true', '"requried": true'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    ["an unsupported field type", (text) => text.replace('"type": "date"', '"type": "datetime"'), ["data/datapackage.json:1:1 descriptor"]],
    ["a version that is not x.y.z", replaceOnLine(8, `"${VERSION}"`, '"1.0"'), ["data/datapackage.json:1:1 descriptor"]],
    [
      "a constraint with a value of the wrong type",
      (text) => text.replace('"minimum": 0', '"minimum": "0"'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    [
      "an enum that is not a list",
      (text) => text.replace('"enum": ["A", "B", "C"]', '"enum": "A, B, C"'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    [
      "missing values that are not a list",
      (text) => text.replace('"missingValues": [""]', '"missingValues": ""'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    [
      "true values that are not a list",
      (text) => text.replace('"trueValues": ["true"]', '"trueValues": "true"'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    [
      "a foreign key to a column the table does not have",
      (text) =>
        text.replace(
          '"reference": { "resource": "sources", "fields": ["id"] } }\n        ],\n        "fields": [\n          {\n            "name": "area"',
          '"reference": { "resource": "sources", "fields": ["code"] } }\n        ],\n        "fields": [\n          {\n            "name": "area"',
        ),
      ["data/datapackage.json:1:1 descriptor"],
    ],
    [
      "a foreign key without its reference",
      (text) => text.replace('{ "fields": ["group"], "reference": { "resource": "groups", "fields": ["id"] } }', '{ "fields": ["group"] }'),
      ["data/datapackage.json:1:1 descriptor", "data/datapackage.json:1:1 descriptor"],
    ],
    [
      "a delimiter of two characters",
      (text) => text.replace('"delimiter": ","', '"delimiter": ",,"'),
      ["data/datapackage.json:1:1 descriptor"],
    ],
  ])("%s is reported", (_name, edit, expected) => {
    expect(locate(validateEdit(descriptor, edit))).toEqual(expected);
  });

  it("a misspelt constraint is named by its path in the descriptor", () => {
    const issue = validateEdit(descriptor, (text) => text.replace('"required": true', '"requried": true')).issues[0]!;
    expect(formatIssue(issue)).toBe(
      "data/datapackage.json:1:1: resources[0].schema.fields[0].constraints.requried: ràng buộc không được hỗ trợ / resources[0].schema.fields[0].constraints.requried: unsupported constraint",
    );
  });

  it("a constraint of the wrong type says which type it needs", () => {
    const issue = validateEdit(descriptor, (text) => text.replace('"minimum": 0', '"minimum": "0"')).issues[0]!;
    expect(issue.en).toMatch(/constraints\.minimum: must be a number$/);
    expect(issue.vi).toMatch(/constraints\.minimum: phải là một số$/);
  });
});

describe("random damage", () => {
  /** mulberry32: a small seeded PRNG, so every run damages the file the same way. */
  function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  // Bytes that break CSV and UTF-8 in interesting ways, plus any byte at all.
  const NASTY = [0x2c, 0x22, 0x0a, 0x0d, 0x3b, 0x09, 0x00, 0x20, 0xc3, 0xe0, 0xef, 0xbb, 0xbf, 0xff, 0x80, 0x30, 0x2e];
  const original = ORIGINAL.get("observations.csv")!;
  const random = prng(20_260_101);
  const mutants = Array.from({ length: 60 }, (_, k) => {
    const bytes = Uint8Array.from(original);
    const edits = 1 + Math.floor(random() * 6);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * bytes.length);
      bytes[at] = random() < 0.7 ? NASTY[Math.floor(random() * NASTY.length)]! : Math.floor(random() * 256);
    }
    return [k, bytes] as const;
  });

  it.each(mutants)("mutant %i of observations.csv never throws and locates every issue inside the file", (_k, bytes) => {
    const result = validate(packageWith({ "observations.csv": () => bytes }));
    const lines = utf8(bytes).split(/\r\n?|\n/).length;
    for (const issue of result.issues) {
      expect(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lines, formatIssue(issue)).toBe(true);
      expect(Number.isInteger(issue.column) && issue.column >= 1, formatIssue(issue)).toBe(true);
      expect(issue.vi.length * issue.en.length, formatIssue(issue)).toBeGreaterThan(0);
    }
  });

  it("damaged areas.csv files, which every other table refers to, never throw", () => {
    const areas = ORIGINAL.get("areas.csv")!;
    const random = prng(243);
    for (let k = 0; k < 30; k++) {
      const bytes = Uint8Array.from(areas);
      for (let e = 0; e < 1 + Math.floor(random() * 4); e++)
        bytes[Math.floor(random() * bytes.length)] = NASTY[Math.floor(random() * NASTY.length)]!;
      const result = validate(packageWith({ "areas.csv": () => bytes }));
      for (const issue of result.issues) expect(issue.line >= 1 && issue.column >= 1, formatIssue(issue)).toBe(true);
    }
  });

  it("a descriptor with any one property replaced by a value of another type is reported, never throws", () => {
    // Every node of datapackage.json in turn (a fixed sample), replaced by a value of a wrong type.
    const descriptor: unknown = JSON.parse(ORIGINAL_TEXT("datapackage.json"));
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(descriptor, []);
    const WRONG: unknown[] = [null, -1, "x", [], {}, true, [null], { resource: "nope" }];
    const random = prng(26);
    let reported = 0;
    for (let k = 0; k < 150; k++) {
      const copy = structuredClone(descriptor) as Record<string | number, unknown>;
      const path = paths[Math.floor(random() * paths.length)]!;
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      parent[path.at(-1)!] = WRONG[k % WRONG.length];
      const result = validate(packageWith({ "datapackage.json": () => JSON.stringify(copy) }));
      if (result.issues.length > 0) reported++;
    }
    expect(reported).toBeGreaterThan(100);
  });

  it("damaged files are mostly reported as damaged", () => {
    const withIssues = mutants.filter(([, bytes]) => validate(packageWith({ "observations.csv": () => bytes })).issues.length > 0);
    expect(withIssues.length).toBeGreaterThan(mutants.length / 2);
  });
});
