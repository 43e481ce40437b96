import { formatPeriod } from "../format/formatPeriod.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { CHART_WORDS } from "./chartWords.ts";
import { figureText } from "./format.ts";
import { COLOR } from "./theme.ts";

interface Summary {
  readonly province: string;
  readonly existing: string;
  readonly target: string;
  readonly period: string;
  /** The share of district-level units the plan means to cover, when data/ has it. */
  readonly districts: string | null;
  /** The share of communes the plan means to cover, when data/ has it. */
  readonly communes: string | null;
}

/** The plan's coverage targets, after the number of new clubs: districts first, then communes. */
function coverageVi(p: Summary): string {
  const parts = [
    ...(p.districts ? [`${p.districts} số huyện, thành phố`] : []),
    ...(p.communes ? [`${p.communes} số xã, phường, thị trấn`] : []),
  ];
  return parts.length ? `, để ${parts.join(" và ")} có câu lạc bộ` : "";
}

function coverageEn(p: Summary): string {
  const parts = [
    ...(p.districts ? [`${p.districts} of districts and cities`] : []),
    ...(p.communes ? [`${p.communes} of communes, wards and townships`] : []),
  ];
  return parts.length ? `, so that ${parts.join(" and ")} have one` : "";
}

const M = defineMessages(
  {
    target: (figure: string) => `${figure} (chỉ tiêu)`,
    running: (period: string) => `Câu lạc bộ VIE070 đang hoạt động (${period})`,
    planned: (period: string) => `Kế hoạch thành lập mới ${period}`,
    summary: (p: Summary) =>
      `Dự án VIE070 đã giúp lập ${p.existing} câu lạc bộ ở ${p.province}. Kế hoạch của tỉnh đặt chỉ tiêu thành lập mới ${p.target} câu lạc bộ trong giai đoạn ${p.period}${coverageVi(p)}. Đây là chỉ tiêu, không phải kết quả: chưa tìm thấy số liệu về việc thực hiện.`,
    subtitle: (province: string) => `Tỉnh ${province}, số câu lạc bộ`,
    dashedNote: "Khung viền nét đứt: chỉ tiêu kế hoạch, không phải số câu lạc bộ đã có.",
    measureColumn: "Chỉ tiêu",
    clubsColumn: "Câu lạc bộ",
  },
  {
    target: (figure) => `${figure} (target)`,
    running: (period) => `VIE070 clubs running (${period})`,
    planned: (period) => `Plan for new clubs, ${period}`,
    summary: (p) =>
      `Project VIE070 helped set up ${p.existing} clubs in ${p.province}. The province's plan targets ${p.target} new clubs over ${p.period}${coverageEn(p)}. This is a target, not an achievement: no figure on progress has been found.`,
    subtitle: (province) => `${province} province, number of clubs`,
    dashedNote: "Dashed outline: a planned target, not clubs that exist.",
    measureColumn: "Measure",
    clubsColumn: "Clubs",
  },
);

/**
 * Clubs that exist (VIE070) beside the province's plan for new ones. The plan is a target with
 * no reported progress, so it is drawn as a dashed outline and labelled as a target.
 */
export const clubPlan: ChartModule = ({ data, lang, title }) => {
  const area = data.province.code;
  const existing = data.need({ indicator: "vie070_clubs", area });
  const target = data.need({ indicator: "ishc_target_new_clubs", area });
  // Coverage targets of the same plan (the same period as the club target), shown beside it.
  const districts = data.at({ indicator: "ishc_target_district_coverage", area, period: target.period });
  const communes = data.at({ indicator: "ishc_target_commune_coverage", area, period: target.period });
  const targetLabel = M[lang].target(figureText(data, target, lang));
  const rows = [
    {
      name: M[lang].running(formatPeriod(existing.period, lang)),
      o: existing,
      label: figureText(data, existing, lang),
      outline: false,
      color: COLOR.primary,
    },
    {
      name: M[lang].planned(formatPeriod(target.period, lang)),
      o: target,
      label: targetLabel,
      outline: true,
      color: COLOR.secondary,
    },
  ];
  const province = pick(data.province, "name", lang);
  const summary = M[lang].summary({
    province,
    existing: figureText(data, existing, lang),
    target: figureText(data, target, lang),
    period: formatPeriod(target.period, lang),
    districts: districts ? figureText(data, districts, lang) : null,
    communes: communes ? figureText(data, communes, lang) : null,
  });
  return {
    subtitle: M[lang].subtitle(province),
    unit: CHART_WORDS[lang].clubs,
    summary,
    notes: [
      M[lang].dashedNote,
      ...new Set([existing, target, districts, communes].flatMap((o) => (o ? (pick(o, "note", lang) ?? []) : []))),
    ],
    sources: chartSources(
      data,
      [existing, target, districts, communes].flatMap((o) => (o ? [o.source] : [])),
    ),
    table: {
      columns: [
        { label: M[lang].measureColumn, numeric: false },
        { label: M[lang].clubsColumn, numeric: true },
      ],
      rows: rows.map((r) => [r.name, r.label]),
    },
    plot: (width) =>
      barList(
        rows.map((r) => ({
          name: r.name,
          bars: [{ value: r.o.value, label: r.label, color: r.color, outline: r.outline, tip: `${r.name}: ${r.label}` }],
        })),
        { width, ariaLabel: title, ariaDescription: summary, noData: NO_DATA[lang].short },
      ),
  };
};
