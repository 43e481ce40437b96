import * as Plot from "@observablehq/plot";
import { formatNumber } from "../format/formatNumber.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { nonEmpty } from "../data/MissingFigure.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { pick } from "../i18n/lang.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources, instrumentNumber } from "./chartSources.ts";
import { figureText } from "./format.ts";
import { BASE_STYLE, COLOR } from "./theme.ts";

/** One end of the rise: the level, its decree and when it took effect. */
interface Level {
  readonly figure: string;
  readonly decree: string;
  readonly when: string;
}

const M = defineMessages(
  {
    decree: (number: string) => `Nghị định ${number}`,
    /** Under each step: the decree's number without its issuer ("20/2021"). */
    stepLabel: (number: string) => `NĐ ${number}`,
    /** Under each step on phones: the decree's ordinal number alone ("20"). */
    shortStepLabel: (short: string) => `NĐ ${short}`,
    summary: (p: { first: Level; last: Level; rise: string; decrees: number }) =>
      `Mức chuẩn do Chính phủ quy định tăng từ ${p.first.figure} (${p.first.decree}, ${p.first.when}) lên ${p.last.figure} (${p.last.decree}, từ ${p.last.when}), gấp ${p.rise} lần theo giá trị danh nghĩa (chưa tính lạm phát), qua ${p.decrees} nghị định. Trợ cấp của mỗi người bằng mức chuẩn nhân với hệ số của diện mình; tỉnh có thể chi trả cao hơn.`,
    pension: (p: { when: string; figure: string; note: string }) => `Từ ${p.when}: trợ cấp hưu trí xã hội ${p.figure}. ${p.note}`,
    subtitle: "Cả nước, đồng/tháng, giá trị danh nghĩa",
    nominalNote:
      "Các mức là giá trị danh nghĩa (đồng theo giá hiện hành của từng năm), chưa điều chỉnh theo lạm phát, nên không cho thấy sức mua thay đổi thế nào.",
    unit: "đồng/tháng",
    /** Above the chart on phones, where values are shown in thousands. */
    thousandsUnit: "nghìn đồng/tháng",
    fromColumn: "Từ",
    instrumentColumn: "Văn bản",
    levelColumn: "Mức chuẩn",
  },
  {
    decree: (number) => `Decree ${number}`,
    stepLabel: (number) => `Decree ${number}`,
    shortStepLabel: (short) => `No. ${short}`,
    summary: (p) =>
      `The base level set by the Government rose from ${p.first.figure} (${p.first.decree}, ${p.first.when}) to ${p.last.figure} (${p.last.decree}, from ${p.last.when}), ${p.rise} times as much in nominal terms (before inflation), over ${p.decrees} decrees. Each person's allowance is the base level times the coefficient for their group; provinces may pay more.`,
    pension: (p) => `From ${p.when}: a social pension of ${p.figure}. ${p.note}`,
    subtitle: "Viet Nam, VND a month, nominal",
    nominalNote:
      "Amounts are nominal (current đồng of each year), not adjusted for inflation, so they do not show how purchasing power changed.",
    unit: "VND a month",
    thousandsUnit: "thousand VND a month",
    fromColumn: "From",
    instrumentColumn: "Instrument",
    levelColumn: "Base level",
  },
);

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
      decree: number ? M[lang].decree(number) : source.title,
      label: number ? M[lang].stepLabel(number.split("/NĐ")[0]!) : "",
      shortLabel: number ? M[lang].shortStepLabel(short) : "",
      when: formatPeriod(o.period, lang),
    };
  });
  // The last level still holds: draw it to the end of the year of the newest figure shown.
  const endYear = Number((pension ? data.period(pension).start : data.period(last).start).slice(0, 4));
  const line = [...steps.map((s) => ({ date: s.date, value: s.value })), { date: toDate(`${endYear}-12-31`), value: last.value }];
  const fmt = (v: number) => formatNumber(v, lang);
  const rise = last.value / first.value;
  const summary = M[lang].summary({
    first: { figure: figureText(data, first, lang), decree: steps[0]!.decree, when: steps[0]!.when },
    last: { figure: figureText(data, last, lang), decree: steps.at(-1)!.decree, when: steps.at(-1)!.when },
    rise: formatNumber(Math.round(rise * 10) / 10, lang),
    decrees: steps.length,
  });
  const notes = [
    M[lang].nominalNote,
    ...levels.flatMap((o) => (pick(o, "note", lang) ? [`${formatPeriod(o.period, lang)}: ${pick(o, "note", lang)}`] : [])),
    ...(pension
      ? [
          M[lang]
            .pension({
              when: formatPeriod(pension.period, lang),
              figure: figureText(data, pension, lang),
              note: pick(pension, "note", lang) ?? "",
            })
            .trim(),
        ]
      : []),
  ];
  return {
    subtitle: M[lang].subtitle,
    unit: M[lang].unit,
    summary,
    notes,
    sources: chartSources(data, [...levels.map((o) => o.source), ...(pension ? [pension.source] : [])]),
    table: {
      columns: [
        { label: M[lang].fromColumn, numeric: false },
        { label: M[lang].instrumentColumn, numeric: false },
        { label: M[lang].levelColumn, numeric: true },
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
                Plot.text([M[lang].thousandsUnit], {
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
