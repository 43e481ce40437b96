import { allowanceBaseLevel } from "./allowanceBaseLevel.ts";
import { allowanceCoefficients } from "./allowanceCoefficients.ts";
import type { ChartModule } from "./Chart.ts";
import { clubActivities } from "./clubActivities.ts";
import { clubMembers } from "./clubMembers.ts";
import { clubPlan } from "./clubPlan.ts";
import { districtCommunes } from "./districtCommunes.ts";
import { districtPopulation } from "./districtPopulation.ts";
import { elderlyAllowance } from "./elderlyAllowance.ts";
import { vietnamAgeing } from "./vietnamAgeing.ts";

/** Every chart by its stable id (the id each module returns): embeds, anchors and tests use it. */
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
} as const satisfies Record<string, ChartModule>;

export type ChartId = keyof typeof CHARTS;
