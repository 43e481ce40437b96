import { citationLabel } from "../format/citationLabel.ts";
import type { SiteData, Source } from "../data/SiteData.ts";
import type { ChartSource } from "./Chart.ts";

/** The distinct sources of a set of figures, in the order first cited. */
export function chartSources(data: SiteData, sourceIds: Iterable<string>): readonly ChartSource[] {
  const seen = new Set<string>();
  const out: ChartSource[] = [];
  for (const id of sourceIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const s: Source = data.source(id);
    out.push({ id: s.id, label: citationLabel(s), url: s.url, reliability: s.reliability });
  }
  return out;
}

/** "Nghị định 20/2021/NĐ-CP …" → "20/2021/NĐ-CP": the number a chart labels a step with. */
export function instrumentNumber(title: string): string | null {
  return /(\d+\/\d{4}\/[A-ZĐ-]+(?:-[A-Z]+)?)/u.exec(title)?.[1] ?? null;
}
