import type { Chart, LegendItem } from "../charts/Chart.ts";
import { chartSources } from "../charts/chartSources.ts";
import { CHART_WORDS } from "../charts/chartWords.ts";
import { BASE_STYLE, COLOR } from "../charts/theme.ts";
import type { SiteData } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { LOCALES, pick } from "../i18n/lang.ts";
import { reformNote } from "../format/reformNote.ts";
import { extremes, joinNames, rankUnits } from "../format/rankUnits.ts";
import { mapFrame, MAP_WIDTH, round1, shapeId } from "./mapFrame.ts";
import { ATTRIBUTION_SOURCE, districtLabels, districtNode, h, labelNodes, rawMark } from "./mapLayers.ts";
import { mapMetrics, type MapMetric } from "./metrics.ts";

/** Sequential teal classes for rates, light to dark; every district also has a dark outline. */
const RATE_COLORS = ["var(--map-1)", "var(--map-2)", "var(--map-3)", "var(--map-4)"];
/** The largest circle's radius, in pixels of the 328 px drawing. */
const R_MAX = 18;
export { MAP_WIDTH };

/** Units named together in the summary (ties), with their figure as the map labels it. */
interface Named {
  readonly names: string;
  /** More than one unit: English needs "are", not "is". */
  readonly plural: boolean;
  readonly label: string;
}

const M = defineMessages(
  {
    rank: (rank: number, of: number, tied: boolean) => `${tied ? "đồng hạng" : "hạng"} ${rank}/${of}`,
    rankCell: (rank: number, tied: boolean) => (tied ? `${rank} (đồng hạng)` : String(rank)),
    subtitle: (province: string) => `Các huyện, thành phố của tỉnh ${province}, theo ranh giới năm 2016`,
    onlyOne: (p: { only: Named; others: number }) =>
      `Chỉ ${p.only.names} có số liệu (${p.only.label}); ${p.others} đơn vị còn lại chưa có số liệu.`,
    none: (p: { metric: string; units: number }) =>
      `Chưa có số liệu ${p.metric} cho từng huyện, thành phố; bản đồ đánh dấu cả ${p.units} đơn vị là “chưa có số liệu”.`,
    highestLowest: (p: { highest: Named; lowest: Named; missing: number }) =>
      `${p.highest.names} cao nhất (${p.highest.label}), ${p.lowest.names} thấp nhất (${p.lowest.label}).${p.missing > 0 ? ` ${p.missing} đơn vị chưa có số liệu.` : ""}`,
    allEqual: (p: { units: number; label: string; missing: number }) =>
      `Cả ${p.units} đơn vị có số liệu đều bằng nhau (${p.label}).${p.missing > 0 ? ` ${p.missing} đơn vị chưa có số liệu.` : ""}`,
    circles: (unit: string) => `Vòng tròn: ${unit}, diện tích theo giá trị`,
    rankColumn: "Hạng",
  },
  {
    rank: (rank, of, tied) => `rank ${rank} of ${of}${tied ? ", tied" : ""}`,
    rankCell: (rank, tied) => (tied ? `${rank} (tied)` : String(rank)),
    subtitle: (province) => `Districts and cities of ${province} province, on their 2016 boundaries`,
    onlyOne: (p) => `Only ${p.only.names} has a figure (${p.only.label}); the other ${p.others} units have no data.`,
    none: (p) => `There are no district figures yet for ${p.metric}; the map marks all ${p.units} units “no data”.`,
    highestLowest: (p) =>
      `${p.highest.names} ${p.highest.plural ? "are" : "is"} highest (${p.highest.label}); ${p.lowest.names} ${p.lowest.plural ? "are" : "is"} lowest (${p.lowest.label}).${p.missing > 0 ? ` ${p.missing} ${p.missing === 1 ? "unit has" : "units have"} no data.` : ""}`,
    allEqual: (p) =>
      `All ${p.units} units with a figure have the same value (${p.label}).${p.missing > 0 ? ` ${p.missing} ${p.missing === 1 ? "unit has" : "units have"} no data.` : ""}`,
    circles: (unit) => `Circles: ${unit}, area by value`,
    rankColumn: "Rank",
  },
);

/**
 * A map of the district-level units for one metric, on the real boundaries of data/geo (Mercator,
 * fitted to the province: `mapFrame`). Counts are circles sized by value, rates are colours; no
 * figure is hatched, never zero. Each district is a focusable element named with its tooltip text
 * (also in the table), in reading order; the shapes are `<use>`d from the page's one copy.
 */
