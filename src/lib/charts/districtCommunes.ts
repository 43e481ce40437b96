import { formatPeriod } from "../format/formatPeriod.ts";
import { nonEmpty } from "../data/MissingFigure.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { reformNote } from "../format/reformNote.ts";
import { extremes, joinNames } from "../format/rankUnits.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { CHART_WORDS } from "./chartWords.ts";
import { figureText } from "./format.ts";
import { COLOR } from "./theme.ts";

/** Units named together (ties) with their figure. */
interface Named {
  readonly names: string;
  readonly figure: string;
}

interface Summary {
  readonly province: string;
  readonly when: string;
  readonly total: string;
  readonly most: Named;
  readonly fewest: Named;
  /** Set when every unit with a figure has the same one: then there is no most or fewest. */
  readonly same: { readonly units: number; readonly figure: string } | null;
  /** Later province totals, after mergers: when, and how many. */
  readonly later: readonly { readonly when: string; readonly figure: string }[];
}

const M = defineMessages(
  {
    summary: (p: Summary) =>
      `Ngày ${p.when}, ${p.province} có ${p.total} đơn vị hành chính cấp xã. ${p.same ? `Cả ${p.same.units} huyện, thành phố đều có ${p.same.figure}.` : `${p.most.names} có nhiều nhất (${p.most.figure}), ${p.fewest.names} ít nhất (${p.fewest.figure}).`}${p.later.map((l) => ` Đến ${l.when}, sau khi sắp xếp, còn ${l.figure}.`).join("")}`,
    subtitle: (when: string) => `Ngày ${when}, số đơn vị`,
    unitsColumn: "Số đơn vị cấp xã",
  },
  {
    summary: (p) =>
      `On ${p.when}, ${p.province} had ${p.total} commune-level units. ${p.same ? `All ${p.same.units} districts and cities had ${p.same.figure}.` : `${p.most.names} had the most (${p.most.figure}); ${p.fewest.names} had the fewest (${p.fewest.figure}).`}${p.later.map((l) => ` By ${l.when}, after mergers, there were ${l.figure}.`).join("")}`,
    subtitle: (when) => `On ${when}, number of units`,
    unitsColumn: "Commune-level units",
  },
);

/** Commune-level units (communes, wards, townships) in each district-level unit, most first. */
export const districtCommunes: ChartModule = ({ data, lang, highlight, title }) => {
  const key = { indicator: "commune_units", area: data.province.code, group: null };
  const total = data.find(key);
  // The newest province total for which district figures exist too: the chart compares districts.
  // Searched from the newest down, so a long history of totals costs nothing once one is found.
  const shared = total.findLast((o) => data.districts.some((a) => data.at({ indicator: "commune_units", area: a.code, period: o.period })));
  const counted = nonEmpty(shared ? [shared] : [], key)[0];
  const period = counted.period;
  const rows = data.districts
    .map((a) => ({
      a,
      name: pick(a, "name", lang),
      o: data.find({ indicator: "commune_units", area: a.code, period, group: null })[0] ?? null,
    }))
    .sort((x, y) => (y.o?.value ?? -1) - (x.o?.value ?? -1));
  const later = total.filter((o) => o.period > period);
  // Ties are named together (the shared rule): two units with the fewest are both "the fewest".
  // In areas.csv order, as every chart and map names them.
  const ends = extremes(data.districts, (a) => rows.find((r) => r.a === a)?.o?.value ?? null)!;
  const named = (units: readonly (typeof ends.highest)[number][]) => ({
    names: joinNames(
      units.map((a) => pick(a, "name", lang)),
      lang,
    ),
    o: rows.find((r) => r.a === units[0])!.o,
  });
  const most = named(ends.highest);
  const fewest = named(ends.lowest);
  const when = formatPeriod(period, lang);
  const summary = M[lang].summary({
    province: pick(data.province, "name", lang),
    when,
    total: figureText(data, counted, lang),
    most: { names: most.names, figure: figureText(data, most.o!, lang) },
    fewest: { names: fewest.names, figure: figureText(data, fewest.o!, lang) },
    same: ends.allEqual ? { units: ends.highest.length, figure: figureText(data, most.o!, lang) } : null,
    later: later.map((o) => ({ when: formatPeriod(o.period, lang), figure: figureText(data, o, lang) })),
  });
  return {
    subtitle: M[lang].subtitle(when),
    unit: CHART_WORDS[lang].units,
    summary,
    notes: [
      reformNote(data, lang),
      ...[counted, ...later].flatMap((o) => (pick(o, "note", lang) ? [`${formatPeriod(o.period, lang)}: ${pick(o, "note", lang)}`] : [])),
    ],
    sources: chartSources(data, [counted.source, ...rows.flatMap((r) => (r.o ? [r.o.source] : [])), ...later.map((o) => o.source)]),
    table: {
      columns: [
        { label: CHART_WORDS[lang].districtOrCity, numeric: false },
        { label: M[lang].unitsColumn, numeric: true },
      ],
      rows: rows.map((r) => [r.name, r.o ? figureText(data, r.o, lang) : "—"]),
    },
    plot: (width) =>
      barList(
        rows.map((r) => ({
          name: r.name,
          emphasis: r.a.code === highlight,
          bars: [
            {
              value: r.o?.value ?? null,
              label: r.o ? figureText(data, r.o, lang) : "",
              color: r.a.code === highlight ? COLOR.highlight : COLOR.primary,
              tip: `${r.name}: ${r.o ? figureText(data, r.o, lang) : NO_DATA[lang].short}`,
            },
          ],
        })),
        { width, ariaLabel: title, ariaDescription: summary, noData: NO_DATA[lang].short },
      ),
  };
};
