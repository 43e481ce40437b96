import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";

/*
 * The colours in src/styles/global.css, measured: WCAG 2 contrast against the page for text and
 * for chart marks, in the light and the dark theme, and the distance between the chart colours as
 * people with each kind of dichromacy see them (Machado, Oliveira & Fernandes 2009, severity 1,
 * applied in linear RGB; distance as CIE76 ΔE in Lab).
 */

const CSS = readFileSync(new URL("../../src/styles/global.css", import.meta.url), "utf8");
const NAMES = [
  "--bg",
  "--fg",
  "--muted",
  "--link",
  "--chart-1",
  "--chart-2",
  "--chart-highlight",
  "--chart-muted",
  "--chart-on-fill",
] as const;
type Name = (typeof NAMES)[number];
type Palette = Readonly<Record<Name, string>>;

/** The custom properties declared in one rule's body, `--name: #rrggbb;`. */
function declarations(body: string): Map<string, string> {
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name = "", value = ""]) => [name, value.trim()]));
}

function palette(body: string | undefined, where: string): Palette {
  if (body === undefined) throw new Error(`no ${where} rule in src/styles/global.css`);
  const found = declarations(body);
  const entries = NAMES.map((name) => {
    const value = found.get(name);
    if (!value || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${where} sets ${name} to ${value ?? "nothing"}; expected #rrggbb`);
    return [name, value.toLowerCase()];
  });
  return Object.fromEntries(entries) as Palette;
}

// The first top-level :root rule (before any @media), and the :root inside the dark-scheme query.
const LIGHT = palette(/^:root\s*\{([^}]*)\}/m.exec(CSS)?.[1], ":root");
const DARK = palette(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(CSS)?.[1], "dark-scheme :root");
const THEMES = [
  ["light", LIGHT],
  ["dark", DARK],
] as const;

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

/** sRGB component to linear light (IEC 61966-2-1; WCAG 2 prints 0.03928, which changes nothing at 8 bits). */
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(linear) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

type Matrix = readonly [Rgb, Rgb, Rgb];
/** Machado et al. 2009, severity 1.0, for linear RGB. */
const DICHROMACY: Readonly<Record<string, Matrix>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const VISION = ["typical", ...Object.keys(DICHROMACY)] as const;

const clamp = (x: number) => Math.min(1, Math.max(0, x));
const apply = (m: Matrix, [r, g, b]: Rgb): Rgb => m.map(([x, y, z]) => x * r + y * g + z * b) as unknown as Rgb;

/** A colour in linear RGB as seen with the given vision. */
function seen(hex: string, vision: string): Rgb {
  const lin = rgb(hex).map(linear) as unknown as Rgb;
  const m = DICHROMACY[vision];
  return m ? (apply(m, lin).map(clamp) as unknown as Rgb) : lin;
}

