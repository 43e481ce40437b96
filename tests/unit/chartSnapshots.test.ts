import { describe, expect, it } from "vitest";
import { CHART_IDS, chartFor } from "../../src/lib/charts/registry.ts";
import { renderSvg } from "../../src/lib/charts/renderSvg.ts";
import { WIDTHS } from "../../src/lib/charts/theme.ts";
import { FIXTURE_DIR, mustLoad, readPackage } from "../support/packageFiles.ts";
import { LANGS } from "../../src/lib/i18n/lang.ts";
import { compareWithSnapshot, normaliseSvg } from "./svgSnapshot.ts";

// The frozen fixture, so an editor's change to data/ never changes a snapshot.
const data = mustLoad(readPackage(FIXTURE_DIR));
/** Each chart at the widths the site draws it: narrow and wide, or its one fixed width (maps). */
const cases = CHART_IDS.flatMap((id) =>
  LANGS.flatMap((lang) => {
    const fixed = chartFor(id, { data, lang }).fixedWidth;
    const widths: [string, number][] = fixed ? [[String(fixed), fixed]] : Object.entries(WIDTHS);
    return widths.map(([width, pixels]) => ({ id, lang, width, pixels }));
  }),
);

describe("chart snapshots", () => {
  it.each(cases)("$id in $lang at the $width width matches its SVG snapshot", ({ id, lang, width, pixels }) => {
    compareWithSnapshot("charts", `${id}-${lang}-${width}`, normaliseSvg(renderSvg(chartFor(id, { data, lang }), pixels)));
  });
});

describe("normaliseSvg", () => {
  const svg = `<svg class="plot-x" viewBox="0 0 328 300"><style>:where(.plot-x) {\n  --plot-background: white;\n  display: block;\n  height: auto;\n  height: intrinsic;\n  max-width: 100%;\n}\n:where(.plot-x text),\n:where(.plot-x tspan) {\n  white-space: pre;\n}</style><g aria-label="bar"><rect aria-label="Yên Lạc: 1.24" width="21.999999999999986" x="-0.04"><title>Yên Lạc: 1.24</title></rect></g><text y="0.9128em"><tspan>a</tspan><tspan>b</tspan></text></svg>`;

  it("rounds geometry to one decimal but never the numbers a reader sees", () => {
    const out = normaliseSvg(svg);
    expect(out).toContain(`<rect aria-label="Yên Lạc: 1.24" width="22" x="0"><title>Yên Lạc: 1.24</title></rect>`);
    expect(out).toContain(`y="0.9em"`);
  });

  it("puts one element per line and keeps a text's tspans together", () => {
    expect(normaliseSvg(svg)).toBe(
      [
        `<svg xmlns="http://www.w3.org/2000/svg" class="plot-x" viewBox="0 0 328 300">`,
        `  <style>/* Plot's default stylesheet */</style>`,
        `  <g aria-label="bar">`,
        `    <rect aria-label="Yên Lạc: 1.24" width="22" x="0"><title>Yên Lạc: 1.24</title></rect>`,
        `  </g>`,
        `  <text y="0.9em"><tspan>a</tspan><tspan>b</tspan></text>`,
        `</svg>`,
        ``,
      ].join("\n"),
    );
  });

  it("keeps a stylesheet that is not Plot's default, so a change to it shows", () => {
    expect(normaliseSvg(`<svg class="p"><style>.p circle { fill: red; }</style></svg>`)).toContain(
      "<style>.p circle { fill: red; }</style>",
    );
  });

  it("rejects markup it does not understand instead of guessing", () => {
    expect(() => normaliseSvg(`<svg><!-- comment --></svg>`)).toThrow(/unexpected markup/);
    expect(() => normaliseSvg(`<svg><g></svg>`)).toThrow(/closes <g>/);
  });
});
