import { formatNumber } from "../format/formatNumber.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { nonEmpty } from "../data/MissingFigure.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { figureText, t } from "./format.ts";
import { COLOR } from "./theme.ts";

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
  const summary = t(
    lang,
    `Từ ${since}, mỗi diện người cao tuổi nhận trợ cấp bằng mức chuẩn nhân với một hệ số, từ ${times(sorted.at(-1)!.value)} đến ${times(top.value)}. Hệ số cao nhất dành cho người ${name(top).charAt(0).toLowerCase()}${name(top).slice(1)}.${multiplier ? ` Năm ${formatPeriod(multiplier.period, lang)}, Vĩnh Phúc chi trả theo mức chuẩn bằng ${formatNumber(multiplier.value, lang)} lần mức chuẩn của Chính phủ.` : ""}`,
    `Since ${since}, each group of older people receives the base level times a coefficient, from ${times(sorted.at(-1)!.value)} to ${times(top.value)}. The highest is for people ${name(top).charAt(0).toLowerCase()}${name(top).slice(1)}.${multiplier ? ` In ${formatPeriod(multiplier.period, lang)}, Vĩnh Phúc paid on a base level ${formatNumber(multiplier.value, lang)} times the Government's.` : ""}`,
  );
  return {
    subtitle: t(lang, `Cả nước, từ ${since}, hệ số nhân với mức chuẩn`, `Viet Nam, from ${since}, multiplier of the base level`),
    unit: t(lang, "hệ số", "coefficient"),
    summary,
    notes: [...new Set(rows.flatMap((o) => pick(o, "note", lang) ?? []))],
    sources: chartSources(data, [...rows.map((o) => o.source), ...(multiplier ? [multiplier.source] : [])]),
    table: {
      columns: [
        { label: t(lang, "Diện", "Group"), numeric: false },
        { label: t(lang, "Hệ số", "Coefficient"), numeric: true },
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
