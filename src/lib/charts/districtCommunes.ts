import { formatPeriod } from "../format/formatPeriod.ts";
import { nonEmpty } from "../data/MissingFigure.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { reformNote } from "../format/reformNote.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { figureText, t } from "./format.ts";
import { COLOR } from "./theme.ts";

/** Commune-level units (communes, wards, townships) in each district-level unit, most first. */
export const districtCommunes: ChartModule = ({ data, lang, highlight, title }) => {
  const key = { indicator: "commune_units", area: data.province.code, group: null };
  const total = data.find(key);
  // The newest province total for which district figures exist too: the chart compares districts.
  const counted = nonEmpty(
    total.filter((o) => data.districts.some((a) => data.at({ indicator: "commune_units", area: a.code, period: o.period }))),
    key,
  ).at(-1)!;
  const period = counted.period;
  const rows = data.districts
    .map((a) => ({
      a,
      name: pick(a, "name", lang),
      o: data.find({ indicator: "commune_units", area: a.code, period, group: null })[0] ?? null,
    }))
    .sort((x, y) => (y.o?.value ?? -1) - (x.o?.value ?? -1));
  const later = total.filter((o) => o.period > period);
  // Ties are named together: two units with the fewest are both "the fewest".
  const known = rows.filter((r) => r.o);
  const names = (value: number) =>
    known
      .filter((r) => r.o!.value === value)
      .map((r) => r.name)
      .join(t(lang, " và ", " and "));
  const most = { name: names(known[0]!.o!.value), o: known[0]!.o };
  const fewest = { name: names(known.at(-1)!.o!.value), o: known.at(-1)!.o };
  const when = formatPeriod(period, lang);
  const summary = t(
    lang,
    `Ngày ${when}, Vĩnh Phúc có ${figureText(data, counted, lang)} đơn vị hành chính cấp xã. ${most.name} có nhiều nhất (${figureText(data, most.o!, lang)}), ${fewest.name} ít nhất (${figureText(data, fewest.o!, lang)}).${later.map((o) => ` Đến ${formatPeriod(o.period, lang)}, sau khi sắp xếp, còn ${figureText(data, o, lang)}.`).join("")}`,
    `On ${when}, Vĩnh Phúc had ${figureText(data, counted, lang)} commune-level units. ${most.name} had the most (${figureText(data, most.o!, lang)}) and ${fewest.name} the fewest (${figureText(data, fewest.o!, lang)}).${later.map((o) => ` By ${formatPeriod(o.period, lang)}, after mergers, there were ${figureText(data, o, lang)}.`).join("")}`,
  );
  return {
    subtitle: t(lang, `Ngày ${when}, số đơn vị`, `On ${when}, number of units`),
    unit: t(lang, "đơn vị", "units"),
    summary,
    notes: [
      reformNote(data, lang),
      ...[counted, ...later].flatMap((o) => (pick(o, "note", lang) ? [`${formatPeriod(o.period, lang)}: ${pick(o, "note", lang)}`] : [])),
    ],
    sources: chartSources(data, [counted.source, ...rows.flatMap((r) => (r.o ? [r.o.source] : [])), ...later.map((o) => o.source)]),
    table: {
      columns: [
        { label: t(lang, "Huyện, thành phố", "District or city"), numeric: false },
        { label: t(lang, "Số đơn vị cấp xã", "Commune-level units"), numeric: true },
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
              tip: `${r.name}: ${r.o ? figureText(data, r.o, lang) : t(lang, "chưa có số liệu", "no data")}`,
            },
          ],
        })),
        { width, ariaLabel: title, ariaDescription: summary, noData: NO_DATA[lang].short },
      ),
  };
};
