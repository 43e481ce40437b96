import { readFileSync } from "node:fs";
import dp from "datapackage";
import { describe, expect, it } from "vitest";
import { replaceDictionary } from "../../src/lib/data/dictionaryMarkdown.ts";
import { renderRowTypes } from "../../src/lib/data/renderRowTypes.ts";
import { replaceStoryFields } from "../../src/lib/stories/storyFieldsMarkdown.ts";
import { readDescriptor } from "../../src/lib/validate/Descriptor.ts";

const json: unknown = JSON.parse(readFileSync("data/datapackage.json", "utf8"));
const read = readDescriptor(json);
if (!read.ok) throw new Error("data/datapackage.json is unreadable");
const descriptor = read.descriptor;

describe("files generated from datapackage.json", () => {
  it("src/lib/data/rows.generated.ts is up to date (run npm run generate)", () => {
    expect(readFileSync("src/lib/data/rows.generated.ts", "utf8")).toBe(renderRowTypes(descriptor));
  });

  it("the dictionary in data/README.md is up to date (run npm run generate)", () => {
    const readme = readFileSync("data/README.md", "utf8");
    expect(readme).toBe(replaceDictionary(readme, descriptor));
  });

  it("the story fields in data/stories/README.md follow the story schema (run npm run generate)", () => {
    const readme = readFileSync("data/stories/README.md", "utf8");
    expect(readme).toBe(replaceStoryFields(readme));
    expect(readme).toContain("| `sources` | list | có / yes |");
  });
});

describe("datapackage.json", () => {
  it("is a valid Frictionless Data Package according to the Frictionless project's own validator", async () => {
    const { valid, errors } = await dp.validate(json);
    expect(errors.map((e: Error) => e.message)).toEqual([]);
    expect(valid).toBe(true);
  });

  it("has a semantic version and a licence", () => {
    expect(descriptor.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(descriptor.licenses?.[0]?.name).toBe("CC-BY-4.0");
  });

  it("readDescriptor refuses an unknown constraint instead of ignoring it", () => {
    const broken = JSON.parse(JSON.stringify(json));
    broken.resources[0].schema.fields[0].constraints = { requried: true };
    const result = readDescriptor(broken);
    expect(result.ok).toBe(false);
  });
});
