import * as Plot from "@observablehq/plot";
import { nonEmpty } from "../data/MissingFigure.ts";
import type { Observation } from "../data/SiteData.ts";
import { citationLabel } from "../format/citationLabel.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { pick } from "../i18n/lang.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { CHART_WORDS } from "./chartWords.ts";
import { figureText } from "./format.ts";
import { BASE_STYLE, COLOR } from "./theme.ts";

/** A share in a year: "11,9%" in 2019. */
interface YearShare {
  readonly share: string;
  readonly year: number;
}

interface Summary {
  readonly first: YearShare;
  readonly latest: YearShare;
  /** The count of people aged 60 and over in the latest share's year, when data/ has it. */
  readonly people: string | null;
  /** People aged 80 and over in that year, with the indicator's name: "gần 2.500.000 người từ 80 tuổi trở lên". */
  readonly oldest: string | null;
  readonly projections: readonly YearShare[];
}

const M = defineMessages(
  {
    summary: (p: Summary) =>
      `Tỷ lệ người từ 60 tuổi trở lên tăng từ ${p.first.share} năm ${p.first.year} lên ${p.latest.share} năm ${p.latest.year}${p.people ? ` (${p.people} người${p.oldest ? `, trong đó ${p.oldest}` : ""})` : p.oldest ? ` (${p.oldest})` : ""}. ${p.projections.length ? `Theo dự báo của Bộ Y tế, tỷ lệ này sẽ là ${p.projections.map((f) => `${f.share} năm ${f.year}`).join(" và ")}.` : ""}`,
    /** After a projected point's value in its tooltip. */
    projectedTip: " (dự báo)",
    projection: "dự báo",
    subtitle: "Cả nước, % dân số từ 60 tuổi trở lên",
    dashedNote: "Đường nét đứt: dự báo, không phải số đo.",
    /** Who reported the latest year's figures, and what those rows' notes say. */
    reportedBy: (year: number, figures: readonly string[], source: string) => `${year}: ${figures.join("; ")} — theo ${source}.`,
    yearColumn: "Năm",
    shareColumn: "Tỷ lệ 60+",
    whatColumn: "Nguồn số liệu",
  },
  {
    summary: (p) =>
      `The share of people aged 60 and over rose from ${p.first.share} in ${p.first.year} to ${p.latest.share} in ${p.latest.year}${p.people ? ` (${p.people} people${p.oldest ? `, including ${p.oldest}` : ""})` : p.oldest ? ` (${p.oldest})` : ""}. ${p.projections.length ? `The Ministry of Health projects ${p.projections.map((f) => `${f.share} by ${f.year}`).join(" and ")}.` : ""}`,
    projectedTip: " (projection)",
    projection: "projection",
    subtitle: "Viet Nam, % of the population aged 60 and over",
    dashedNote: "Dashed line: projections, not measurements.",
    reportedBy: (year, figures, source) => `${year}: ${figures.join("; ")} — reported by ${source}.`,
    yearColumn: "Year",
    shareColumn: "Share 60+",
    whatColumn: "What it is",
  },
);

/**
 * Viet Nam's share of people aged 60 and over: measured points (censuses and the latest
 * estimate) as a solid line, the Ministry of Health's projections as a dashed one.
 */
