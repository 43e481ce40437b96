import { parsePeriod, type Period } from "../period.ts";
import type { PackageDescriptor } from "../validate/Descriptor.ts";
import type { Topology } from "topojson-specification";
import type { Geometry } from "../validate/checkGeometry.ts";
import type { Table } from "../validate/readTable.ts";
import { MissingFigure } from "./MissingFigure.ts";
import { observationIndex, type ObservationQuery } from "./observationIndex.ts";
import type { Rows } from "./rows.generated.ts";

export type * from "./rows.generated.ts";
export type { ObservationQuery } from "./observationIndex.ts";
type Observation = Rows["observations"];
type Area = Rows["areas"];

/** One figure's key without its period: `group` defaults to `null`, the whole population. */
export interface FigureQuery {
  readonly indicator: string;
  readonly area: string;
  readonly group?: string | null;
}

/**
 * The validated data package, read-only. Built once per build from tables that passed every
 * check, so callers can trust the types and the references between tables.
 *
 * Pages ask for "the latest figure of X for Y" (`latest`) or a named period (`at`); both return
 * `null` when data/ has no such figure, so a page says "no data" rather than crash. `need` is the
 * same lookup for code that cannot draw without the figure: it throws `MissingFigure`, which the
 * chart registry turns into a "no data" figure naming the indicator.
 */
export interface SiteData {
  readonly descriptor: PackageDescriptor;
  readonly version: string;
  /** data/CHANGELOG.md as the check read it: editors' Markdown, for renderMarkdown only. */
  readonly changelog: string;
  readonly sources: readonly Rows["sources"][];
  readonly areas: readonly Area[];
  readonly indicators: readonly Rows["indicators"][];
  readonly groups: readonly Rows["groups"][];
  readonly observations: readonly Observation[];
  readonly clubs: readonly Rows["clubs"][];
  /** Projects, national schemes and provincial plans for the clubs (programmes.csv). */
  readonly programmes: readonly Rows["programmes"][];
  /** The province the site is about: the one area whose level is `province`. */
  readonly province: Area;
  /** The province's district-level units, in areas.csv order (the site's reading order). */
  readonly districts: readonly Area[];
  /**
   * Census reference days: the single-day periods of the province's population figures,
   * oldest first. Charts compare the last two.
   */
  readonly censuses: readonly string[];
  /** Dated changes to a unit (created, city status, merged, ended), oldest first. */
  events(code: string): readonly Rows["area-events"][];
  /** A map geometry by resource name (`district-geometry`, `province-outline`). */
  geometry(name: string): Topology;
  source(id: string): Rows["sources"];
  area(code: string): Area;
  indicator(id: string): Rows["indicators"];
  group(id: string): Rows["groups"];
  /** Figures matching the query, oldest period first. */
  find(query: ObservationQuery): readonly Observation[];
  /** Every figure for one area, in table order. */
  inArea(code: string): readonly Observation[];
  /** The newest figure for the key, or null. */
  latest(query: FigureQuery): Observation | null;
  /** The figure for the key in one period, or null. */
  at(query: FigureQuery & { readonly period: string }): Observation | null;
  /** `at` when a period is given, else `latest`; throws MissingFigure when there is none. */
  need(query: FigureQuery & { readonly period?: string }): Observation;
  /** Units whose parent is `code`, in table order. */
  children(code: string): readonly Area[];
  period(observation: Observation): Period;
}

function freezeRows<T>(table: Table | undefined): readonly T[] {
  return Object.freeze((table?.rows ?? []).map((r) => Object.freeze({ ...r.values }) as T));
}

function index<T, K extends keyof T>(rows: readonly T[], key: K, what: string): (id: string) => T {
  const map = new Map(rows.map((r) => [String(r[key]), r]));
  return (id) => {
    const row = map.get(id);
    if (!row) throw new Error(`unknown ${what}: ${id}`);
    return row;
  };
}

/** Builds the accessors over validated tables. Only call with a result that has no issues. */
export function buildSiteData(
  descriptor: PackageDescriptor,
  tables: ReadonlyMap<string, Table>,
  geometries: ReadonlyMap<string, Geometry> = new Map(),
  changelog = "",
): SiteData {
  const observations = freezeRows<Observation>(tables.get("observations"));
  // Parsed once per distinct period: a table of 100,000 rows names a few hundred periods.
  const periods = new Map<string, Period>();
  for (const o of observations) if (!periods.has(o.period)) periods.set(o.period, parsePeriod(o.period)!);
  const observed = observationIndex(observations, (o) => periods.get(o.period)!);
  const areas = freezeRows<Area>(tables.get("areas"));
  const events = [...freezeRows<Rows["area-events"]>(tables.get("area-events"))].sort((a, b) => a.date.localeCompare(b.date));
  const provinces = areas.filter((a) => a.level === "province");
  // The check requires exactly one province (src/lib/validate/siteRequirements.ts); this guards direct callers.
  if (provinces.length !== 1) throw new Error(`expected one province in areas.csv, found ${provinces.length}`);
  const province = provinces[0]!;
  const children = (code: string) => areas.filter((a) => a.parent === code);
  const at = (q: FigureQuery & { readonly period: string }) => observed.find({ group: null, ...q })[0] ?? null;
  const latest = (q: FigureQuery) => observed.find({ group: null, ...q }).at(-1) ?? null;
  const censuses = observed
    .find({ indicator: "population", area: province.code, group: null })
    .filter((o) => periods.get(o.period)!.isDay)
    .map((o) => o.period);
  const data: SiteData = {
    descriptor,
    version: descriptor.version,
    changelog,
    sources: freezeRows<Rows["sources"]>(tables.get("sources")),
    areas,
    indicators: freezeRows<Rows["indicators"]>(tables.get("indicators")),
    groups: freezeRows<Rows["groups"]>(tables.get("groups")),
    observations,
    clubs: freezeRows<Rows["clubs"]>(tables.get("clubs")),
    programmes: freezeRows<Rows["programmes"]>(tables.get("programmes")),
    province,
    districts: Object.freeze(children(province.code).filter((a) => a.level === "district")),
    censuses: Object.freeze(censuses),
    events: (code) => events.filter((e) => e.code === code),
    geometry(name) {
      const geometry = geometries.get(name);
      if (!geometry) throw new Error(`unknown geometry: ${name}`);
      return geometry.topology;
    },
    source: index(freezeRows<Rows["sources"]>(tables.get("sources")), "id", "source"),
    area: index(areas, "code", "area"),
    indicator: index(freezeRows<Rows["indicators"]>(tables.get("indicators")), "id", "indicator"),
    group: index(freezeRows<Rows["groups"]>(tables.get("groups")), "id", "group"),
    find: observed.find,
    inArea: observed.inArea,
    latest,
    at,
    need(q) {
      const found = q.period === undefined ? latest(q) : at({ ...q, period: q.period });
      if (!found) throw new MissingFigure(q);
      return found;
    },
    children,
    period: (o) => periods.get(o.period)!,
  };
  return Object.freeze(data);
}
