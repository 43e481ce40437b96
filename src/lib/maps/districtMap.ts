import * as Plot from "@observablehq/plot";
import type { Chart, LegendItem } from "../charts/Chart.ts";
import { chartSources } from "../charts/chartSources.ts";
import { t } from "../charts/format.ts";
import { BASE_STYLE, COLOR, WIDTHS } from "../charts/theme.ts";
import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";
import { LOCALES, pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { reformNote } from "../format/reformNote.ts";
import { districtShapes } from "./districtShapes.ts";
import { mapMetrics, type MapMetric } from "./metrics.ts";

/** Sequential teal classes for rates, light to dark; every tile also has a dark outline. */
const RATE_COLORS = ["var(--map-1)", "var(--map-2)", "var(--map-3)", "var(--map-4)"];
export const MAP_WIDTH = WIDTHS.narrow;

/**
 * A map of the district-level units for one metric, drawn from whatever geometry data/geo/ holds:
 * the schematic tile map (identity projection) or real boundaries (a fitted Mercator projection).
 * Counts are circles sized by value, rates are colours; no figure is hatched, never zero.
 */
export function districtMap(data: SiteData, lang: Lang, metric: MapMetric, highlight?: string): Chart {
  const geo = districtShapes(data.geometry("district-geometry"));
  const areaByCode = new Map(data.areas.map((a) => [a.code, a]));
  const items = geo.shapes.map((s) => {
    const area = areaByCode.get(s.code)!;
    return { ...s, area, name: pick(area, "name", lang), ...metric.value(area) };
  });
  const known = items.filter((i) => i.value !== null).sort((a, b) => b.value! - a.value!);
  const rank = (code: string) => known.findIndex((i) => i.code === code) + 1;
  const tip = (i: (typeof items)[number]) =>
    i.value === null
      ? `${i.name}: ${i.label}`
      : `${i.name}: ${i.label} — ${t(lang, `hạng ${rank(i.code)}/${known.length}`, `rank ${rank(i.code)} of ${known.length}`)}`;
  const values = known.map((i) => i.value!);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const classOf = (v: number) =>
    max === min ? RATE_COLORS.length - 1 : Math.min(RATE_COLORS.length - 1, Math.floor(((v - min) / (max - min)) * RATE_COLORS.length));
  const fill = (i: (typeof items)[number]) =>
    i.value === null ? "url(#no-data)" : metric.kind === "rate" ? RATE_COLORS[classOf(i.value)]! : "var(--map-0)";
  const kindVi = geo.schematic
    ? "bản đồ ô: mỗi huyện, thành phố một ô bằng nhau, đặt gần đúng vị trí, không phải ranh giới"
    : "ranh giới các huyện, thành phố";
  const kindEn = geo.schematic
    ? "tile map: one equal square per district or city, placed roughly where it lies; not boundaries"
    : "boundaries of the districts and cities";
  const title = metric.period ? `${metric.name} — ${metric.when}` : metric.name;
  const summary =
    known.length === 1
      ? t(
          lang,
          `Chỉ ${known[0]!.name} có số liệu (${known[0]!.label}); ${items.length - 1} đơn vị còn lại chưa có.`,
          `Only ${known[0]!.name} has a figure (${known[0]!.label}); the other ${items.length - 1} units have none.`,
        )
      : known.length === 0
        ? t(
            lang,
            `Chưa có số liệu ${metric.name.toLowerCase()} cho từng huyện, thành phố; bản đồ đánh dấu cả ${items.length} đơn vị là “chưa có số liệu”.`,
            `There are no district figures yet for ${metric.name.toLowerCase()}; the map marks all ${items.length} units “no data”.`,
          )
        : t(
            lang,
            `${known[0]!.name} cao nhất (${known[0]!.label}), ${known.at(-1)!.name} thấp nhất (${known.at(-1)!.label}).${known.length < items.length ? ` ${items.length - known.length} đơn vị chưa có số liệu.` : ""}`,
            `${known[0]!.name} is highest (${known[0]!.label}) and ${known.at(-1)!.name} lowest (${known.at(-1)!.label}).${known.length < items.length ? ` ${items.length - known.length} units have no data.` : ""}`,
          );
  const legend: LegendItem[] = [
    ...(metric.kind === "count" && known.length > 0
      ? [
          {
            label: t(lang, `Vòng tròn: ${metric.unit}, diện tích theo giá trị`, `Circles: ${metric.unit}, area by value`),
            swatch: "circle" as const,
            color: COLOR.primary,
          },
        ]
      : []),
    ...(metric.kind === "rate" && known.length > 0
      ? RATE_COLORS.map((c, k) => ({ label: rateClassLabel(min, max, k, lang), swatch: "fill" as const, color: c }))
      : []),
    { label: NO_DATA[lang].capitalised, swatch: "hatch", color: COLOR.muted },
    ...(highlight ? [{ label: pick(areaByCode.get(highlight)!, "name", lang), swatch: "outline" as const, color: COLOR.highlight }] : []),
  ];
  const noData = NO_DATA[lang].tile;
  const projection = geo.schematic
    ? { type: "identity" as const, domain: geo.collection }
    : { type: "mercator" as const, domain: geo.collection };
  return {
    id: `map-${metric.id}`,
    title,
    subtitle: t(lang, `Các huyện, thành phố của tỉnh Vĩnh Phúc (${kindVi})`, `Districts and cities of Vĩnh Phúc province (${kindEn})`),
    unit: metric.unit,
    summary,
    notes: [...metric.notes, reformNote(data, lang)],
    sources: chartSources(data, metric.sourceIds),
    table: {
      columns: [
        { label: t(lang, "Hạng", "Rank"), numeric: true },
        { label: t(lang, "Huyện, thành phố", "District or city"), numeric: false },
        { label: metric.name, numeric: true },
      ],
      rows: [...known, ...items.filter((i) => i.value === null)].map((i) => [
        i.value === null ? "—" : String(rank(i.code)),
        i.name,
        i.label,
      ]),
    },
    legend,
    fixedWidth: MAP_WIDTH,
    plot: (width) => {
      const rMax = geo.schematic ? 0.2 : 18;
      return {
        width,
        height: Math.round(width * (geo.schematic ? 0.78 : 1)),
        margin: 4,
        ariaLabel: title,
        style: BASE_STYLE,
        projection,
        r: { range: [0, geo.schematic ? (width / 4) * rMax : rMax], domain: [0, max > 0 ? max : 1] },
        marks: [
          Plot.geo(items, {
            geometry: (i) => i.feature,
            fill,
            stroke: (i) => (i.code === highlight ? COLOR.highlight : "var(--fg)"),
            strokeWidth: (i) => (i.code === highlight ? 4 : 1.5),
            title: tip,
            ariaLabel: tip,
          }),
          ...(metric.kind === "count"
            ? [
                Plot.dot(
                  known,
                  Plot.centroid({
                    geometry: (i: (typeof items)[number]) => i.feature,
                    r: "value",
                    dy: -10,
                    fill: COLOR.primary,
                    fillOpacity: 0.85,
                    stroke: "var(--bg)",
                  }),
                ),
              ]
            : []),
          // The circle sits above the centre and the label below, so neither hides the other.
          Plot.text(
            items,
            Plot.centroid({
              geometry: (i: (typeof items)[number]) => i.feature,
              text: (i: (typeof items)[number]) => `${i.name}\n${i.value === null ? noData : i.label}`,
              lineHeight: 1.15,
              dy: metric.kind === "count" ? 16 : 0,
              fill: COLOR.text,
              stroke: "var(--bg)",
              strokeWidth: 3,
              paintOrder: "stroke",
              fontSize: 12,
            }),
          ),
        ],
      };
    },
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
