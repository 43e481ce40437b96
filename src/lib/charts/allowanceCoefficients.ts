import { formatNumber } from "../format/formatNumber.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { nonEmpty } from "../data/MissingFigure.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { figureText } from "./format.ts";
import { COLOR } from "./theme.ts";

interface Summary {
  readonly since: string;
  readonly lowest: string;
  readonly highest: string;
  /** The groups with the highest coefficient (all of them, if tied), exactly as groups.csv names them: their conditions are the rule's. */
  readonly highestGroups: readonly string[];
  /** The province's own multiplier of the base level, when data/ has it. */
  readonly local: { readonly province: string; readonly year: string; readonly times: string } | null;
}

const M = defineMessages(
  {
    summary: (p: Summary) =>
      `Từ ${p.since}, mỗi diện người cao tuổi nhận trợ cấp bằng mức chuẩn nhân với một hệ số, từ ${p.lowest} đến ${p.highest}. Hệ số cao nhất dành cho diện ${p.highestGroups.map((g) => `“${g}”`).join(" và diện ")}.${p.local ? ` Năm ${p.local.year}, ${p.local.province} chi trả theo mức chuẩn bằng ${p.local.times} lần mức chuẩn của Chính phủ.` : ""}`,
    subtitle: (since: string) => `Cả nước, từ ${since}, hệ số nhân với mức chuẩn`,
    unit: "hệ số",
    groupColumn: "Diện",
    coefficientColumn: "Hệ số",
  },
  {
    summary: (p) =>
      `Since ${p.since}, each group of older people receives the base level times a coefficient, from ${p.lowest} to ${p.highest}. The highest is for ${p.highestGroups.length > 1 ? "the groups" : "the group"} ${p.highestGroups.map((g) => `“${g}”`).join(" and ")}.${p.local ? ` In ${p.local.year}, ${p.local.province} paid on a base level ${p.local.times} times the Government's.` : ""}`,
    subtitle: (since) => `Viet Nam, from ${since}, multiplier of the base level`,
    unit: "coefficient",
    groupColumn: "Group",
    coefficientColumn: "Coefficient",
  },
);

/** The coefficient each group of older people gets: allowance = coefficient × base level. */
export const allowanceCoefficients: ChartModule = ({ data, lang, title }) => {
  const key = { indicator: "allowance_coefficient", area: "VN" };
  const all = nonEmpty(
    data.find(key).filter((o) => o.group !== null),
    key,
  );
  // The coefficients in force: those of the newest period (a later decree replaces the whole set).
  const rows = all.filter((o) => o.period === all.at(-1)!.period);
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const multiplier = data.latest({ indicator: "allowance_local_multiplier", area: data.province.code });
  const since = formatPeriod(rows[0]!.period, lang);
  const name = (o: (typeof rows)[number]) => pick(data.group(o.group!), "name", lang);
  const times = (v: number) => `× ${formatNumber(v, lang)}`;
  const top = sorted[0]!;
  const summary = M[lang].summary({
    since,
    lowest: times(sorted.at(-1)!.value),
    highest: times(top.value),
    highestGroups: sorted.filter((o) => o.value === top.value).map(name),
    local: multiplier
      ? {
          province: pick(data.province, "name", lang),
          year: formatPeriod(multiplier.period, lang),
          times: formatNumber(multiplier.value, lang),
        }
      : null,
  });
  return {
    subtitle: M[lang].subtitle(since),
    unit: M[lang].unit,
    summary,
    notes: [...new Set(rows.flatMap((o) => pick(o, "note", lang) ?? []))],
    sources: chartSources(data, [...rows.map((o) => o.source), ...(multiplier ? [multiplier.source] : [])]),
    table: {
      columns: [
        { label: M[lang].groupColumn, numeric: false },
        { label: M[lang].coefficientColumn, numeric: true },
      ],
      rows: sorted.map((o) => [name(o), figureText(data, o, lang)]),
    },
    plot: (width) =>
      barList(
        sorted.map((o) => ({
          name: name(o),
          bars: [{ value: o.value, label: times(o.value), color: COLOR.primary, tip: `${name(o)}: ${times(o.value)}` }],
        })),
        { width, ariaLabel: title, ariaDescription: summary, noData: NO_DATA[lang].short },
      ),
  };
};
