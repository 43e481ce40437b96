import { formatPeriod } from "../format/formatPeriod.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { figureText, t } from "./format.ts";
import { COLOR } from "./theme.ts";

/**
 * Clubs that exist (VIE070) beside the province's plan for new ones. The plan is a target with
 * no reported progress, so it is drawn as a dashed outline and labelled as a target.
 */
export const clubPlan: ChartModule = ({ data, lang, title }) => {
  const area = data.province.code;
  const existing = data.need({ indicator: "vie070_clubs", area });
  const target = data.need({ indicator: "ishc_target_new_clubs", area });
  const communes = data.latest({ indicator: "ishc_target_commune_coverage", area });
  const targetLabel = `${figureText(data, target, lang)} (${t(lang, "chỉ tiêu", "target")})`;
  const rows = [
    {
      name: t(
        lang,
        `Câu lạc bộ VIE070 đang hoạt động (${formatPeriod(existing.period, lang)})`,
        `VIE070 clubs running (${formatPeriod(existing.period, lang)})`,
      ),
      o: existing,
      label: figureText(data, existing, lang),
      outline: false,
      color: COLOR.primary,
    },
    {
      name: t(
        lang,
        `Kế hoạch thành lập mới ${formatPeriod(target.period, lang)}`,
        `Plan for new clubs, ${formatPeriod(target.period, lang)}`,
      ),
      o: target,
      label: targetLabel,
      outline: true,
      color: COLOR.secondary,
    },
  ];
  const summary = t(
    lang,
    `Dự án VIE070 đã giúp lập ${figureText(data, existing, lang)} câu lạc bộ ở Vĩnh Phúc. Kế hoạch của tỉnh đặt chỉ tiêu thành lập mới ${figureText(data, target, lang)} câu lạc bộ trong giai đoạn ${formatPeriod(target.period, lang)}${communes ? `, để ${figureText(data, communes, lang)} số xã, phường, thị trấn có câu lạc bộ` : ""}. Đây là chỉ tiêu, không phải kết quả: chưa tìm thấy số liệu về việc thực hiện.`,
    `Project VIE070 helped set up ${figureText(data, existing, lang)} clubs in Vĩnh Phúc. The province's plan targets ${figureText(data, target, lang)} new clubs over ${formatPeriod(target.period, lang)}${communes ? `, so that ${figureText(data, communes, lang)} of communes, wards and townships have one` : ""}. This is a target, not an achievement: no figure on progress has been found.`,
  );
  return {
    subtitle: t(lang, "Tỉnh Vĩnh Phúc, số câu lạc bộ", "Vĩnh Phúc province, number of clubs"),
    unit: t(lang, "câu lạc bộ", "clubs"),
    summary,
    notes: [
      t(
        lang,
        "Khung viền nét đứt: chỉ tiêu kế hoạch, không phải số câu lạc bộ đã có.",
        "Dashed outline: a planned target, not clubs that exist.",
      ),
      ...[existing, target].flatMap((o) => pick(o, "note", lang) ?? []),
    ],
    sources: chartSources(data, [existing.source, target.source]),
    table: {
      columns: [
        { label: t(lang, "Chỉ tiêu", "Measure"), numeric: false },
        { label: t(lang, "Câu lạc bộ", "Clubs"), numeric: true },
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
