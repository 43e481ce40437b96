import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { districtMapsView } from "./districtMapsView.ts";
import { headlines } from "./headlines.ts";
import { homeCharts } from "./homeCharts.ts";
import { reformNote } from "../format/reformNote.ts";
import { missingAcrossDistricts } from "./missingFigures.ts";

/** Links to every district page, in areas.csv order. */
export function districtLinks(data: SiteData, lang: Lang, base: string) {
  return data.districts.map((a) => ({ code: a.code, name: pick(a, "name", lang), href: pageUrl(base, lang, `districts/${a.slug}/`) }));
}

/** Everything the home page shows, in one language. */
export function homePage(data: SiteData, lang: Lang, base: string) {
  return {
    lang,
    headlines: headlines(data, lang),
    sections: homeCharts(data, lang),
    maps: districtMapsView(data, lang),
    districtLinks: districtLinks(data, lang, base),
    reformNote: reformNote(data, lang),
    missing: missingAcrossDistricts(data, lang),
  };
}
