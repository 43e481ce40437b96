import { message } from "./Issue.ts";
import { observationsWithUnit, type RuleContext } from "./ruleContext.ts";

/** Units that count whole people or things, with what one of them is called in each language. */
const COUNTED: Readonly<Record<string, { vi: string; en: string }>> = {
  persons: { vi: "người", en: "people" },
  units: { vi: "đơn vị hành chính", en: "administrative units" },
  clubs: { vi: "câu lạc bộ", en: "clubs" },
  teams: { vi: "đội", en: "teams" },
};

/**
 * A count of people, clubs, teams or units has no fractional part. The value column is a
 * number (shares and coefficients need decimals), so the indicator's unit decides.
 */
export function wholeCounts({ tables, report }: RuleContext): void {
  const observations = tables.get("observations");
  if (!observations) return;
  for (const { row, value, indicator, unit } of observationsWithUnit(tables)) {
    const counted = unit === null ? undefined : COUNTED[unit];
    if (!counted || typeof value !== "number" || Number.isInteger(value)) continue;
    report(
      observations,
      row,
      "value",
      message(
        "count-fraction",
        `${value} có phần lẻ, nhưng ${indicator} đếm số ${counted.vi}: số ${counted.vi} phải là số nguyên`,
        `${value} has a fractional part, but ${indicator} counts ${counted.en}: a number of ${counted.en} is a whole number`,
        {
          vi: "kiểm tra lại con số theo nguồn (2,5 triệu người viết là 2500000)",
          en: "check the figure against the source (2.5 million people is written 2500000)",
        },
      ),
    );
  }
}
