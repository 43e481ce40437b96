/**
 * `npm run bench [-- DIR] [--scales 1,10,100,1000,2000] [--shape indicators|series] [--runs N]
 * [--build-runs N] [--no-build] [--keep]`: how the cost of checking, loading and building grows
 * with the data. For each scale the package (default `data/`) is copied with its observations
 * multiplied, then timed three ways: `validateDirectory` and `buildSiteData` in this process
 * (median of N runs after a cold one), and a full `astro build` of the copy in a child process
 * (the fastest of N builds: on a shared machine the other processes only ever add time).
 * Performance is measured here, never in tests.
 *
 * The extra rows are valid figures that no page lists wholesale, so the site keeps the same pages
 * and only the data behind them (and the CSV downloads) grows: what is timed is the cost of more
 * data, not of more pages. Two shapes:
 * - `indicators` (default): extra indicators for Viet Nam, a hundred years each — many short series;
 * - `series`: one long series that pages do look up, the province's commune count on each earlier
 *   day (a chart picks its newest period shared with the districts): a lookup that scanned its
 *   series, or the table, would make the build grow with the square of the data.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { buildSiteData } from "../src/lib/data/SiteData.ts";
import { formatIssue } from "../src/lib/validate/Issue.ts";
import { validateDirectory, type ValidationResult } from "../src/lib/validate/validatePackage.ts";

const USAGE =
  "usage: npm run bench [-- DIR] [--scales 1,10,100,1000,2000] [--shape indicators|series] [--runs N] [--build-runs N] [--no-build] [--keep]";
const SHAPES = ["indicators", "series"] as const;
type Shape = (typeof SHAPES)[number];

function parseArgs(args: readonly string[]) {
  const out = {
    dir: "data",
    scales: [1, 10, 100, 1000, 2000],
    shape: "indicators" as Shape,
    runs: Number(process.env["BENCH_RUNS"] ?? 3),
    buildRuns: 1,
    build: true,
    keep: false,
  };
  let dirs = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => (arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i]) ?? "";
    if (arg === "--no-build") out.build = false;
    else if (arg === "--keep") out.keep = true;
    else if (arg === "--scales" || arg.startsWith("--scales=")) out.scales = value().split(",").map(Number);
    else if (arg === "--runs" || arg.startsWith("--runs=")) out.runs = Number(value());
    else if (arg === "--build-runs" || arg.startsWith("--build-runs=")) out.buildRuns = Number(value());
    else if (arg === "--shape" || arg.startsWith("--shape=")) {
      const shape = value();
      if (!SHAPES.includes(shape as Shape)) return null;
      out.shape = shape as Shape;
    } else if (arg.startsWith("--") || dirs++ > 0) return null;
    else out.dir = arg;
  }
  const whole = (n: number) => Number.isInteger(n) && n >= 1;
  return out.scales.every(whole) && whole(out.runs) && whole(out.buildRuns) ? out : null;
}

const options = parseArgs(process.argv.slice(2));
if (!options) {
  console.error(USAGE);
  process.exit(2);
}
const source = resolve(options.dir);

function time<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const result = fn();
  return [performance.now() - start, result];
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A hundred yearly periods per extra indicator, all before the cited census report was published. */
const YEARS = Array.from({ length: 100 }, (_, i) => String(1920 + i));
const CENSUS_SOURCE = "census-2019-vp";

/** `count` extra indicators' definitions and figures (whole counts of persons, not additive). */
function extraIndicators(count: number): { indicators: string[]; observations: string[] } {
  const indicators: string[] = [];
  const observations: string[] = [];
  for (let n = 0; n * YEARS.length < count; n++) {
    const id = `bench_${n + 1}`;
    indicators.push(
      `${id},persons,false,measured,Chỉ tiêu thử tải ${n + 1},Benchmark indicator ${n + 1},Chỉ dùng để đo thời gian kiểm tra và xây dựng.,Only used to time the check and the build.\n`,
    );
    for (let y = 0; y < YEARS.length && n * YEARS.length + y < count; y++) {
      observations.push(`VN,${id},${YEARS[y]},,${1000 + ((n * 7 + y) % 9000)},exact,${CENSUS_SOURCE},,\n`);
    }
  }
  return { indicators, observations };
}

/**
 * `count` figures of the province's commune-level units on the days before the first one in
 * data/ (the source, a list of units, is undated; with no district figure on those days the parts
 * are not summed).
 */
function longSeries(count: number, province: string, firstDay: string): string[] {
  const day = new Date(`${firstDay}T00:00:00Z`);
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    day.setUTCDate(day.getUTCDate() - 1);
    rows.push(`${province},commune_units,${day.toISOString().slice(0, 10)},,${100 + (i % 50)},exact,gso-admin-units,,\n`);
  }
  return rows;
}

