import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";

/**
 * The warning shown beside a source of reliability C (an aggregator not checked against the
 * original); null for A and B. One rule, wherever a source is credited.
 */
export function reliabilityCaveat(reliability: "A" | "B" | "C", lang: Lang): string | null {
  return reliability === "C" ? UI[lang].reliabilityC : null;
}