/** Linear sRGB to CIELAB, D65 white. */
function lab(c: Rgb): Rgb {
  const [x, y, z] = apply(
    [
      [0.4124564, 0.3575761, 0.1804375],
      [0.2126729, 0.7151522, 0.072175],
      [0.0193339, 0.119192, 0.9503041],
    ],
    c,
  );
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  const [fx, fy, fz] = [f(x / 0.95047), f(y / 1), f(z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference between two colours as the given vision sees them. */
function deltaE(a: string, b: string, vision: string): number {
  const [p, q] = [lab(seen(a, vision)), lab(seen(b, vision))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

const fixed = (x: number) => x.toFixed(2);
const measured: Record<string, string>[] = [];
afterAll(() => {
  // Printed so the figures can be quoted without rerunning the arithmetic.
  console.table(measured);
});

describe("the colour arithmetic", () => {
  it("contrast(black, white) is 21:1 and a colour against itself 1:1", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 6);
    expect(contrast("#0b6e66", "#0b6e66")).toBe(1);
  });

  it("leaves greys grey under every simulated dichromacy (each matrix row sums to 1)", () => {
    for (const vision of VISION) expect(deltaE("#808080", "#808080", vision)).toBe(0);
    for (const vision of VISION) expect(Math.abs(lab(seen("#808080", vision))[1])).toBeLessThan(0.5);
  });

  it("makes red and green hard to tell apart for protanopes and deuteranopes, not for tritanopes", () => {
    expect(deltaE("#d62728", "#2ca02c", "deuteranopia")).toBeLessThan(deltaE("#d62728", "#2ca02c", "tritanopia") / 2);
    expect(deltaE("#d62728", "#2ca02c", "protanopia")).toBeLessThan(deltaE("#d62728", "#2ca02c", "tritanopia") / 2);
  });
});

describe.each(THEMES)("the %s theme", (theme, colours) => {
  const bg = colours["--bg"];
  const ratios = (names: readonly Name[], against: Name) =>
    names.map((name) => ({ name, against, ratio: fixed(contrast(colours[name], colours[against])) }));
  const record = (check: string, pair: string, value: string, needs: string) =>
    measured.push({ theme, check, colours: pair, value, needs });

  it.each(ratios(["--fg", "--muted", "--link"], "--bg"))(
    "text colour $name is readable on --bg: $ratio:1 (needs 4.5:1)",
    ({ name, ratio }) => {
      record(`${name} on --bg`, `${colours[name]} / ${bg}`, `${ratio}:1`, "4.5:1");
      expect(contrast(colours[name], bg), `${name} ${colours[name]} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(ratios(["--chart-1", "--chart-2", "--chart-highlight", "--chart-muted"], "--bg"))(
    "chart mark colour $name stands out from --bg: $ratio:1 (needs 3:1)",
    ({ name, ratio }) => {
      record(`${name} on --bg`, `${colours[name]} / ${bg}`, `${ratio}:1`, "3:1");
      expect(contrast(colours[name], bg), `${name} ${colours[name]} on ${bg}`).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(ratios(["--chart-1", "--chart-2", "--chart-highlight"], "--chart-on-fill"))(
    "--chart-on-fill is readable on a $name bar: $ratio:1 (needs 4.5:1)",
    ({ name, ratio }) => {
      record(`--chart-on-fill on ${name}`, `${colours["--chart-on-fill"]} / ${colours[name]}`, `${ratio}:1`, "4.5:1");
      expect(contrast(colours["--chart-on-fill"], colours[name])).toBeGreaterThanOrEqual(4.5);
    },
  );

  // No threshold: the two series differ in hue, and this figure says how alike they are in greyscale.
  it(`--chart-1 and --chart-2 differ in lightness by ${fixed(contrast(colours["--chart-1"], colours["--chart-2"]))}:1 (reported, not required)`, () => {
    record(
      "--chart-1 vs --chart-2 lightness",
      `${colours["--chart-1"]} / ${colours["--chart-2"]}`,
      `${fixed(contrast(colours["--chart-1"], colours["--chart-2"]))}:1`,
      "(info)",
    );
  });

  const pairs = [
    ["--chart-1", "--chart-2", "the two series"],
    ["--chart-highlight", "--chart-1", "a highlighted district among the others"],
    ["--chart-highlight", "--chart-2", "a highlighted 2019 bar beside its 2009 bar"],
  ] as const;
  const differences = pairs.flatMap(([a, b, what]) =>
    VISION.map((vision) => ({ a, b, what, vision, difference: deltaE(colours[a], colours[b], vision).toFixed(1) })),
  );

  it.each(differences)("$a and $b ($what) stay apart with $vision vision: ΔE $difference (needs 20)", ({ a, b, vision, difference }) => {
    record(`${a} vs ${b}, ${vision}`, `${colours[a]} / ${colours[b]}`, `ΔE ${difference}`, "ΔE 20");
    expect(deltaE(colours[a], colours[b], vision), `${a} ${colours[a]} vs ${b} ${colours[b]}, ${vision}`).toBeGreaterThanOrEqual(20);
  });
});
