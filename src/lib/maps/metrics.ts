import type { Area, SiteData } from "../data/SiteData.ts";
import { formatFixed, formatNumber } from "../format/formatNumber.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { joinNames } from "../format/rankUnits.ts";
import type { Lang } from "../i18n/lang.ts";
import { CHART_WORDS } from "../charts/chartWords.ts";
import { figureText } from "../charts/format.ts";
import { lastTwoCensuses, populationChange } from "../data/populationChange.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { NO_DATA } from "../i18n/noData.ts";

interface ClubsSummary {
  /** The districts where a club is named, joined ("Vĩnh Tường", "Vĩnh Tường (2) và Yên Lạc (1)"). */
  readonly named: string;
  readonly clubs: number;
  /** Districts where no club is known by name. */
  readonly unknown: number;
}

const M = defineMessages(
  {
    /** Each metric's name, as the map switch and the map's title show it. */
    name: {
      population: "Dân số (mọi lứa tuổi)",
      "population-change": "Thay đổi dân số (mọi lứa tuổi)",
      "commune-units": "Số xã, phường, thị trấn",
      "clubs-known": "Câu lạc bộ được biết tên",
      elderly: "Người từ 60 tuổi trở lên",
      allowance: "Người cao tuổi hưởng trợ cấp",
    },
    /** The period of a count that adds up everything known so far. */
    toDate: "đến nay",
    noDistrictFigures: "Chưa tìm thấy số liệu công khai theo từng huyện cho chỉ tiêu này.",
    clubsNote: "Chỉ tính các câu lạc bộ mà nguồn nêu tên và nơi hoạt động.",
    allAges: "Dân số ở đây là mọi người dân, ở mọi lứa tuổi, không riêng người cao tuổi.",
    /** A district where no source names a club: unknown, never "none". */
    noClubKnown: {
      label: "chưa biết tên câu lạc bộ nào",
      legend: "Chưa biết tên câu lạc bộ nào",
    },
    clubsSummary: (p: ClubsSummary) =>
      p.named.length === 0
        ? `Chưa biết tên câu lạc bộ nào ở ${p.unknown} huyện, thành phố: chưa có nguồn công khai nào nêu tên. Điều đó không có nghĩa là ở đó không có câu lạc bộ.`
        : `Các nguồn công khai mới nêu tên ${p.clubs} câu lạc bộ, ở ${p.named}.${p.unknown > 0 ? ` Ở ${p.unknown} huyện, thành phố còn lại chưa biết tên câu lạc bộ nào; điều đó không có nghĩa là ở đó không có câu lạc bộ.` : ""}`,
  },
  {
    name: {
      population: "Population (all ages)",
      "population-change": "Population change (all ages)",
      "commune-units": "Communes, wards and townships",
      "clubs-known": "Clubs known by name",
      elderly: "People aged 60 and over",
      allowance: "Older people on the allowance",
    },
    toDate: "to date",
    noDistrictFigures: "No public district-level figures have been found for this indicator.",
    clubsNote: "Only clubs whose name and place a source gives.",
    allAges: "Population here means all residents, of all ages, not only older people.",
    noClubKnown: {
      label: "no club known by name",
      legend: "No club known by name",
    },
    clubsSummary: (p) =>
      p.named.length === 0
        ? `No club is known by name in any of the ${p.unknown} districts and cities: no public source names one yet. That does not mean there is none.`
        : `Public sources so far name ${p.clubs} ${p.clubs === 1 ? "club" : "clubs"}, in ${p.named}.${p.unknown > 0 ? ` In the other ${p.unknown} districts and cities no club is known by name; that does not mean there is none.` : ""}`,
  },
);

type MetricId = keyof (typeof M)["vi"]["name"];

/** One district's value on a map metric; `value: null` means no figure is known. */
export interface MetricValue {
  readonly value: number | null;
  readonly label: string;
}

/** How a district without a figure is worded: in its tooltip and table cell, and in the legend. */
export interface MissingWords {
  readonly label: string;
  readonly legend: string;
}

/**
 * What a map can show. Counts are drawn by size (circles), rates by colour, as a reader
 * compares them best; a metric with no figures at all is still listed, and drawn as "no data".
 */
export interface MapMetric {
  readonly id: string;
  readonly kind: "count" | "rate";
  readonly name: string;
  /** The period shown, or null when the metric has no figures at all. */
  readonly period: string | null;
  readonly when: string;
  readonly unit: string;
  readonly sourceIds: readonly string[];
  readonly notes: readonly string[];
  readonly missing: MissingWords;
  /**
   * Set for a metric whose figures must not be ranked: clubs known by name count what sources
   * happened to name, so a district with one is not "first" and the others are not "last".
   * The map's summary is then this, given the districts with a figure.
   */
  readonly unranked?: (known: readonly { readonly name: string; readonly label: string }[], unknown: number) => string;
  value(area: Area): MetricValue;
}

