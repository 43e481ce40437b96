import { formatFixed } from "../format/formatNumber.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { MissingFigure } from "../data/MissingFigure.ts";
import { lastTwoCensuses, populationChange } from "../data/populationChange.ts";
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

/** The districts named in the summary (ties together), with their figure. */
interface Named {
  readonly name: string;
  /** More than one district: English needs "were", not "was". */
  readonly plural: boolean;
  readonly figure: string;
}

interface Summary {
  readonly before: string;
  readonly after: string;
  readonly largest: Named;
  readonly smallest: Named;
  /** The province's own change between the censuses, when both totals are known. */
  readonly provinceChange: string | null;
  readonly fastest: Named;
  readonly slowest: Named;
}

const M = defineMessages(
  {
    summary: (p: Summary) =>
      `Ở Tổng điều tra ${p.after}, ${p.largest.name} đông dân nhất (${p.largest.figure} người), ${p.smallest.name} ít dân nhất (${p.smallest.figure}). So với ${p.before}, ${p.provinceChange ? `dân số toàn tỉnh tăng ${p.provinceChange}; ` : ""}${p.fastest.name} tăng nhanh nhất (${p.fastest.figure}), ${p.slowest.name} chậm nhất (${p.slowest.figure}).`,
    allAges: "Dân số ở đây là mọi người dân, ở mọi lứa tuổi, không riêng người cao tuổi.",
    subtitle: (before: string, after: string) => `Số người, Tổng điều tra ${before} và ${after}`,
    changeColumn: "Thay đổi",
  },
  {
    summary: (p) =>
      `At the ${p.after} census, ${p.largest.name} ${p.largest.plural ? "were" : "was"} the most populous (${p.largest.figure} people); ${p.smallest.name} ${p.smallest.plural ? "were" : "was"} the least (${p.smallest.figure}). Since ${p.before}, ${p.provinceChange ? `the province grew by ${p.provinceChange}; ` : ""}${p.fastest.name} grew fastest (${p.fastest.figure}); ${p.slowest.name} grew slowest (${p.slowest.figure}).`,
    allAges: "Population here means all residents, of all ages, not only older people.",
    subtitle: (before, after) => `People, censuses of ${before} and ${after}`,
    changeColumn: "Change",
  },
);

/** Population of each district-level unit at the 2009 and 2019 censuses, largest first. */
export const districtPopulation: ChartModule = ({ data, lang, highlight, title }) => {
  const CENSUSES = lastTwoCensuses(data);
  const rows = data.districts
    .map((a) => ({ a, name: pick(a, "name", lang), ...populationChange(data, a.code, CENSUSES) }))
    .sort((x, y) => (y.after?.value ?? -1) - (x.after?.value ?? -1));
  const [y0, y1] = CENSUSES.map((p) => p.slice(0, 4)) as [string, string];
  const growth = (r: (typeof rows)[number]) => r.change;
  // One decimal always, so a column of changes lines up ("21,0%", not "21%").
  const shown = (g: number) => Math.round(g * 1000) / 10;
  const pct = (g: number) => `${formatFixed(shown(g), lang, 1)}%`;
  // The shared rule for extremes, in areas.csv order; growth is compared as the page shows it,
  // so two districts that both read "26,3%" are both the fastest.
  const inAreaOrder = data.districts.map((a) => rows.find((r) => r.a === a)!);
  const size = extremes(inAreaOrder, (r) => r.after?.value ?? null);
  const change = extremes(inAreaOrder, (r) => (growth(r) === null ? null : shown(growth(r)!)));
  // Without one district counted at both censuses there is nothing to compare.
  if (!size || !change)
    throw new MissingFigure({ indicator: "population", area: data.districts[0]?.code ?? data.province.code, period: CENSUSES[1] });
  const named = (units: readonly (typeof rows)[number][], figure: string): Named => ({
    name: joinNames(
      units.map((r) => r.name),
      lang,
    ),
    plural: units.length > 1,
    figure,
  });
  const province = populationChange(data, data.province.code, CENSUSES);
  const total = [province.before, province.after];
  const summary = M[lang].summary({
    before: y0,
    after: y1,
    largest: named(size.highest, figureText(data, size.highest[0]!.after!, lang)),
    smallest: named(size.lowest, figureText(data, size.lowest[0]!.after!, lang)),
    provinceChange: total[0] && total[1] ? pct(total[1].value / total[0].value - 1) : null,
    fastest: named(change.highest, pct(growth(change.highest[0]!)!)),
    slowest: named(change.lowest, pct(growth(change.lowest[0]!)!)),
  });
  const bar = (r: (typeof rows)[number], o: (typeof rows)[number]["after"], year: string, color: string) => ({
    value: o?.value ?? null,
    label: `${o ? figureText(data, o, lang) : NO_DATA[lang].short} (${year})`,
    color,
    tip: `${r.name}, ${year}: ${o ? figureText(data, o, lang) : NO_DATA[lang].short}`,
  });
  const notes = [
    M[lang].allAges,
    reformNote(data, lang),
    ...new Set(
      rows
        .flatMap((r) => [r.before, r.after])
        .flatMap((o) => (o && pick(o, "note", lang) ? [`${formatPeriod(o.period, lang)}: ${pick(o, "note", lang)}`] : [])),
    ),
  ];
  return {
    subtitle: M[lang].subtitle(formatPeriod(CENSUSES[0], lang), formatPeriod(CENSUSES[1], lang)),
    unit: CHART_WORDS[lang].people,
    summary,
    notes,
    sources: chartSources(
      data,
      rows.flatMap((r) => [r.before?.source, r.after?.source]).filter((s): s is string => s !== undefined),
    ),
    table: {
      columns: [
        { label: CHART_WORDS[lang].districtOrCity, numeric: false },
        { label: y0, numeric: true },
        { label: y1, numeric: true },
        { label: M[lang].changeColumn, numeric: true },
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
