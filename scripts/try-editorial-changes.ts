/**
 * `npm run test:editorial`: proves that good editorial changes cannot turn the tests red. It
 * copies the repository (the working tree, as git sees it) to a temporary folder, makes there
 * the five changes an editor most often makes to data/, with the version raised and a changelog
 * entry as the editors' guide asks, and runs `npm test` in the copy. Exit code: npm test's.
 *
 * The changes are found by looking at the data, not by line number, so they stay plausible as
 * data/ grows: add a newer figure with its report, correct a value, change a qualifier, add a
 * club, delete a figure that no story cites.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import Papa from "papaparse";

type Row = Record<string, string>;
const ROOT = resolve(import.meta.dirname, "..");
const copy = mkdtempSync(join(tmpdir(), "vp-editorial-"));

// The files git tracks plus the new ones it does not ignore: what a pull request would contain.
const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: ROOT, encoding: "utf8" })
  .split("\0")
  .filter(Boolean);
for (const file of files) {
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  cpSync(join(ROOT, file), join(copy, file), { dereference: false });
}
symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");

const path = (name: string) => join(copy, "data", name);
const read = (name: string) => Papa.parse<Row>(readFileSync(path(name), "utf8"), { header: true, skipEmptyLines: true });
const write = (name: string, rows: readonly Row[], fields: readonly string[]) =>
  writeFileSync(
    path(name),
    `${Papa.unparse({ fields: [...fields], data: rows.map((r) => fields.map((f) => r[f] ?? "")) }, { newline: "\n" })}\n`,
  );

const obs = read("observations.csv");
const sources = read("sources.csv");
const clubs = read("clubs.csv");
const areas = read("areas.csv").data;
const province = areas.find((a) => a["level"] === "province")!["code"]!;
const district = areas.find((a) => a["level"] === "district")!;
const rows = obs.data;
const newest = (indicator: string) =>
  rows.filter((o) => o["indicator"] === indicator && o["area"] === province && o["group"] === "").at(-1);
const done: string[] = [];

// 1. A newer figure for people aged 60+, with the report it comes from.
const elderly = newest("elderly_60plus");
if (elderly) {
  const year = String(Number(elderly["period"]!.slice(0, 4)) + 1);
  sources.data.push({
    id: `report-elderly-${year}`,
    publisher: "Sở Lao động – Thương binh và Xã hội tỉnh Vĩnh Phúc",
    title: `Báo cáo công tác người cao tuổi năm ${year}`,
    published: `${Number(year) + 1}-03-15`,
    reliability: "B",
  });
  rows.push({
    ...elderly,
    period: year,
    value: String(Math.round(Number(elderly["value"]) * 1.04)),
    qualifier: "exact",
    source: `report-elderly-${year}`,
    note_vi: "",
    note_en: "",
  });
  done.push(`added elderly_60plus ${year}`);
}
// 2. A corrected value.
const recipients = newest("elderly_allowance_recipients");
if (recipients) {
  recipients["value"] = String(Math.round(Number(recipients["value"]) * 1.02));
  done.push(`corrected elderly_allowance_recipients ${recipients["period"]}`);
}
// 3. A qualifier read again in the source.
const members = newest("vie070_members");
if (members) {
  members["qualifier"] = members["qualifier"] === "about" ? "exact" : "about";
  done.push(`qualifier of vie070_members ${members["period"]} → ${members["qualifier"]}`);
}
// 4. A club newly known by name.
const clubSource = sources.data[0]!["id"]!;
clubs.data.push({
  id: "test-club-editorial",
  name_vi: "CLB Liên thế hệ tự giúp nhau thôn Thử",
  name_en: "Thử village Intergenerational Self-Help Club",
  district: district["code"]!,
  commune: "xã Thử",
  village: "thôn Thử",
  source: clubSource,
});
done.push(`added a club in ${district["name_vi"]}`);
// 5. A figure withdrawn: the newest province figure of an indicator no story cites. (Withdrawing
// a figure a story cites is refused by the check at the story's line, until the story changes.)
const storyText = files
  .filter((f) => f.startsWith("data/stories/") && f.endsWith(".md"))
  .map((f) => readFileSync(join(copy, f), "utf8"))
  .join("\n");
const uncited = rows.filter(
  (o) =>
    o["area"] === province && !storyText.includes(`indicator=${o["indicator"]} `) && !storyText.includes(`indicator=${o["indicator"]}}`),
);
const withdrawn = uncited.at(-1);
if (withdrawn) {
  rows.splice(rows.indexOf(withdrawn), 1);
  done.push(`deleted ${withdrawn["indicator"]} ${withdrawn["period"]} (no story cites it)`);
}

write("observations.csv", rows, obs.meta.fields!);
write("sources.csv", sources.data, sources.meta.fields!);
write("clubs.csv", clubs.data, clubs.meta.fields!);

// The version goes up by one minor step and the changelog says why, as the editors' guide asks.
const descriptorPath = path("datapackage.json");
const descriptor = readFileSync(descriptorPath, "utf8");
const version = /"version":\s*"(\d+)\.(\d+)\.(\d+)"/.exec(descriptor)!;
const next = `${version[1]}.${Number(version[2]) + 1}.0`;
writeFileSync(descriptorPath, descriptor.replace(version[0], `"version": "${next}"`));
const changelog = readFileSync(path("CHANGELOG.md"), "utf8");
const entry = `### ${next} — ${new Date().toISOString().slice(0, 10)}\n\n${done.map((d) => `- ${d}`).join("\n")}\n\n`;
writeFileSync(path("CHANGELOG.md"), changelog.replace(/^### /m, `${entry}### `));

console.log(
  `[editorial] ${copy}\n[editorial] ${done.length} changes, version ${next}:\n  ${done.join("\n  ")}\n[editorial] npm test in the copy…`,
);
const test = spawnSync("npm", ["test"], { cwd: copy, stdio: "inherit", env: { ...process.env } });
if (test.status === 0) rmSync(copy, { recursive: true, force: true });
else console.error(`[editorial] npm test failed on good editorial changes; the copy is kept in ${copy}`);
process.exit(test.status ?? 1);
