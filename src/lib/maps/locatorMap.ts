import type { Chart } from "../charts/Chart.ts";
import { chartSources } from "../charts/chartSources.ts";
import { CHART_WORDS } from "../charts/chartWords.ts";
import { BASE_STYLE, COLOR } from "../charts/theme.ts";
import type { SiteData } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { joinNames } from "../format/rankUnits.ts";
import { unitName } from "../format/unitName.ts";
import { mapFrame, shapeId } from "./mapFrame.ts";
import { ATTRIBUTION_SOURCE, districtLabels, districtNode, h, labelNodes, rawMark } from "./mapLayers.ts";

const M = defineMessages(
  {
    title: "Nơi đặt trụ sở các huyện, thành phố",
    summary: (p: { province: string; seats: number; unplaced: string | null }) =>
      `Bản đồ định vị: ranh giới các huyện, thành phố của tỉnh ${p.province} và ${p.seats} nơi đặt trụ sở đã có tọa độ.${p.unplaced ? ` Chưa có tọa độ của ${p.unplaced}.` : ""}`,
    /** A seat without coordinates: by its name when data/ gives one. */
    unplaced: (p: { seat: string | null; unit: string }) => (p.seat ? `${p.seat} (trụ sở ${p.unit})` : `trụ sở ${p.unit}`),
    noCoordinates: "chưa có tọa độ",
    subtitle: "Ranh giới các huyện, thành phố năm 2016; chấm là nơi đặt trụ sở",
    sourcesNote: "Tọa độ trụ sở theo GeoNames (CC BY 4.0).",
    /** A district's tooltip: its name, and its seat when data/ names one. */
    tip: (p: { name: string; seat: string | null }) => (p.seat ? `${p.name} — trụ sở: ${p.seat}` : p.name),
    seatColumn: "Nơi đặt trụ sở",
    coordinatesColumn: "Vĩ độ, kinh độ",
  },
  {
    title: "Where the districts and cities were run from",
    summary: (p) =>
      `Locator map: the districts and cities of ${p.province} on their boundaries, and the ${p.seats} seats whose coordinates are known.${p.unplaced ? ` No coordinates yet for ${p.unplaced}.` : ""}`,
    unplaced: (p) => (p.seat ? `${p.seat} (seat of ${p.unit})` : `the seat of ${p.unit}`),
    noCoordinates: "no coordinates yet",
    subtitle: "Boundaries of the districts and cities in 2016; dots are the seats",
    sourcesNote: "Seat coordinates from GeoNames (CC BY 4.0).",
    tip: (p) => (p.seat ? `${p.name} — seat: ${p.seat}` : p.name),
    seatColumn: "Seat",
    coordinatesColumn: "Latitude, longitude",
  },
);

/**
 * Where the districts are and where they were run from: the real district map (the same frame as
 * the metric maps), its outer edge drawn heavier as the province outline, and the seats whose
 * coordinates are known (GeoNames) as dots. Seats without coordinates are listed, not guessed.
 */
export function locatorMap(data: SiteData, lang: Lang, highlight?: string): Chart {
  const frame = mapFrame(data);
  const districts = data.districts;
  const seats = districts
    .filter((a) => a.lat !== null && a.lon !== null)
    .map((a) => {
      const [x, y] = frame.project([a.lon!, a.lat!]);
      return { a, x, y, r: a.code === highlight ? 6 : 4 };
    });
  const unplaced = districts
    .filter((a) => a.lat === null || a.lon === null)
    .map((a) => M[lang].unplaced({ seat: a.seat, unit: unitName(a, lang) }));
  const title = M[lang].title;
  const summary = M[lang].summary({
    province: pick(data.province, "name", lang),
    seats: seats.length,
    unplaced: unplaced.length ? joinNames(unplaced, lang) : null,
  });
  const codes = frame.districts.map((d) => d.code);
  return {
    id: "locator",
    title,
    subtitle: M[lang].subtitle,
    unit: "",
    summary,
    // The licence's attribution, word for word; the source line links the boundaries' row on /data/.
    // The licence's attribution line follows the figure (MapAttribution.astro), linked.
    notes: [M[lang].sourcesNote],
    sources: chartSources(data, [ATTRIBUTION_SOURCE, ...new Set(seats.map((s) => s.a.coord_source!))]),
    dataVersion: data.version,
    table: {
      columns: [
        { label: CHART_WORDS[lang].districtOrCity, numeric: false },
        { label: M[lang].seatColumn, numeric: false },
        { label: M[lang].coordinatesColumn, numeric: true },
      ],
      rows: districts.map((a) => [
        pick(a, "name", lang),
        // A seat is named from data/ whether or not its coordinates are known.
        a.seat ?? NO_DATA[lang].short,
        a.lat !== null && a.lon !== null ? `${a.lat}, ${a.lon}` : M[lang].noCoordinates,
      ]),
    },
    fixedWidth: frame.width,
    plot: () => ({
      width: frame.width,
      height: frame.height,
      margin: 0,
      ariaLabel: title,
      style: BASE_STYLE,
      marks: [
        rawMark(() => {
          // Names keep clear of the dots, which stand for places the table lists.
          const dots = seats.map((s) => ({ x0: s.x - s.r - 1, y0: s.y - s.r - 1, x1: s.x + s.r + 1, y1: s.y + s.r + 1 }));
          const labels = districtLabels(data, lang, frame, dots);
          return [
            // A heavy stroke under the fills: only its outer half shows, as the province outline.
            h(
              "g",
              { stroke: "var(--fg)", "stroke-width": 3, "stroke-linejoin": "round", "aria-hidden": "true" },
              codes.map((code) => h("use", { href: `#${shapeId(code)}` })),
            ),
            h(
              "g",
              { fill: "var(--map-0)", stroke: "var(--fg)", "stroke-width": 0.75, "stroke-linejoin": "round" },
              codes.map((code) => {
                const a = data.area(code);
                return districtNode(code, M[lang].tip({ name: pick(a, "name", lang), seat: a.seat }), {});
              }),
            ),
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
            h(
              "g",
              { stroke: "var(--bg)", "aria-hidden": "true" },
              seats.map((s) => h("circle", { cx: s.x, cy: s.y, r: s.r, fill: s.a.code === highlight ? COLOR.highlight : COLOR.primary })),
            ),
            labelNodes(labels, codes.indexOf(highlight ?? "")),
          ];
        }),
      ],
    }),
  };
}