const noData = (lang: Lang): MetricValue => ({ value: null, label: NO_DATA[lang].short });
const noDataWords = (lang: Lang): MissingWords => ({
  label: NO_DATA[lang].short,
  legend: NO_DATA[lang].capitalised,
});

/** A metric read straight from observations; with no period given, the latest with district figures. */
function observed(data: SiteData, lang: Lang, indicator: string, wanted: string | null, id: MetricId, kind: "count" | "rate"): MapMetric {
  const district = data.find({ indicator, group: null }).filter((o) => data.area(o.area).level === "district");
  const period = wanted ?? district.at(-1)?.period ?? null;
  const rows = district.filter((o) => o.period === period);
  const unitName = data.indicator(indicator).unit;
  return {
    id,
    kind,
    name: M[lang].name[id],
    period,
    when: period ? formatPeriod(period, lang) : "",
    unit: unitName === "persons" ? CHART_WORDS[lang].people : CHART_WORDS[lang].units,
    sourceIds: [...new Set(rows.map((o) => o.source))],
    notes: [...(indicator === "population" ? [M[lang].allAges] : []), ...(rows.length === 0 ? [M[lang].noDistrictFigures] : [])],
    missing: noDataWords(lang),
    value: (area) => {
      const o = rows.find((r) => r.area === area.code);
      return o ? { value: o.value, label: figureText(data, o, lang) } : noData(lang);
    },
  };
}

/** The metrics a district map can switch between, in the order of the switch. */
export function mapMetrics(data: SiteData, lang: Lang): readonly MapMetric[] {
  const censuses = data.censuses.length >= 2 ? lastTwoCensuses(data) : null;
  const communes = data
    .find({ indicator: "commune_units", group: null })
    .filter((o) => data.area(o.area).level === "district")
    .at(-1);
  const clubsByDistrict = (code: string) => data.clubs.filter((c) => c.district === code).length;
  return [
    observed(data, lang, "population", data.censuses.at(-1) ?? null, "population", "count"),
    {
      id: "population-change",
      kind: "rate",
      name: M[lang].name["population-change"],
      period: censuses ? `${censuses[0]}/${censuses[1]}` : null,
      when: censuses ? `${censuses[0].slice(0, 4)}–${censuses[1].slice(0, 4)}` : "",
      unit: "%",
      sourceIds: [
        ...new Set(
          (censuses ? data.districts : [])
            .flatMap((a) => {
              const { before, after } = populationChange(data, a.code, censuses!);
              return [before?.source, after?.source];
            })
            .filter((s): s is string => Boolean(s)),
        ),
      ],
      notes: [M[lang].allAges],
      missing: noDataWords(lang),
      value: (area) => {
        const found = censuses ? populationChange(data, area.code, censuses).change : null;
        if (found === null) return noData(lang);
        const change = Math.round(found * 1000) / 10;
        return {
          value: change,
          label: `${change > 0 ? "+" : ""}${formatFixed(change, lang, 1)}%`,
        };
      },
    },
    observed(data, lang, "commune_units", communes?.period ?? null, "commune-units", "count"),
    {
      id: "clubs-known",
      kind: "count",
      name: M[lang].name["clubs-known"],
      period: null,
      when: M[lang].toDate,
      unit: CHART_WORDS[lang].clubs,
      sourceIds: [...new Set(data.clubs.map((c) => c.source))],
      notes: [M[lang].clubsNote],
      missing: M[lang].noClubKnown,
      unranked: (known, unknown) =>
        M[lang].clubsSummary({
          named: joinNames(
            known.map((k) => (known.length > 1 ? `${k.name} (${k.label})` : k.name)),
            lang,
          ),
          clubs: data.clubs.filter((c) => data.districts.some((a) => a.code === c.district)).length,
          unknown,
        }),
      value: (area) => {
        const n = clubsByDistrict(area.code);
        // No named club is not "no club": it is shown as unknown.
        return n > 0 ? { value: n, label: formatNumber(n, lang) } : { value: null, label: M[lang].noClubKnown.label };
      },
    },
    observed(data, lang, "elderly_60plus", null, "elderly", "count"),
    observed(data, lang, "elderly_allowance_recipients", null, "allowance", "count"),
  ];
}
