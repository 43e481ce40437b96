import type { SiteData } from "../data/SiteData.ts";
import { LANGS, type Lang } from "../i18n/lang.ts";
import { MAP_ATTRIBUTION } from "../maps/mapLayers.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { downloadUrl, embedUrl, figureOnPageUrl, oembedUrl, siteAddress, socialCardUrl, type SiteAddress } from "./publicUrls.ts";

/**
 * The version of the format of /charts.json. Raise it when a field changes meaning or goes away
 * (adding a field does not need it), so that a newsroom's script reading the file can tell.
 */
export const CHARTS_JSON_VERSION = 1;

type PerLang<T> = Readonly<Record<Lang, T>>;

export interface Licence {
  /** SPDX identifier, e.g. "CC-BY-4.0". */
  readonly name: string;
  readonly title: string | null;
  readonly url: string | null;
  /** What it covers: the figures, or the district boundaries a map is drawn on. */
  readonly covers: "data" | "boundaries";
  /** The attribution the licence asks for, word for word, where the site names one. */
  readonly attribution?: string;
}

export interface ChartsJsonEntry {
  readonly id: string;
  readonly kind: "chart" | "map";
  readonly title: PerLang<string>;
  /** Absolute URLs of the pages that show it, ending in `#chart-<id>` (the figure on the page). */
  readonly pages: PerLang<readonly string[]>;
  readonly embed: PerLang<string>;
  readonly oembed: PerLang<string>;
  readonly downloads: PerLang<{ readonly svg: string; readonly png: string; readonly csv: string }>;
  /** The social card (Open Graph / Twitter image, 1200×630 PNG). */
  readonly image: PerLang<string>;
  readonly dataVersion: string;
  readonly licences: readonly Licence[];
}

/** What /charts.json says: every chart and map of the site, with where to find and reuse it. */
export interface ChartsJson {
  readonly version: number;
  /** The site's address: origin and base, ending in "/". */
  readonly site: string;
  /** The day the build wrote the file, an ISO date (SOURCE_DATE_EPOCH fixes it: src/lib/buildDate.ts). */
  readonly generated: string;
  readonly dataVersion: string;
  readonly charts: readonly ChartsJsonEntry[];
}

/**
 * The licences of what a chart shows: the data package's, and for a map also the boundaries'
 * (CC BY-SA 4.0, whose attribution every map carries: src/lib/maps/mapLayers.ts).
 */
function licences(data: SiteData, kind: "chart" | "map"): Licence[] {
  const all: Licence[] = (data.descriptor.licenses ?? []).map((l) => ({
    name: l.name,
    title: l.title ?? null,
    url: l.path ?? null,
    covers: "data",
  }));
  if (kind === "map")
    all.push({
      name: "CC-BY-SA-4.0",
      title: "Creative Commons Attribution-ShareAlike 4.0",
      url: "https://creativecommons.org/licenses/by-sa/4.0/",
      covers: "boundaries",
      // The same words in both languages; only the label before it ("Ranh giới", "Boundaries") differs.
      attribution: MAP_ATTRIBUTION.en.text,
    });
  return all;
}

const perLang = <T>(f: (lang: Lang) => T): PerLang<T> => Object.fromEntries(LANGS.map((lang) => [lang, f(lang)])) as Record<Lang, T>;

/** One catalogue entry as /charts.json lists it, every URL absolute on the site's public address. */
export function chartsJsonEntry(data: SiteData, entry: CatalogueEntry, site: SiteAddress): ChartsJsonEntry {
  return {
    id: entry.id,
    kind: entry.kind,
    title: perLang((lang) => entry.title[lang]),
    pages: perLang((lang) => entry.pages[lang].map((path) => figureOnPageUrl(site, lang, path, entry.id))),
    embed: perLang((lang) => embedUrl(site, entry.id, lang)),
    oembed: perLang((lang) => oembedUrl(site, entry.id, lang)),
    downloads: perLang((lang) => ({
      svg: downloadUrl(site, entry.id, lang, "svg"),
      png: downloadUrl(site, entry.id, lang, "png"),
      csv: downloadUrl(site, entry.id, lang, "csv"),
    })),
    image: perLang((lang) => socialCardUrl(site, entry.id, lang)),
    dataVersion: data.version,
    licences: licences(data, entry.kind),
  };
}

/** The whole of /charts.json, from the catalogue (`catalogue(data, stories)`), in its order. */
export function chartsJson(data: SiteData, entries: readonly CatalogueEntry[], site: SiteAddress, generated: string): ChartsJson {
  return {
    version: CHARTS_JSON_VERSION,
    site: siteAddress(site, ""),
    generated,
    dataVersion: data.version,
    charts: entries.map((entry) => chartsJsonEntry(data, entry, site)),
  };
}
