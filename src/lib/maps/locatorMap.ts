import * as Plot from "@observablehq/plot";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { geoMercator } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import type { Chart } from "../charts/Chart.ts";
import { chartSources } from "../charts/chartSources.ts";
import { t } from "../charts/format.ts";
import { BASE_STYLE, COLOR, WIDTHS } from "../charts/theme.ts";
import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { placeLabels } from "./placeLabels.ts";

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
  const unknown = districts.filter((a) => a.lat === null || a.lon === null).map((a) => pick(a, "name", lang));
  const label = (s: (typeof seats)[number]) => (s.seat && s.seat !== s.name ? `${s.seat} (${s.name})` : s.name);
  const title = t(lang, "Nơi đặt trụ sở các huyện, thành phố", "Where the districts and cities were run from");
  const summary = t(
    lang,
    `Bản đồ định vị: đường bao tỉnh Vĩnh Phúc và ${seats.length} nơi đặt trụ sở đã biết tọa độ.${unknown.length ? ` Chưa có tọa độ trụ sở của ${unknown.join(", ")}.` : ""}`,
    `Locator map: the outline of Vĩnh Phúc and the ${seats.length} seats whose coordinates are known.${unknown.length ? ` No seat coordinates yet for ${unknown.join(", ")}.` : ""}`,
  );
  return {
    id: "locator",
    title,
    subtitle: t(lang, "Đường bao tỉnh giản lược; chấm là nơi đặt trụ sở", "Simplified province outline; dots are the seats"),
    unit: "",
    summary,
    notes: [
      t(
        lang,
        "Đường bao theo Natural Earth (thô, chỉ để định vị); tọa độ trụ sở theo GeoNames (CC BY 4.0).",
        "Outline from Natural Earth (coarse, for locating only); seat coordinates from GeoNames (CC BY 4.0).",
      ),
    ],
    sources: chartSources(data, ["naturalearth", ...new Set(seats.map((s) => s.a.coord_source!))]),
    table: {
      columns: [
        { label: t(lang, "Huyện, thành phố", "District or city"), numeric: false },
        { label: t(lang, "Nơi đặt trụ sở", "Seat"), numeric: false },
        { label: t(lang, "Vĩ độ, kinh độ", "Latitude, longitude"), numeric: true },
      ],
      rows: districts.map((a) => [
        pick(a, "name", lang),
        a.seat ?? NO_DATA[lang].unknown,
        a.lat !== null && a.lon !== null ? `${a.lat}, ${a.lon}` : "—",
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
