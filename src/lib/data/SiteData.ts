import { parsePeriod, type Period } from "../period.ts";
import type { PackageDescriptor } from "../validate/Descriptor.ts";
import type { Topology } from "topojson-specification";
import type { Geometry } from "../validate/checkGeometry.ts";
import type { Table } from "../validate/readTable.ts";
import type { Rows } from "./rows.generated.ts";

export type * from "./rows.generated.ts";
type Observation = Rows["observations"];

export interface ObservationQuery {
  readonly indicator: string;
  readonly area?: string;
  /** `null` selects rows with no group (the whole population); omitted selects any group. */
  readonly group?: string | null;
  readonly period?: string;
}

/**
 * The validated data package, read-only. Built once per build from tables that passed every
 * check, so callers can trust the types and the references between tables.
 */
export interface SiteData {
  readonly descriptor: PackageDescriptor;
  readonly version: string;
  readonly sources: readonly Rows["sources"][];
  readonly areas: readonly Rows["areas"][];
  readonly indicators: readonly Rows["indicators"][];
  readonly groups: readonly Rows["groups"][];
  readonly observations: readonly Observation[];
  readonly clubs: readonly Rows["clubs"][];
  /** Dated changes to a unit (created, city status, merged, ended), oldest first. */
  events(code: string): readonly Rows["area-events"][];
  /** A map geometry by resource name (`district-geometry`, `province-outline`). */
  geometry(name: string): Topology;
  source(id: string): Rows["sources"];
  area(code: string): Rows["areas"];
  indicator(id: string): Rows["indicators"];
  group(id: string): Rows["groups"];
  /** Figures matching the query, oldest period first. */
  find(query: ObservationQuery): readonly Observation[];
  /** The one figure matching the query; throws when there is none or more than one. */
  get(query: ObservationQuery & { readonly period: string }): Observation;
  /** Units whose parent is `code`, in table order. */
  children(code: string): readonly Rows["areas"][];
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
export function buildSiteData(descriptor: PackageDescriptor, tables: ReadonlyMap<string, Table>, geometries: ReadonlyMap<string, Geometry> = new Map()): SiteData {
  const observations = freezeRows<Observation>(tables.get("observations"));
  const periods = new Map(observations.map((o) => [o.period, parsePeriod(o.period)!]));
  const sorted = [...observations].sort((a, b) => periods.get(a.period)!.start.localeCompare(periods.get(b.period)!.start));
  const areas = freezeRows<Rows["areas"]>(tables.get("areas"));
  const events = [...freezeRows<Rows["area-events"]>(tables.get("area-events"))].sort((a, b) => a.date.localeCompare(b.date));
  const find = (q: ObservationQuery) =>
    sorted.filter(
      (o) =>
        o.indicator === q.indicator &&
        (q.area === undefined || o.area === q.area) &&
        (q.group === undefined || o.group === q.group) &&
        (q.period === undefined || o.period === q.period),
    );
  const data: SiteData = {
    descriptor,
    version: descriptor.version,
    sources: freezeRows<Rows["sources"]>(tables.get("sources")),
    areas,
    indicators: freezeRows<Rows["indicators"]>(tables.get("indicators")),
    groups: freezeRows<Rows["groups"]>(tables.get("groups")),
    observations,
    clubs: freezeRows<Rows["clubs"]>(tables.get("clubs")),
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
    find,
    get(q) {
      const found = find({ group: null, ...q });
      if (found.length !== 1) throw new Error(`expected one figure for ${JSON.stringify(q)}, found ${found.length}`);
      return found[0]!;
    },
    children: (code) => areas.filter((a) => a.parent === code),
    period: (o) => periods.get(o.period)!,
  };
  return Object.freeze(data);
}