/** Copies the package to `into` with about `factor` times its observations, in the given shape. */
function scaledCopy(factor: number, base: ValidationResult, into: string): void {
  cpSync(source, into, { recursive: true });
  const extra = (base.tables.get("observations")?.rows.length ?? 0) * (factor - 1);
  if (extra === 0) return;
  if (options!.shape === "indicators") {
    const { indicators, observations } = extraIndicators(extra);
    appendFileSync(join(into, "indicators.csv"), indicators.join(""));
    appendFileSync(join(into, "observations.csv"), observations.join(""));
    return;
  }
  const province = base.tables.get("areas")?.rows.find((r) => r.values["level"] === "province")?.values["code"];
  const days = (base.tables.get("observations")?.rows ?? [])
    .filter((r) => r.values["area"] === province && r.values["indicator"] === "commune_units")
    .map((r) => String(r.values["period"]))
    .sort();
  if (typeof province !== "string" || !days[0]) throw new Error("the series shape needs a commune_units figure for the province");
  appendFileSync(join(into, "observations.csv"), longSeries(extra, province, days[0].slice(0, 10)).join(""));
}

/** Runs `astro build` on the copy, as CI does, in its own process; returns milliseconds. */
function astroBuild(dataDir: string, outDir: string): number {
  const astro = resolve("node_modules/astro/bin/astro.mjs");
  const start = performance.now();
  const run = spawnSync(process.execPath, [astro, "build", "--silent"], {
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    throw new Error(`astro build failed for ${dataDir} (exit ${run.status})`);
  }
  return ms;
}

interface Row {
  readonly scale: number;
  readonly observations: number;
  readonly bytes: number;
  readonly validate: number;
  readonly load: number;
  readonly build: number | null;
}

const work = mkdtempSync(join(tmpdir(), "bench-"));
const rows: Row[] = [];
try {
  const base = validateDirectory(source);
  if (base.issues.length > 0) throw new Error(`${source} does not pass the check:\n${base.issues.slice(0, 5).map(formatIssue).join("\n")}`);
  for (const scale of options.scales) {
    const dataDir = join(work, `data-x${scale}`);
    scaledCopy(scale, base, dataDir);
    const [cold, first] = time(() => validateDirectory(dataDir));
    if (first.issues.length > 0 || !first.descriptor) {
      throw new Error(`the ×${scale} copy does not pass the check:\n${first.issues.slice(0, 5).map(formatIssue).join("\n")}`);
    }
    const validate: number[] = [];
    const load: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const [v, result] = time(() => validateDirectory(dataDir));
      validate.push(v);
      load.push(time(() => buildSiteData(result.descriptor!, result.tables, result.geometries))[0]);
    }
    const build = options.build
      ? Math.min(...Array.from({ length: options.buildRuns }, () => astroBuild(dataDir, join(work, `dist-x${scale}`))))
      : null;
    const row: Row = {
      scale,
      observations: first.tables.get("observations")!.rows.length,
      bytes: readFileSync(join(dataDir, "observations.csv")).length,
      validate: median(validate),
      load: median(load),
      build,
    };
    rows.push(row);
    const built = build === null ? "" : `, astro build ${(build / 1000).toFixed(1)} s`;
    console.error(
      `×${scale}: ${row.observations} observations, validate ${row.validate.toFixed(0)} ms (cold ${cold.toFixed(0)}), buildSiteData ${row.load.toFixed(0)} ms${built}`,
    );
    if (!options.keep) rmSync(dataDir, { recursive: true, force: true });
    if (!options.keep) rmSync(join(work, `dist-x${scale}`), { recursive: true, force: true });
  }
} finally {
  if (!options.keep) rmSync(work, { recursive: true, force: true });
  else console.error(`copies kept in ${work}`);
}

const cell = (text: string, width: number) => text.padStart(width);
console.log(
  `\nshape ${options.shape}; validate and buildSiteData: median of ${options.runs} runs after a cold one; astro build: fastest of ${options.buildRuns}`,
);
console.log(
  [
    cell("scale", 6),
    cell("observations", 12),
    cell("CSV MB", 7),
    cell("validate ms", 12),
    cell("buildSiteData ms", 17),
    cell("astro build s", 14),
  ].join("  "),
);
for (const r of rows) {
  console.log(
    [
      cell(`×${r.scale}`, 6),
      cell(String(r.observations), 12),
      cell((r.bytes / 1e6).toFixed(1), 7),
      cell(r.validate.toFixed(1), 12),
      cell(r.load.toFixed(1), 17),
      cell(r.build === null ? "—" : (r.build / 1000).toFixed(1), 14),
    ].join("  "),
  );
}
// Doubling the data should at most double the time: the ratio of each scale to the one before it
// when that one is half as large (×2000 / ×1000).
for (const r of rows) {
  const half = rows.find((h) => h.scale * 2 === r.scale);
  if (!half) continue;
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? "—" : (a / b).toFixed(2));
  console.log(
    `×${r.scale} / ×${half.scale} (${half.observations} → ${r.observations} observations): validate ${ratio(r.validate, half.validate)}, buildSiteData ${ratio(r.load, half.load)}, astro build ${ratio(r.build, half.build)}`,
  );
}
