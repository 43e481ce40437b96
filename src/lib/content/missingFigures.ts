import type { SiteData } from "../data/SiteData.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";

/**
 * The indicators a reader looks for, district by district. District pages list those a district
 * lacks; the home page lists those no district has. Both are computed from data/, so the text
 * changes by itself when an editor adds the figures.
 */
export const DISTRICT_INDICATORS = [
  "population",
  "land_area",
  "commune_units",
  "elderly_60plus",
  "elderly_allowance_recipients",
  "elderly_80plus",
] as const;

const M = defineMessages(
  {
    clubsByName: (total: string, named: string) =>
      `Các câu lạc bộ VIE070: nguồn cho biết tổng số (${total}), nhưng chỉ ${named} câu lạc bộ được biết tên và nơi hoạt động.`,
    noClubsByName: (total: string) =>
      `Các câu lạc bộ VIE070: nguồn cho biết tổng số (${total}), nhưng chưa câu lạc bộ nào được biết tên và nơi hoạt động.`,
  },
  {
    clubsByName: (total, named) => `VIE070 clubs: the source gives their number (${total}), but only ${named} are known by name and place.`,
    noClubsByName: (total) => `VIE070 clubs: the source gives their number (${total}), but none is yet known by name and place.`,
  },
);

const known = (data: SiteData) => DISTRICT_INDICATORS.filter((id) => data.indicators.some((i) => i.id === id));

/** Names of the expected indicators with no figure for this area, in the order above. */
export function missingForArea(data: SiteData, code: string, lang: Lang): string[] {
  return known(data)
    .filter((indicator) => data.find({ indicator, area: code }).length === 0)
    .map((id) => pick(data.indicator(id), "name", lang));
}

/** Sentences, for the home page, on what has no figures anywhere below the province. */
export function missingAcrossDistricts(data: SiteData, lang: Lang): string[] {
  const absent = known(data)
    .filter((indicator) => data.districts.every((a) => data.find({ indicator, area: a.code }).length === 0))
    .map((id) => pick(data.indicator(id), "name", lang));
  const total = data.latest({ indicator: "vie070_clubs", area: data.province.code });
  const named = data.clubs.filter((c) => c.programme === "VIE070").length;
  const clubs =
    total === null || named >= total.value
      ? []
      : [
          named === 0
            ? M[lang].noClubsByName(formatNumber(total.value, lang))
            : M[lang].clubsByName(formatNumber(total.value, lang), formatNumber(named, lang)),
        ];
  return [...(absent.length > 0 ? [NO_DATA[lang].missingDistricts(absent)] : []), ...clubs];
}
