import { citationLabel } from "../format/citationLabel.ts";
import { chartView, type ChartView } from "../charts/chartView.ts";
import { figureText } from "../charts/format.ts";
import { chartFor } from "../charts/registry.ts";
import type { Area, SiteData } from "../data/SiteData.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { pageUrl, sourceUrl } from "../i18n/paths.ts";
import { districtShapes } from "../maps/districtShapes.ts";
import { districtMapsView, type MapsView } from "./districtMapsView.ts";
import { reformNote } from "../format/reformNote.ts";
import { unitName, unitTitle } from "../format/unitName.ts";
import { DISTRICT_PAGE } from "./districtPageText.ts";
import { missingForArea } from "./missingFigures.ts";

interface Sourced {
  readonly sourceLabel: string;
  readonly sourceHref: string;
  readonly reliability: "A" | "B" | "C";
}

export interface DistrictPageProps {
  readonly lang: Lang;
  readonly code: string;
  readonly name: string;
  /** The unit with its kind, for the page's title: "Huyện Tam Đảo", "Tam Đảo district". */
  readonly title: string;
  readonly kind: string;
  readonly intro: string;
  readonly figures: readonly ({
    readonly indicator: string;
    readonly period: string;
    readonly figure: string;
    readonly note: string | null;
  } & Sourced)[];
  readonly missing: readonly string[];
  readonly history: readonly ({ readonly date: string; readonly text: string } & Sourced)[];
  readonly clubs: readonly ({
    readonly name: string;
    readonly href: string;
    readonly place: string;
    readonly notes: string | null;
  } & Sourced)[];
  /** Said when no club in the district is known by name. */
  readonly noClubs: string;
  /**
   * The districts of the province that share a border with this one, in areas.csv order, each
   * with the words that follow it in the sentence (", ", " và ", "."); null without boundaries.
   */
  readonly neighbours: readonly { readonly name: string; readonly href: string; readonly after: string }[];
  /** What comes before the list of neighbours, or says there is none. */
  readonly neighboursLead: string;
  readonly maps: MapsView;
  /** Said beside the locator map when the seat has no coordinates; null when the map shows it. */
  readonly seatUnplaced: string | null;
  readonly charts: readonly ChartView[];
  readonly previous: { readonly name: string; readonly href: string };
  readonly next: { readonly name: string; readonly href: string };
  readonly reformNote: string;
  /** The data package's version, shown on every figure's source line. */
  readonly dataVersion: string;
}

const AND: Record<Lang, string> = { vi: " và ", en: " and " };

/** The charts every district page shows (with its district highlighted), after its maps. */
export const DISTRICT_CHART_IDS = ["district-population", "district-communes"] as const;

/** What follows item k of n in a running list: "A, B và C." / "A, B and C." */
function listSeparator(k: number, n: number, lang: Lang): string {
  return k === n - 1 ? "." : k === n - 2 ? AND[lang] : ", ";
}

/** Everything a district page shows, read from data/: figures with sources, history, clubs, maps. */
export function districtPage(data: SiteData, lang: Lang, base: string, slug: string): DistrictPageProps {
  const districts = data.districts;
  const index = districts.findIndex((a) => a.slug === slug);
  if (index < 0) throw new Error(`unknown district slug: ${slug}`);
  const area = districts[index]!;
  const name = pick(area, "name", lang);
  const link = (a: Area) => ({ name: pick(a, "name", lang), href: pageUrl(base, lang, `districts/${a.slug}/`) });
  const sourced = (id: string): Sourced => {
    const s = data.source(id);
    return { sourceLabel: citationLabel(s), sourceHref: sourceUrl(base, lang, id), reliability: s.reliability };
  };
  const observations = data.inArea(area.code);
  const figures = observations.map((o) => ({
    indicator: pick(data.indicator(o.indicator), "name", lang),
    period: formatPeriod(o.period, lang),
    figure: figureText(data, o, lang, true),
    note: pick(o, "note", lang),
    ...sourced(o.source),
  }));
  const missing = missingForArea(data, area.code, lang);
  const text = DISTRICT_PAGE[lang];
  const kind = text.kind[area.kind];
  const ended = area.ended ? formatPeriod(area.ended, lang) : null;
  const communes = observations.filter((o) => o.indicator === "commune_units").at(-1);
  const population = observations.filter((o) => o.indicator === "population").at(-1);
  const unit = unitName(area, lang);
  const intro = text.intro({
    unit: unitTitle(area, lang),
    name,
    // "Thành phố Vĩnh Yên, trụ sở đặt tại Vĩnh Yên" says nothing: only a seat with its own name is told.
    seat: area.seat && area.seat !== area.name_vi ? area.seat : null,
    province: pick(data.province, "name", lang),
    ended,
    population: population ? { figure: figureText(data, population, lang), period: formatPeriod(population.period, lang) } : null,
    communes: communes ? { figure: figureText(data, communes, lang), period: formatPeriod(communes.period, lang) } : null,
  });
  const geo = districtShapes(data.geometry("district-geometry"));
  // Shared borders give the neighbours; areas.csv order lists them as every other list on the site.
  const shared = geo.neighbours(area.code);
  const neighbourCodes = districts.filter((d) => shared.includes(d.code)).map((d) => d.code);
  const province = pick(data.province, "name", lang);
  return {
    lang,
    code: area.code,
    name,
    title: unitTitle(area, lang),
    kind,
    intro,
    figures,
    missing,
    history: data.events(area.code).map((e) => ({ date: formatPeriod(e.date, lang), text: pick(e, "event", lang), ...sourced(e.source) })),
    clubs: data.clubs
      .filter((c) => c.district === area.code)
      .map((c) => ({
        name: pick(c, "name", lang),
        href: pageUrl(base, lang, `clubs/${c.id}/`),
        // "CLB … thôn Đông, xã Lũng Hòa", not "CLB … thôn Đông, thôn Đông, xã Lũng Hòa".
        place: [c.village && !c.name_vi.includes(c.village) ? c.village : null, c.commune].filter(Boolean).join(", "),
        notes: pick(c, "notes", lang),
        ...sourced(c.source),
      })),
    neighbours: neighbourCodes.map((code, k) => ({ ...link(data.area(code)), after: listSeparator(k, neighbourCodes.length, lang) })),
    neighboursLead: neighbourCodes.length === 0 ? text.noNeighbours({ unit: unitTitle(area, lang), province }) : text.neighbours(province),
    maps: districtMapsView(data, lang, area.code),
    seatUnplaced: area.lat === null || area.lon === null ? text.seatUnplaced({ unit, seat: area.seat }) : null,
    noClubs: text.noClubs(unit),
    charts: DISTRICT_CHART_IDS.map((id) => chartView(chartFor(id, { data, lang, highlight: area.code }))),
    previous: link(districts[(index - 1 + districts.length) % districts.length]!),
    next: link(districts[(index + 1) % districts.length]!),
    reformNote: reformNote(data, lang),
    dataVersion: data.version,
  };
}
