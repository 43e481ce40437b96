import { message } from "./Issue.ts";
import { observationsWithUnit, type RuleContext } from "./ruleContext.ts";

/**
 * The largest figure each unit can sensibly take anywhere the site reports (the country
 * included), with how to write it in each language. The limits are generous on purpose: they
 * exist to catch a pasted extra digit or a hostile value, not to judge a real figure. They live in
 * code, not in `datapackage.json`, because a pull request can edit the descriptor.
 */
const UNIT_MAXIMUM: Readonly<Record<string, { max: number; vi: string; en: string }>> = {
  // Viet Nam has about 100 million people.
  persons: { max: 200_000_000, vi: "200 triệu người", en: "200 million people" },
  units: { max: 100_000, vi: "100.000 đơn vị", en: "100,000 units" },
  clubs: { max: 1_000_000, vi: "1 triệu câu lạc bộ", en: "1 million clubs" },
  teams: { max: 1_000_000, vi: "1 triệu đội", en: "1 million teams" },
  // Viet Nam covers about 331,000 km².
  km2: { max: 1_000_000, vi: "1 triệu km²", en: "1 million km²" },
  vnd_per_month: { max: 1_000_000_000, vi: "1 tỷ đồng/tháng", en: "1 billion dong a month" },
  coefficient: { max: 1_000, vi: "1.000", en: "1,000" },
};

/** A figure no larger than its unit allows; percentages have their own rule (at most 100). */
export function withinUnitMaximum({ tables, report, reported }: RuleContext): void {
  const observations = tables.get("observations");
  if (!observations) return;
  for (const { row, value, unit } of observationsWithUnit(tables)) {
    const limit = unit === null ? undefined : UNIT_MAXIMUM[unit];
    if (!limit || typeof value !== "number" || value <= limit.max || reported(row, "value")) continue;
    report(
      observations,
      row,
      "value",
      message(
        "number-too-large",
        `${value} lớn hơn mức có thể có với đơn vị ${unit} (tối đa ${limit.vi})`,
        `${value} is larger than any figure in ${unit} can be (at most ${limit.en})`,
        {
          vi: "kiểm tra lại con số theo nguồn: có thể thừa chữ số",
          en: "check the figure against the source: a digit may have been typed twice",
        },
      ),
    );
  }
}

/** One club's membership: a village club has tens of members, a very large one a few hundred. */
const CLUB_MEMBERS_MAXIMUM = 100_000;

/** A club's member count no larger than any club can have. */
export function withinClubMaximum({ tables, report, reported }: RuleContext): void {
  const clubs = tables.get("clubs");
  for (const row of clubs?.rows ?? []) {
    const members = row.values["members"];
    if (typeof members !== "number" || members <= CLUB_MEMBERS_MAXIMUM || reported(row, "members")) continue;
    report(
      clubs!,
      row,
      "members",
      message(
        "number-too-large",
        `${members} lớn hơn số hội viên một câu lạc bộ có thể có (tối đa 100.000)`,
        `${members} is more members than one club can have (at most 100,000)`,
        {
          vi: "kiểm tra lại con số theo nguồn: có thể thừa chữ số",
          en: "check the figure against the source: a digit may have been typed twice",
        },
      ),
    );
  }
}
