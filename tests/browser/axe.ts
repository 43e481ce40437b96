import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  count: number;
  targets: string[];
}

/**
 * The violations axe-core finds on the page as it stands (all default rules), and the ids of the
 * rules that checked something. `include` limits the run to the elements a selector matches.
 */
export async function runAxe(page: Page, include?: string): Promise<{ violations: AxeViolation[]; checked: string[] }> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (selector) => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    type Results = { violations: Result[]; passes: Result[]; incomplete: Result[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: object) => Promise<Results> } }).axe;
    const results = await axe.run(selector === undefined ? document : { include: [selector] }, { resultTypes: ["violations"] });
    const violations = results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      count: v.nodes.length,
      targets: v.nodes.slice(0, 6).map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))).join(" ")),
    }));
    return { violations, checked: [...results.violations, ...results.passes, ...results.incomplete].map((r) => r.id) };
  }, include);
}

export const describeViolations = (vs: AxeViolation[]): string[] =>
  vs.map((v) => `${v.id} [${v.impact}] ${v.help} (${v.count} node${v.count === 1 ? "" : "s"}): ${v.targets.join(" | ")}`);
