import * as Plot from "@observablehq/plot";
import { formatNumber } from "../format/formatNumber.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { nonEmpty } from "../data/MissingFigure.ts";
import { pick } from "../i18n/lang.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources, instrumentNumber } from "./chartSources.ts";
import { figureText, t } from "./format.ts";
import { BASE_STYLE, COLOR } from "./theme.ts";

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The national base level of the monthly social allowance, as a step chart: the level holds
 * until a new decree changes it. Each step is labelled with its decree.
 */
export const allowanceBaseLevel: ChartModule = ({ data, lang, title }) => {
  const key = { indicator: "allowance_base_level", area: "VN", group: null };
  const levels = nonEmpty(data.find(key), key);
  const pension = data.latest({ indicator: "social_pension_level", area: "VN" });
  const first = levels[0];
  const last = levels[levels.length - 1]!;
  const steps = levels.map((o) => {
    const source = data.source(o.source);
    const number = instrumentNumber(source.title);
    const start = data.period(o).start;
    const short = number?.split("/")[0] ?? "";
    return {
      o,
      date: toDate(start),
      value: o.value,
      decree: number ? t(lang, `Nghị định ${number}`, `Decree ${number}`) : source.title,
      label: number ? t(lang, `NĐ ${number.split("/NĐ")[0]}`, `Decree ${number.split("/NĐ")[0]}`) : "",
      shortLabel: number ? t(lang, `NĐ ${short}`, `No. ${short}`) : "",
      when: formatPeriod(o.period, lang),
    };
  });
  // The last level still holds: draw it to the end of the year of the newest figure shown.
  const endYear = Number((pension ? data.period(pension).start : data.period(last).start).slice(0, 4));
  const line = [...steps.map((s) => ({ date: s.date, value: s.value })), { date: toDate(`${endYear}-12-31`), value: last.value }];
  const fmt = (v: number) => formatNumber(v, lang);
  const rise = last.value / first.value;
  const summary = t(
    lang,
    `Mức chuẩn do Chính phủ quy định tăng từ ${figureText(data, first, lang)} (${steps[0]!.decree}, ${steps[0]!.when}) lên ${figureText(data, last, lang)} (${steps.at(-1)!.decree}, từ ${steps.at(-1)!.when}), gấp ${formatNumber(Math.round(rise * 10) / 10, lang)} lần, qua ${steps.length} nghị định. Trợ cấp của mỗi người bằng mức chuẩn nhân với hệ số của diện mình; tỉnh có thể chi trả cao hơn.`,
    `The base level set by the Government rose from ${figureText(data, first, lang)} (${steps[0]!.decree}, ${steps[0]!.when}) to ${figureText(data, last, lang)} (${steps.at(-1)!.decree}, from ${steps.at(-1)!.when}), ${formatNumber(Math.round(rise * 10) / 10, lang)} times as much, over ${steps.length} decrees. Each person's allowance is the base level times the coefficient for their group; provinces may pay more.`,
  );
  const notes = [
    ...levels.flatMap((o) => (pick(o, "note", lang) ? [`${formatPeriod(o.period, lang)}: ${pick(o, "note", lang)}`] : [])),
    ...(pension
      ? [
          t(
            lang,
            `Từ ${formatPeriod(pension.period, lang)}: trợ cấp hưu trí xã hội ${figureText(data, pension, lang)}. ${pick(pension, "note", lang) ?? ""}`,
            `From ${formatPeriod(pension.period, lang)}: a social pension of ${figureText(data, pension, lang)}. ${pick(pension, "note", lang) ?? ""}`,
          ).trim(),
        ]
      : []),
  ];
  return {
    subtitle: t(lang, "Cả nước, đồng/tháng", "Viet Nam, VND a month"),
    unit: t(lang, "đồng/tháng", "VND a month"),
    summary,
    notes,
    sources: chartSources(data, [...levels.map((o) => o.source), ...(pension ? [pension.source] : [])]),
    table: {
      columns: [
        { label: t(lang, "Từ", "From"), numeric: false },
        { label: t(lang, "Văn bản", "Instrument"), numeric: false },
        { label: t(lang, "Mức chuẩn", "Base level"), numeric: true },
      ],
      rows: steps.map((s) => [s.when, s.decree, figureText(data, s.o, lang)]),
    },
    plot: (width) => {
      const narrow = width < 500;
      const value = (v: number) => (narrow ? fmt(v / 1000) : fmt(v));
      return {
        width,
        height: narrow ? 300 : 320,
        marginLeft: 8,
        marginRight: 12,
        marginTop: 28,
        marginBottom: 30,
        ariaLabel: title,
        ariaDescription: summary,
        style: BASE_STYLE,
        x: { type: "utc", label: null, ticks: narrow ? 4 : 8, tickFormat: (d: Date) => String(d.getUTCFullYear()) },
        y: { domain: [0, Math.max(...line.map((d) => d.value)) * 1.15], axis: null },
        marks: [
          Plot.ruleY([0], { stroke: COLOR.text, strokeOpacity: 0.6 }),
          Plot.line(line, { x: "date", y: "value", curve: "step-after", stroke: COLOR.primary, strokeWidth: 3 }),
          Plot.dot(steps, {
            x: "date",
            y: "value",
            r: 5,
            fill: COLOR.primary,
            title: (s) => `${s.decree} (${s.when}): ${figureText(data, s.o, lang)}`,
            ariaLabel: (s) => `${s.decree} (${s.when}): ${figureText(data, s.o, lang)}`,
          }),
          // Labels start at their step; the newest step's end at its dot, so they never run past the right edge.
          // On phones the steps are too close for "120.000": values are shown in thousands, and the chart says so.
          Plot.text(steps.slice(0, -1), {
            x: "date",
            y: "value",
            text: (s) => value(s.value),
            dy: -12,
            textAnchor: "start",
            fontWeight: 700,
            fill: COLOR.text,
          }),
          Plot.text(steps.slice(-1), {
            x: "date",
            y: "value",
            text: (s) => value(s.value),
            dy: -12,
            dx: 4,
            textAnchor: "end",
            fontWeight: 700,
            fill: COLOR.text,
          }),
          ...(narrow
            ? [
                Plot.text([t(lang, "nghìn đồng/tháng", "thousand VND a month")], {
                  frameAnchor: "top-left",
                  dy: -20,
                  textAnchor: "start",
                  fill: COLOR.text,
                }),
              ]
            : []),
          // Decree numbers under each step; the short form on phones, where the year is on the axis.
          Plot.text(steps.slice(0, -1), {
            x: "date",
            y: "value",
            text: narrow ? "shortLabel" : "label",
            dy: 16,
            dx: 6,
            textAnchor: "start",
            fill: COLOR.text,
          }),
          Plot.text(steps.slice(-1), {
            x: "date",
            y: "value",
            text: narrow ? "shortLabel" : "label",
            dy: 16,
            dx: -8,
            textAnchor: "end",
            fill: COLOR.text,
          }),
        ],
      };
    },
  };
};
