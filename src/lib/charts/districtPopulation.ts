import { formatFixed } from "../format/formatNumber.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { MissingFigure } from "../data/MissingFigure.ts";
import { lastTwoCensuses, populationChange } from "../data/populationChange.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { reformNote } from "../format/reformNote.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { figureText, t } from "./format.ts";
import { COLOR } from "./theme.ts";

/** Population of each district-level unit at the 2009 and 2019 censuses, largest first. */
export const districtPopulation: ChartModule = ({ data, lang, highlight, title }) => {
  const CENSUSES = lastTwoCensuses(data);
  const rows = data.districts
    .map((a) => ({ a, name: pick(a, "name", lang), ...populationChange(data, a.code, CENSUSES) }))
    .sort((x, y) => (y.after?.value ?? -1) - (x.after?.value ?? -1));
  const [y0, y1] = CENSUSES.map((p) => p.slice(0, 4)) as [string, string];
  const growth = (r: (typeof rows)[number]) => r.change;
  // One decimal always, so a column of changes lines up ("21,0%", not "21%").
  const pct = (g: number) => `${formatFixed(Math.round(g * 1000) / 10, lang, 1)}%`;
  const withGrowth = rows.filter((r) => growth(r) !== null).sort((x, y) => growth(y)! - growth(x)!);
  // Without one district counted at both censuses there is nothing to compare.
  if (withGrowth.length === 0)
    throw new MissingFigure({ indicator: "population", area: data.districts[0]?.code ?? data.province.code, period: CENSUSES[1] });
  const largest = rows[0]!;
  const smallest = rows.filter((r) => r.after).at(-1)!;
  const fastest = withGrowth[0]!;
  const slowest = withGrowth.at(-1)!;
  const province = populationChange(data, data.province.code, CENSUSES);
  const total = [province.before, province.after];
  const summary = t(
    lang,
    `Ở Tổng điều tra ${y1}, ${largest.name} đông dân nhất (${figureText(data, largest.after!, lang)} người), ${smallest.name} ít dân nhất (${figureText(data, smallest.after!, lang)}). So với ${y0}, ${total[0] && total[1] ? `dân số toàn tỉnh tăng ${pct(total[1].value / total[0].value - 1)}; ` : ""}${fastest.name} tăng nhanh nhất (${pct(growth(fastest)!)}), ${slowest.name} chậm nhất (${pct(growth(slowest)!)}).`,
    `At the ${y1} census, ${largest.name} was the most populous (${figureText(data, largest.after!, lang)} people) and ${smallest.name} the least (${figureText(data, smallest.after!, lang)}). Since ${y0}, ${total[0] && total[1] ? `the province grew by ${pct(total[1].value / total[0].value - 1)}; ` : ""}${fastest.name} grew fastest (${pct(growth(fastest)!)}) and ${slowest.name} slowest (${pct(growth(slowest)!)}).`,
  );
  const bar = (r: (typeof rows)[number], o: (typeof rows)[number]["after"], year: string, color: string) => ({
    value: o?.value ?? null,
    label: o ? `${figureText(data, o, lang)} (${year})` : t(lang, `chưa có số liệu (${year})`, `no data (${year})`),
    color,
    tip: `${r.name}, ${year}: ${o ? figureText(data, o, lang) : t(lang, "chưa có số liệu", "no data")}`,
  });
  const notes = [
    reformNote(data, lang),
    ...new Set(
      rows
        .flatMap((r) => [r.before, r.after])
        .flatMap((o) => (o && pick(o, "note", lang) ? [`${formatPeriod(o.period, lang)}: ${pick(o, "note", lang)}`] : [])),
    ),
  ];
  return {
    subtitle: t(
      lang,
      `Số người, Tổng điều tra ${formatPeriod(CENSUSES[0], lang)} và ${formatPeriod(CENSUSES[1], lang)}`,
      `People, censuses of ${formatPeriod(CENSUSES[0], lang)} and ${formatPeriod(CENSUSES[1], lang)}`,
    ),
    unit: t(lang, "người", "people"),
    summary,
    notes,
    sources: chartSources(
      data,
      rows.flatMap((r) => [r.before?.source, r.after?.source]).filter((s): s is string => s !== undefined),
    ),
    table: {
      columns: [
        { label: t(lang, "Huyện, thành phố", "District or city"), numeric: false },
        { label: y0, numeric: true },
        { label: y1, numeric: true },
        { label: t(lang, "Thay đổi", "Change"), numeric: true },
      ],
      rows: rows.map((r) => [
        r.name,
        r.before ? figureText(data, r.before, lang) : "—",
        r.after ? figureText(data, r.after, lang) : "—",
        growth(r) === null ? "—" : pct(growth(r)!),
      ]),
    },
    plot: (width) =>
      barList(
        rows.map((r) => ({
          name: r.name,
          emphasis: r.a.code === highlight,
          bars: [bar(r, r.before, y0, COLOR.secondary), bar(r, r.after, y1, r.a.code === highlight ? COLOR.highlight : COLOR.primary)],
        })),
        { width, ariaLabel: title, ariaDescription: summary, noData: NO_DATA[lang].short },
      ),
  };
};
