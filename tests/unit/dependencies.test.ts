import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Dependencies in src/lib point one way: validate → data → format → charts/maps → content → stories.
 * A module may import from its own layer or a lower one, never a higher one, so the data layer
 * cannot come to depend on how a chart or a page words things.
 */
const LIB = resolve(import.meta.dirname, "../../src/lib");
const LAYERS: readonly (readonly string[])[] = [
  ["dates.ts", "period.ts", "buildDate.ts", "i18n/", "safety/", "markdown/"],
  ["validate/"],
  ["data/"],
  ["format/"],
  ["charts/", "maps/", "diff/"],
  ["content/"],
  // Stories cite figures and place charts; the page-level helpers build on everything below.
  ["stories/", "clubs/", "discovery/", "search/", "embed/"],
];
const layerOf = (file: string): number =>
  LAYERS.findIndex((prefixes) => prefixes.some((p) => (p.endsWith("/") ? file.startsWith(p) : file === p)));

const files = readdirSync(LIB, { recursive: true, encoding: "utf8" })
  .map((f) => f.replaceAll("\\", "/"))
  .filter((f) => f.endsWith(".ts"));

describe("src/lib dependencies", () => {
  it("every module belongs to a layer", () => {
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it("no module imports from a higher layer", () => {
    const upward: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(LIB, file), "utf8");
      for (const [, spec] of source.matchAll(/^(?:import|export)\b[^"';]*?(?:from\s+)?["'](\.[^"']+)["']/gm)) {
        const target = relative(LIB, resolve(dirname(join(LIB, file)), spec!)).replaceAll("\\", "/");
        if (layerOf(target) > layerOf(file)) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
