import type { Kind, PageReport } from "./factCheck.ts";

const KINDS: readonly Kind[] = ["observation", "date", "computation", "data text", "structure"];

/** Input rows as one line: the first few, then how many more. */
const inputsLine = (inputs: readonly string[]) =>
  inputs.length <= 4 ? inputs.join("; ") : `${inputs.slice(0, 4).join("; ")}; … (${inputs.length} in all)`;

/**
 * What the fact-check found, compactly: numbers per page by kind, how many each rule accepted,
 * and every computation used with its input rows.
 */
export function factCheckSummary(reports: readonly PageReport[]): string {
  const total = (r: PageReport) => r.numbers.length + r.findings.length;
  const byKind = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  const byRule = new Map<string, number>();
  const computations = new Map<string, { count: number; pages: Set<string>; inputs: readonly string[] }>();
  for (const r of reports) {
    for (const n of r.numbers) {
      byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
      byRule.set(`${n.kind}: ${n.rule}`, (byRule.get(`${n.kind}: ${n.rule}`) ?? 0) + 1);
      if (n.kind === "computation") {
        const key = `${n.rule} — ${n.name ?? ""}`;
        const entry = computations.get(key) ?? { count: 0, pages: new Set<string>(), inputs: n.inputs };
        entry.count++;
        entry.pages.add(r.page);
        computations.set(key, entry);
      }
    }
  }
  const findings = reports.reduce((n, r) => n + r.findings.length, 0);
  const numbers = reports.reduce((n, r) => n + total(r), 0);
  const width = Math.max(...reports.map((r) => r.page.length), 4);
  const columns = ["obs", "date", "comp", "text", "struct", "found"];
  const lines = [
    `Fact-check: ${reports.length} pages, ${numbers} numbers (${KINDS.map((k) => `${k} ${byKind.get(k)}`).join(" · ")}), ${findings} finding(s)`,
    `  ${"page".padEnd(width)} ${columns.map((c) => c.padStart(6)).join(" ")}`,
    ...reports.map(
      (r) =>
        `  ${r.page.padEnd(width)} ${[...KINDS.map((k) => r.numbers.filter((n) => n.kind === k).length), r.findings.length]
          .map((n) => String(n).padStart(6))
          .join(" ")}`,
    ),
    "Rules (numbers accepted):",
    ...[...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `  ${String(n).padStart(6)}  ${rule}`),
    "Computations used (times shown, pages: input rows):",
    ...[...computations]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([key, c]) => `  ${key} (×${c.count}, ${c.pages.size} page${c.pages.size === 1 ? "" : "s"}): ${inputsLine(c.inputs)}`),
  ];
  return lines.join("\n");
}
