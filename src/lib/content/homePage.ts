import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { aboutData } from "./aboutData.ts";
import { computedShare, ELDERLY_SHARE } from "./computedShare.ts";
import { districtMapsView } from "./districtMapsView.ts";
import { headlines } from "./headlines.ts";
import { homeCharts } from "./homeCharts.ts";
import { KNOWN_CLUBS_HEADING, knownClubs } from "./knownClubs.ts";
import { missingAcrossDistricts } from "./missingFigures.ts";

/** Links to every district page, in areas.csv order. */
export function districtLinks(data: SiteData, lang: Lang, base: string) {
  return data.districts.map((a) => ({ code: a.code, name: pick(a, "name", lang), href: pageUrl(base, lang, `districts/${a.slug}/`) }));
}

/** Everything the home page shows, in one language. */
export function homePage(data: SiteData, lang: Lang, base: string) {
  return {
    lang,
    about: aboutData(data, lang),
    headlines: headlines(data, lang),
    /** Figures the site computes from two rows, each shown with its method and inputs. */
    computed: [computedShare(data, lang, ELDERLY_SHARE)],
    sections: homeCharts(data, lang),
    clubs: { heading: KNOWN_CLUBS_HEADING[lang], list: knownClubs(data, lang) },
    maps: districtMapsView(data, lang),
    districtLinks: districtLinks(data, lang, base),
    missing: missingAcrossDistricts(data, lang),
  };
}
