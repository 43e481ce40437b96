import { describe, expect, it } from "vitest";
import { loadData } from "../../src/lib/data/loadData.ts";
import type { Observation, ObservationQuery } from "../../src/lib/data/SiteData.ts";
import { FIXTURE_DIR } from "../support/packageFiles.ts";

const data = loadData(FIXTURE_DIR);

/** What a lookup meant before the index: a scan of the whole table, oldest period first. */
function scan(q: ObservationQuery): Observation[] {
  const byPeriod = (a: Observation, b: Observation) => {
    const [p, r] = [data.period(a), data.period(b)];
    return p.start.localeCompare(r.start) || p.end.localeCompare(r.end);
  };
  return data.observations
    .filter(
      (o) =>
        o.indicator === q.indicator &&
        (q.area === undefined || o.area === q.area) &&
        (q.group === undefined || o.group === q.group) &&
        (q.period === undefined || o.period === q.period),
    )
    .sort(byPeriod);
}

/** Every query a page can ask of the fixture: each key part given, omitted or (for groups) null. */
function queries(): ObservationQuery[] {
  const out: ObservationQuery[] = [];
  for (const o of data.observations) {
    for (const area of [o.area, undefined]) {
      for (const group of [o.group, null, undefined]) {
        for (const period of [o.period, undefined]) {
          out.push({
            indicator: o.indicator,
            ...(area === undefined ? {} : { area }),
            ...(group === undefined ? {} : { group }),
            ...(period === undefined ? {} : { period }),
          });
        }
      }
    }
  }
  return [...out, { indicator: "no_such_indicator" }, { indicator: "population", area: "no-such-area" }];
}

describe("observation index", () => {
  it("finds what a scan of the whole table finds, in the same order", () => {
    for (const q of queries()) expect(data.find(q), JSON.stringify(q)).toEqual(scan(q));
  });

  it("gives the latest and a named period's figure as the scan's last and first", () => {
    for (const o of data.observations) {
      const key = { indicator: o.indicator, area: o.area, group: o.group };
      expect(data.latest(key)).toBe(scan(key).at(-1));
      expect(data.at({ ...key, period: o.period })).toBe(o);
    }
  });

  it("lists an area's figures in table order", () => {
    for (const area of data.areas) expect(data.inArea(area.code)).toEqual(data.observations.filter((o) => o.area === area.code));
  });

  it("hands out lists that cannot be changed by the page that asked", () => {
    const series = data.find({ indicator: "population", area: data.province.code, group: null });
    expect(series.length).toBeGreaterThan(0);
    expect(Object.isFrozen(series)).toBe(true);
  });
});
