/**
 * `npm run bench`: how long checking and loading the data package takes, as a median over
 * repeated runs (the first, cold run is shown apart). Performance is measured here, never in tests.
 */
import { performance } from "node:perf_hooks";
import { resolve } from "node:path";
import { buildSiteData } from "../src/lib/data/SiteData.ts";
import { validateDirectory } from "../src/lib/validate/validatePackage.ts";

const dir = resolve(process.argv[2] ?? "data");
const runs = Number(process.env["BENCH_RUNS"] ?? 30);

function time<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const result = fn();
  return [performance.now() - start, result];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const [cold, first] = time(() => validateDirectory(dir));
const rows = [...first.tables.values()].reduce((n, t) => n + t.rows.length, 0);
const validate: number[] = [];
const build: number[] = [];
for (let i = 0; i < runs; i++) {
  const [v, result] = time(() => validateDirectory(dir));
  validate.push(v);
  if (result.descriptor) build.push(time(() => buildSiteData(result.descriptor!, result.tables, result.geometries))[0]);
}
console.log(`data package: ${rows} rows in ${first.tables.size} tables, ${first.issues.length} issues`);
console.log(`validate (cold):   ${cold.toFixed(1)} ms`);
console.log(`validate (median): ${median(validate).toFixed(2)} ms over ${runs} runs`);
if (build.length) console.log(`buildSiteData (median): ${median(build).toFixed(2)} ms`);
