import * as Plot from "@observablehq/plot";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { geoMercator } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import type { Chart } from "../charts/Chart.ts";
import { chartSources } from "../charts/chartSources.ts";
import { CHART_WORDS } from "../charts/chartWords.ts";
import { BASE_STYLE, COLOR, WIDTHS } from "../charts/theme.ts";
import type { SiteData } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { joinNames } from "../format/rankUnits.ts";
import { unitName } from "../format/unitName.ts";
import { placeLabels } from "./placeLabels.ts";

const M = defineMessages(
  {
    title: "Nơi đặt trụ sở các huyện, thành phố",
    summary: (p: { province: string; seats: number; unplaced: string | null }) =>
      `Bản đồ định vị: đường bao tỉnh ${p.province} và ${p.seats} nơi đặt trụ sở đã có tọa độ.${p.unplaced ? ` Chưa có tọa độ của ${p.unplaced}.` : ""}`,
    /** A seat without coordinates: by its name when data/ gives one. */
    unplaced: (p: { seat: string | null; unit: string }) => (p.seat ? `${p.seat} (trụ sở ${p.unit})` : `trụ sở ${p.unit}`),
    noCoordinates: "chưa có tọa độ",
    subtitle: "Đường bao tỉnh giản lược; chấm là nơi đặt trụ sở",
    sourcesNote: "Đường bao theo Natural Earth (thô, chỉ để định vị); tọa độ trụ sở theo GeoNames (CC BY 4.0).",
    seatColumn: "Nơi đặt trụ sở",
    coordinatesColumn: "Vĩ độ, kinh độ",
  },
  {
    title: "Where the districts and cities were run from",
    summary: (p) =>
      `Locator map: the outline of ${p.province} and the ${p.seats} seats whose coordinates are known.${p.unplaced ? ` No coordinates yet for ${p.unplaced}.` : ""}`,
    unplaced: (p) => (p.seat ? `${p.seat} (seat of ${p.unit})` : `the seat of ${p.unit}`),
    noCoordinates: "no coordinates yet",
    subtitle: "Simplified province outline; dots are the seats",
    sourcesNote: "Outline from Natural Earth (coarse, for locating only); seat coordinates from GeoNames (CC BY 4.0).",
    seatColumn: "Seat",
    coordinatesColumn: "Latitude, longitude",
  },
);

/**
 * Where the districts' seats are: the province outline (Natural Earth) with the seats whose
 * coordinates are known (GeoNames). Seats without coordinates are listed, not guessed.
 */
export function locatorMap(data: SiteData, lang: Lang, highlight?: string): Chart {
  const topology = data.geometry("province-outline");
  const outline = feature(topology, topology.objects["province"] as GeometryCollection) as FeatureCollection<Geometry>;
  const province: Feature<Geometry> = outline.features[0]!;
  const districts = data.districts;
  const seats = districts
    .filter((a) => a.lat !== null && a.lon !== null)
    .map((a) => ({ a, name: pick(a, "name", lang), seat: a.seat ?? "", lon: a.lon!, lat: a.lat! }));
  const margin = 12;
  const inset = 10;
  const heightOf = (width: number) => Math.round(width * 0.95);
  // The same fitted projection Plot uses, to know where each dot lands before placing its label.
  const placements = (width: number) => {
    const projection = geoMercator().fitExtent(
      [
        [margin + inset, margin + inset],
        [width - margin - inset, heightOf(width) - margin - inset],
      ],
      province,
    );
    const points = seats.map((s) => {
      const [x, y] = projection([s.lon, s.lat]) ?? [0, 0];
      return { x, y, text: s.name };
    });
    return placeLabels(points, width, heightOf(width));
  };
  const unplaced = districts
    .filter((a) => a.lat === null || a.lon === null)
    .map((a) => M[lang].unplaced({ seat: a.seat, unit: unitName(a, lang) }));
  const label = (s: (typeof seats)[number]) => (s.seat && s.seat !== s.name ? `${s.seat} (${s.name})` : s.name);
  const title = M[lang].title;
  const summary = M[lang].summary({
    province: pick(data.province, "name", lang),
    seats: seats.length,
    unplaced: unplaced.length ? joinNames(unplaced, lang) : null,
  });
  return {
    id: "locator",
    title,
    subtitle: M[lang].subtitle,
    unit: "",
    summary,
    notes: [M[lang].sourcesNote],
    sources: chartSources(data, ["geoboundaries", ...new Set(seats.map((s) => s.a.coord_source!))]),
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
    fixedWidth: WIDTHS.narrow,
    plot: (width) => ({
      width,
      height: heightOf(width),
      margin,
      ariaLabel: title,
      style: BASE_STYLE,
      projection: { type: "mercator", domain: province, inset },
      marks: [
        Plot.geo(province, { fill: "var(--map-0)", stroke: "var(--fg)", strokeWidth: 1.5 }),
        Plot.dot(seats, {
          x: "lon",
          y: "lat",
          r: (s) => (s.a.code === highlight ? 7 : 4.5),
          fill: (s) => (s.a.code === highlight ? COLOR.highlight : COLOR.primary),
          stroke: "var(--bg)",
          title: label,
          ariaLabel: label,
        }),
        // Each label beside, above or below its dot, wherever it clears the others (placeLabels).
        ...seats.map((s, i) =>
          Plot.text([s], {
            x: "lon",
            y: "lat",
            text: (d) => d.name,
            ...placements(width)[i]!,
            fontSize: 12,
            fill: COLOR.text,
            stroke: "var(--bg)",
            strokeWidth: 3,
            paintOrder: "stroke",
            fontWeight: s.a.code === highlight ? 700 : 400,
          }),
        ),
      ],
    }),
  };
}