export const vietnamAgeing: ChartModule = ({ data, lang, title }) => {
  const key = { indicator: "elderly_60plus_share", area: "VN", group: null };
  const measured = nonEmpty(data.find(key), key);
  const projected = data.find({ indicator: "elderly_60plus_share_projection", area: "VN", group: null });
  const point = (o: (typeof measured)[number], kind: "measured" | "projected") => ({
    o,
    year: Number(data.period(o).start.slice(0, 4)),
    value: o.value,
    label: figureText(data, o, lang),
    kind,
  });
  const points = measured.map((o) => point(o, "measured"));
  const future = projected.map((o) => point(o, "projected"));
  const latest = points.at(-1)!;
  const dashed = [latest, ...future];
  const first = points[0]!;
  // The count and the 80+ figure of the latest share's own year: never a count from another year.
  const count = data.at({ indicator: "elderly_60plus", area: "VN", period: latest.o.period });
  const oldest = data.at({ indicator: "elderly_80plus", area: "VN", period: latest.o.period });
  const lower = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);
  const oldestText = oldest ? `${figureText(data, oldest, lang)} ${lower(pick(data.indicator(oldest.indicator), "name", lang))}` : null;
  const summary = M[lang]
    .summary({
      first: { share: first.label, year: first.year },
      latest: { share: latest.label, year: latest.year },
      people: count ? figureText(data, count, lang) : null,
      oldest: oldestText,
      projections: future.map((p) => ({ share: p.label, year: p.year })),
    })
    .trim();
  // The latest year's figures with their own source, then what their rows say of them (one note
  // said once, though two rows carry it): a reader sees which report gave them and how rounded they are.
  const latestRows = [latest.o, count, oldest].filter((o): o is Observation => o !== null);
  const bySource = new Map<string, Observation[]>();
  for (const o of latestRows) bySource.set(o.source, [...(bySource.get(o.source) ?? []), o]);
  const latestNotes = [
    ...[...bySource].map(([source, rows]) =>
      M[lang].reportedBy(
        latest.year,
        rows.map((o) =>
          o === oldest ? oldestText! : o === count ? `${figureText(data, o, lang)} ${CHART_WORDS[lang].people}` : figureText(data, o, lang),
        ),
        citationLabel(data.source(source)),
      ),
    ),
    ...new Set(latestRows.flatMap((o) => pick(o, "note", lang) ?? [])),
  ];
  const tip = (p: (typeof points)[number]) => `${p.year}: ${p.label}${p.kind === "projected" ? M[lang].projectedTip : ""}`;
  return {
    subtitle: M[lang].subtitle,
    unit: "%",
    summary,
    notes: [M[lang].dashedNote, ...latestNotes],
    sources: chartSources(
      data,
      [...measured, ...projected, ...latestRows].map((o) => o.source),
    ),
    table: {
      columns: [
        { label: M[lang].yearColumn, numeric: false },
        { label: M[lang].shareColumn, numeric: true },
        { label: M[lang].whatColumn, numeric: false },
      ],
      // What each figure is comes from its row: the note ("Census.") or else who published it; the
      // latest year's notes are in the notes already, so its cell names the report.
      rows: [...points, ...future].map((p) => [
        String(p.year),
        p.label,
        (latestRows.includes(p.o) ? null : pick(p.o, "note", lang)) ?? data.source(p.o.source).publisher,
      ]),
    },
    plot: (width) => {
      const narrow = width < 500;
      const all = [...points, ...future];
      return {
        width,
        height: narrow ? 280 : 300,
        marginLeft: 8,
        marginRight: narrow ? 30 : 40,
        marginTop: 24,
        marginBottom: 30,
        ariaLabel: title,
        ariaDescription: summary,
        style: BASE_STYLE,
        x: {
          domain: [Math.min(...all.map((p) => p.year)) - 2, Math.max(...all.map((p) => p.year)) + 2],
          label: null,
          tickFormat: (d: number) => String(d),
          ticks: narrow ? 4 : 8,
        },
        y: { domain: [0, Math.max(...all.map((p) => p.value)) * 1.2], axis: null },
        marks: [
          Plot.ruleY([0], { stroke: COLOR.text, strokeOpacity: 0.6 }),
          Plot.line(points, { x: "year", y: "value", stroke: COLOR.primary, strokeWidth: 3 }),
          Plot.line(dashed, { x: "year", y: "value", stroke: COLOR.secondary, strokeWidth: 3, strokeDasharray: "6,4" }),
          Plot.dot(points, { x: "year", y: "value", r: 5, fill: COLOR.primary, title: tip, ariaLabel: tip }),
          Plot.dot(future, {
            x: "year",
            y: "value",
            r: 5,
            fill: "var(--bg)",
            stroke: COLOR.secondary,
            strokeWidth: 2,
            title: tip,
            ariaLabel: tip,
          }),
          // Labels sit above their points; the first starts at its point so it stays inside the frame,
          // and the latest goes below-right, clear of the previous label and the dashed line. On phones
          // only the first and the latest are labelled: the table has the rest.
          Plot.text([first], {
            x: "year",
            y: "value",
            text: "label",
            dy: -14,
            dx: -6,
            textAnchor: "start",
            fill: COLOR.text,
            fontWeight: 700,
          }),
          Plot.text(narrow ? [] : points.slice(1, -1), {
            x: "year",
            y: "value",
            text: "label",
            dy: -14,
            fill: COLOR.text,
            fontWeight: 700,
          }),
          Plot.text([latest], {
            x: "year",
            y: "value",
            text: "label",
            dy: 18,
            dx: 4,
            textAnchor: "start",
            fill: COLOR.text,
            fontWeight: 700,
          }),
          Plot.text(future, { x: "year", y: "value", text: "label", dy: -14, fill: COLOR.text, fontWeight: 700 }),
          // "projection" sits under the middle of the dashed line, clear of the points.
          Plot.text(
            future.length ? [{ year: (latest.year + future.at(-1)!.year) / 2, value: (latest.value + future.at(-1)!.value) / 2 }] : [],
            {
              x: "year",
              y: "value",
              text: () => M[lang].projection,
              dx: 12,
              dy: 16,
              textAnchor: "start",
              fill: COLOR.text,
              fontStyle: "italic",
            },
          ),
        ],
      };
    },
  };
};
