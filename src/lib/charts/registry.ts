import { MissingFigure } from "../data/MissingFigure.ts";
import { allowanceBaseLevel } from "./allowanceBaseLevel.ts";
import { allowanceCoefficients } from "./allowanceCoefficients.ts";
import type { Chart, ChartContext, ChartModule } from "./Chart.ts";
import { CHART_TITLES } from "./chartTitles.ts";
import { clubActivities } from "./clubActivities.ts";
import { clubMembers } from "./clubMembers.ts";
import { clubPlan } from "./clubPlan.ts";
import { districtCommunes } from "./districtCommunes.ts";
import { districtPopulation } from "./districtPopulation.ts";
import { elderlyAllowance } from "./elderlyAllowance.ts";
import { noDataChart } from "./noDataChart.ts";
import { vietnamAgeing } from "./vietnamAgeing.ts";

/** Every chart by its stable id: anchors, embeds and tests use it, so an id never changes. */
export const CHARTS = {
  "elderly-allowance": elderlyAllowance,
  "allowance-base-level": allowanceBaseLevel,
  "allowance-coefficients": allowanceCoefficients,
  "club-plan": clubPlan,
  "club-members": clubMembers,
  "club-activities": clubActivities,
  "district-population": districtPopulation,
  "district-communes": districtCommunes,
  "vietnam-ageing": vietnamAgeing,
} as const satisfies Record<keyof (typeof CHART_TITLES)["vi"], ChartModule>;

export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

/**
 * The chart with this id, drawn from the data. A chart whose figures are missing from data/ is
 * still a chart: its figure says "no data" and names what is missing, so an editor's deletion
 * can never break the build.
 */
export function chartFor(id: ChartId, context: ChartContext): Chart {
  const title = CHART_TITLES[context.lang][id];
  const dataVersion = context.data.version;
  try {
    return { id, title, dataVersion, ...CHARTS[id]({ ...context, title }) };
  } catch (error) {
    if (error instanceof MissingFigure) return { id, title, dataVersion, missing: true, ...noDataChart(context, error.key) };
    throw error;
  }
}