export function districtMap(data: SiteData, lang: Lang, metric: MapMetric, highlight?: string): Chart {
  const frame = mapFrame(data);
  const areaByCode = new Map(data.areas.map((a) => [a.code, a]));
  const items = frame.districts.map((s) => {
    const area = areaByCode.get(s.code)!;
    return { ...s, area, name: pick(area, "name", lang), ...metric.value(area) };
  });
  // Ranked in areas.csv order, so ties are named in the same order as on every other chart.
  const inAreaOrder = data.districts.flatMap((a) => items.filter((i) => i.code === a.code));
  const ranking = rankUnits(inAreaOrder, (i) => i.value);
  const known = ranking.ranked.map((r) => r.unit);
  const missing = ranking.unranked;
  // Ranks mean something only among two or more figures, and never for an unranked metric.
  const ranked = !metric.unranked && ranking.of >= 2;
  const tip = (i: (typeof items)[number]) => {
    const place = ranked ? ranking.rankOf(i) : null;
    return place ? `${i.name}: ${i.label} — ${M[lang].rank(place.rank, ranking.of, place.tied)}` : `${i.name}: ${i.label}`;
  };
  const values = known.map((i) => i.value!);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const classOf = (v: number) =>
    max === min ? RATE_COLORS.length - 1 : Math.min(RATE_COLORS.length - 1, Math.floor(((v - min) / (max - min)) * RATE_COLORS.length));
  const fill = (i: (typeof items)[number]) =>
    i.value === null ? "url(#no-data)" : metric.kind === "rate" ? RATE_COLORS[classOf(i.value)]! : "var(--map-0)";
  const title = metric.period ? `${metric.name} — ${metric.when}` : metric.name;
  const named = (units: readonly (typeof items)[number][]): Named => ({
    names: joinNames(
      units.map((u) => u.name),
      lang,
    ),
    plural: units.length > 1,
    label: units[0]!.label,
  });
  const ends = extremes(inAreaOrder, (i) => i.value);
  const summary = metric.unranked
    ? metric.unranked(known, missing.length)
    : ends === null
      ? M[lang].none({ metric: metric.name.toLowerCase(), units: items.length })
      : known.length === 1
        ? M[lang].onlyOne({ only: named(known), others: missing.length })
        : ends.allEqual
          ? M[lang].allEqual({ units: known.length, label: known[0]!.label, missing: missing.length })
          : M[lang].highestLowest({ highest: named(ends.highest), lowest: named(ends.lowest), missing: missing.length });
  const legend: LegendItem[] = [
    ...(metric.kind === "count" && known.length > 0
      ? [
          {
            label: M[lang].circles(metric.unit),
            swatch: "circle" as const,
            color: COLOR.primary,
          },
        ]
      : []),
    ...(metric.kind === "rate" && known.length > 0
      ? RATE_COLORS.map((c, k) => ({ label: rateClassLabel(min, max, k, lang), swatch: "fill" as const, color: c }))
      : []),
    { label: metric.missing.legend, swatch: "hatch", color: COLOR.muted },
    ...(highlight ? [{ label: pick(areaByCode.get(highlight)!, "name", lang), swatch: "outline" as const, color: COLOR.highlight }] : []),
  ];
  return {
    id: `map-${metric.id}`,
    title,
    subtitle: M[lang].subtitle(pick(data.province, "name", lang)),
    unit: metric.unit,
    summary,
    notes: [...metric.notes, reformNote(data, lang)],
    sources: chartSources(data, [...metric.sourceIds, ATTRIBUTION_SOURCE]),
    dataVersion: data.version,
    table: {
      columns: [
        ...(ranked ? [{ label: M[lang].rankColumn, numeric: true }] : []),
        { label: CHART_WORDS[lang].districtOrCity, numeric: false },
        { label: metric.name, numeric: true },
      ],
      rows: [...known, ...missing].map((i) => {
        const place = ranking.rankOf(i);
        return [...(ranked ? [place ? M[lang].rankCell(place.rank, place.tied) : "—"] : []), i.name, i.label];
      }),
    },
    legend,
    fixedWidth: MAP_WIDTH,
    plot: () => ({
      width: frame.width,
      height: frame.height,
      margin: 0,
      ariaLabel: title,
      style: BASE_STYLE,
      marks: [
        rawMark(() => {
          const labels = districtLabels(data, lang, frame);
          const r = (v: number) => round1(Math.sqrt(Math.max(v, 0) / (max > 0 ? max : 1)) * R_MAX);
          return [
            h(
              "g",
              { stroke: "var(--fg)", "stroke-width": 1, "stroke-linejoin": "round" },
              items.map((i) => districtNode(i.code, tip(i), { fill: fill(i) })),
            ),
            // Drawn on top, so no neighbour's outline covers it; outside the reading order.
            ...(highlight
              ? [
                  h("use", {
                    href: `#${shapeId(highlight)}`,
                    fill: "none",
                    stroke: COLOR.highlight,
                    "stroke-width": 3,
                    "aria-hidden": "true",
                  }),
                ]
              : []),
            // Circles on each district's label point (its pole of inaccessibility), under the names.
            ...(metric.kind === "count"
              ? [
                  h(
                    "g",
                    { fill: COLOR.primary, "fill-opacity": 0.7, stroke: "var(--bg)", "aria-hidden": "true", "pointer-events": "none" },
                    items.flatMap((i, k) =>
                      i.value === null || i.value <= 0
                        ? []
                        : [h("circle", { cx: labels[k]!.pole[0], cy: labels[k]!.pole[1], r: r(i.value) })],
                    ),
                  ),
                ]
              : []),
            labelNodes(
              labels,
              items.findIndex((i) => i.code === highlight),
            ),
          ];
        }),
      ],
    }),
  };
}

function rateClassLabel(min: number, max: number, k: number, lang: Lang): string {
  const step = (max - min) / RATE_COLORS.length;
  const fmt = (v: number) => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(v);
  return `${fmt(min + step * k)}–${fmt(min + step * (k + 1))}%`;
}

/** One map per metric, for the switch; each is a chart with a stable id `map-<metric>`. */
export const districtMaps = (data: SiteData, lang: Lang, highlight?: string): readonly Chart[] =>
  mapMetrics(data, lang).map((m) => districtMap(data, lang, m, highlight));
