import { formatNumber, formatRaw, rowRef, type Facts, type Lang, type Observation } from "./factCheckData.ts";

/*
 * The named computations a page may show besides the figures themselves: each recomputes a
 * number from rows of data/ (never through the site's code) and lists the renderings it
 * accepts in each language, with the rows it used. A number on a page that equals one of these
 * is reported with the computation's name and its input rows.
 */

export interface Computation {
  /** The kind of computation: "population change", "share", "count"… */
  readonly rule: string;
  /** What exactly was computed, for the output: "Vĩnh Yên 2009-04-01 → 2019-04-01". */
  readonly name: string;
  readonly inputs: readonly string[];
  readonly texts: Readonly<Record<Lang, readonly string[]>>;
  /** The unit the number is about, when it is about one (a district's population change). */
  readonly area?: string;
  /** The period it covers, when it has one ("2009-04-01/2019-04-01" for a change between censuses). */
  readonly period?: string;
}

/** One value per district of the province (absent when unknown), from rows or a computation. */
export interface DistrictSeries {
  readonly name: string;
  readonly inputs: readonly string[];
  /** District code → value, as the page shows it (a computed change is rounded to one decimal). */
  readonly values: ReadonlyMap<string, number>;
}

const LANGS: readonly Lang[] = ["vi", "en"];
const both = (render: (lang: Lang) => readonly string[]): Record<Lang, readonly string[]> => ({ vi: render("vi"), en: render("en") });
const signed = (value: number, text: string) => (value > 0 ? [text, `+${text}`] : [text]);

const isDay = (period: string) => /^\d{4}-\d{2}-\d{2}$/.test(period);
const periodStart = (period: string) => {
  const first = period.split("/")[0]!;
  return /^\d{4}$/.test(first) ? `${first}-01-01` : first;
};
const byPeriod = (a: Observation, b: Observation) =>
  periodStart(a.period).localeCompare(periodStart(b.period)) || a.period.localeCompare(b.period);

/** Rows grouped by a key, in data order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push(item);
  }
  return out;
}

const areaName = (facts: Facts, code: string) => facts.areas.find((a) => a.cells["code"] === code)?.cells["name_en"] ?? code;

/** The province's population on its census days (single-day periods), oldest first. */
function censusDays(facts: Facts): string[] {
  const code = facts.province.cells["code"];
  return facts.observations
    .filter((o) => o.area === code && o.indicator === "population" && o.group === "" && isDay(o.period))
    .sort(byPeriod)
    .map((o) => o.period);
}

/** Change between two censuses in per cent, for every unit with both figures. */
function populationChanges(facts: Facts): { area: string; from: Observation; to: Observation; change: number }[] {
  const days = censusDays(facts);
  const out: { area: string; from: Observation; to: Observation; change: number }[] = [];
  for (let i = 1; i < days.length; i++) {
    for (const area of [facts.province, ...facts.districts].map((a) => a.cells["code"]!)) {
      const at = (period: string) =>
        facts.observations.find((o) => o.area === area && o.indicator === "population" && o.group === "" && o.period === period);
      const [from, to] = [at(days[i - 1]!), at(days[i]!)];
      if (from && to && from.value > 0) out.push({ area, from, to, change: (to.value / from.value - 1) * 100 });
    }
  }
  return out;
}

/**
 * The district-level series the maps and rankings compare: each indicator and period with
 * district figures, the population change between censuses, and the clubs known by name.
 */
export function districtSeries(facts: Facts): DistrictSeries[] {
  const districtCodes = new Set(facts.districts.map((d) => d.cells["code"]!));
  const series: DistrictSeries[] = [];
  const observed = facts.observations.filter((o) => districtCodes.has(o.area) && o.group === "");
  for (const [key, rows] of groupBy(observed, (o) => `${o.indicator} ${o.period}`)) {
    series.push({ name: key, inputs: rows.map(rowRef), values: new Map(rows.map((o) => [o.area, o.value])) });
  }
  for (const [key, changes] of groupBy(
    populationChanges(facts).filter((c) => districtCodes.has(c.area)),
    (c) => `${c.from.period}→${c.to.period}`,
  )) {
    series.push({
      name: `population change ${key}`,
      inputs: changes.flatMap((c) => [rowRef(c.from), rowRef(c.to)]),
      values: new Map(changes.map((c) => [c.area, Math.round(c.change * 10) / 10])),
    });
  }
  const clubs = facts.tables.get("clubs.csv") ?? [];
  const clubsBy = groupBy(
    clubs.filter((c) => districtCodes.has(c.cells["district"] ?? "")),
    (c) => c.cells["district"]!,
  );
  series.push({
    name: "clubs known by name, per district",
    inputs: clubs.map(rowRef),
    values: new Map([...clubsBy].map(([code, rows]) => [code, rows.length])),
  });
  return series;
}

/** Every computation the fact-check knows, over the package. */
export function computations(facts: Facts): Computation[] {
  const out: Computation[] = [];
  const obs = facts.observations;
  const unit = (o: Observation) => facts.indicators.get(o.indicator)?.cells["unit"] ?? "";

  // Population change between censuses, one decimal, as a percentage.
  for (const c of populationChanges(facts)) {
    const rounded = Math.round(c.change * 10) / 10;
    out.push({
      rule: "population change %",
      name: `${areaName(facts, c.area)} ${c.from.period} → ${c.to.period}`,
      area: c.area,
      period: `${c.from.period}/${c.to.period}`,
      inputs: [rowRef(c.from), rowRef(c.to)],
      texts: both((lang) => [
        ...signed(c.change, formatNumber(c.change, lang, 1, 1)),
        ...signed(rounded, formatNumber(rounded, lang, 1, 1)),
      ]),
    });
  }

  const series = groupBy(obs, (o) => `${o.indicator}|${o.area}|${o.group}`);
  for (const rows of series.values()) {
    const sorted = [...rows].sort(byPeriod);
    for (let j = 1; j < sorted.length; j++) {
      for (let i = 0; i < j; i++) {
        const [a, b] = [sorted[i]!, sorted[j]!];
        // How many times the earlier figure the later one is ("×4.2", "gấp 4,2 lần").
        if (a.value > 0 && a.value !== b.value) {
          const ratio = Math.round((b.value / a.value) * 10) / 10;
          out.push({
            rule: "ratio within a series",
            name: `${b.indicator} ${b.area} ${b.period} ÷ ${a.period}`,
            inputs: [rowRef(a), rowRef(b)],
            texts: both((lang) => [formatNumber(ratio, lang, 0, 1)]),
          });
        }
        // The difference between two figures of one series.
        const difference = b.value - a.value;
        if (difference !== 0)
          out.push({
            rule: "difference within a series",
            name: `${b.indicator} ${b.area} ${b.period} − ${a.period}`,
            inputs: [rowRef(a), rowRef(b)],
            texts: both((lang) =>
              signed(difference, formatRaw(String(Math.abs(difference)), lang)).concat(
                difference < 0 ? [formatRaw(String(difference), lang)] : [],
              ),
            ),
          });
      }
    }
    // How many figures a series has ("over 5 decrees").
    out.push({
      rule: "count of rows in a series",
      name: `${sorted[0]!.indicator} ${sorted[0]!.area}${sorted[0]!.group ? ` [${sorted[0]!.group}]` : ""}`,
      inputs: sorted.map(rowRef),
      texts: both((lang) => [formatNumber(sorted.length, lang)]),
    });
  }

  // Shares: a part of the population or of the older population (over the newest such figure
  // not later than the part's period), or a group of its own total.
  const wholes = ["population", "population_average", "elderly_60plus"];
  const periodEnd = (period: string) => {
    const last = period.split("/").at(-1)!;
    return /^\d{4}$/.test(last) ? `${last}-12-31` : last;
  };
  for (const part of obs.filter((o) => unit(o) === "persons")) {
    const denominators = wholes
      .filter((w) => w !== part.indicator)
      .map((w) =>
        obs
          .filter((o) => o.indicator === w && o.area === part.area && o.group === "" && periodStart(o.period) <= periodEnd(part.period))
          .sort(byPeriod)
          .at(-1),
      )
      .concat(
        part.group
          ? obs.filter((o) => o.indicator === part.indicator && o.area === part.area && o.period === part.period && o.group === "")
          : [],
      )
      .filter((w): w is Observation => w !== undefined && w.value > part.value);
    for (const whole of denominators) {
      const share = (part.value / whole.value) * 100;
      // A share keeps the direction its inputs are known in: a lower bound over an exact figure
      // is a lower bound ("over 15.8 %", not 15.9), an upper bound an upper bound; otherwise it is rounded.
      const lower = ["over", "at_least"].includes(part.qualifier) && whole.qualifier === "exact";
      const upper = part.qualifier === "nearly" && whole.qualifier === "exact";
      const to = (decimals: number) => {
        const f = 10 ** decimals;
        return lower ? Math.floor(share * f) / f : upper ? Math.ceil(share * f) / f : Math.round(share * f) / f;
      };
      out.push({
        rule: "share",
        name: `${part.indicator}${part.group ? ` [${part.group}]` : ""} ${part.period} ÷ ${whole.indicator} ${whole.period}, ${areaName(facts, part.area)}`,
        inputs: [rowRef(part), rowRef(whole)],
        texts: both((lang) => [formatNumber(to(0), lang), formatNumber(to(1), lang, 1, 1)]),
      });
      // "One in N" compares figures of the same year only.
      const oneIn = Math.round(whole.value / part.value);
      if (oneIn >= 2 && oneIn <= 100 && whole.period.slice(0, 4) === part.period.slice(0, 4))
        out.push({
          rule: "one in N",
          name: `${whole.indicator} ${whole.period} ÷ ${part.indicator} ${part.period}, ${areaName(facts, part.area)}`,
          inputs: [rowRef(part), rowRef(whole)],
          texts: both((lang) => [formatNumber(oneIn, lang)]),
        });
    }
  }

  // Counts of units: districts, districts with a figure or without, with known seats, clubs.
  const n = facts.districts.length;
  out.push({
    rule: "count of districts",
    name: `districts of ${facts.province.cells["name_en"]}`,
    inputs: facts.districts.map(rowRef),
    texts: both((lang) => [formatNumber(n, lang)]),
  });
  for (const s of districtSeries(facts)) {
    const known = s.values.size;
    out.push({
      rule: "count of districts with a figure",
      name: s.name,
      inputs: s.inputs,
      texts: both((lang) => [known, n - known].filter((k) => k > 0).map((k) => formatNumber(k, lang))),
    });
    if (known === n) {
      const sum = [...s.values.values()].reduce((a, b) => a + b, 0);
      out.push({
        rule: "sum over districts",
        name: s.name,
        inputs: s.inputs,
        texts: both((lang) => [formatRaw(String(Math.round(sum * 1e6) / 1e6), lang)]),
      });
    }
    // A rate map's four equal-interval colour classes between the lowest and highest value.
    const values = [...s.values.values()];
    if (values.length > 1) {
      const [min, max] = [Math.min(...values), Math.max(...values)];
      const breaks = [0, 1, 2, 3, 4].map((k) => min + ((max - min) * k) / 4);
      out.push({
        rule: "map colour class bounds",
        name: s.name,
        inputs: s.inputs,
        texts: both((lang) => breaks.map((b) => formatNumber(b, lang, 0, 1))),
      });
    }
  }
  // Clubs known by name in each district (clubs.csv rows).
  const clubs = facts.tables.get("clubs.csv") ?? [];
  for (const [code, rows] of groupBy(clubs, (c) => c.cells["district"] ?? "")) {
    out.push({
      rule: "count of clubs known by name",
      name: areaName(facts, code),
      area: code,
      inputs: rows.map(rowRef),
      texts: both((lang) => [formatNumber(rows.length, lang)]),
    });
  }
  out.push({
    rule: "count of clubs known by name",
    name: "all districts",
    inputs: clubs.map(rowRef),
    texts: both((lang) => (clubs.length > 0 ? [formatNumber(clubs.length, lang)] : [])),
  });
  const seated = facts.districts.filter((d) => d.cells["lat"] && d.cells["lon"]);
  out.push({
    rule: "count of districts with seat coordinates",
    name: "districts whose seat has coordinates, and those without",
    inputs: facts.districts.map(rowRef),
    texts: both((lang) => [seated.length, n - seated.length].filter((k) => k > 0).map((k) => formatNumber(k, lang))),
  });
  for (const [file, rows] of facts.tables) {
    out.push({
      rule: "count of rows in a table",
      name: file,
      inputs: [`${file} (${rows.length} rows)`],
      texts: both((lang) => [formatNumber(rows.length, lang)]),
    });
  }
  for (const file of facts.files) {
    const kb = Math.max(1, Math.round(file.bytes / 1024));
    out.push({
      rule: "file size in KB",
      name: file.path,
      inputs: [`${file.path} (${file.bytes} bytes)`],
      texts: both((lang) => [formatNumber(kb, lang)]),
    });
  }

  // Amounts in thousands, where a chart on a phone writes "120" under "thousand VND a month".
  for (const o of obs.filter((o) => unit(o) === "vnd_per_month")) {
    out.push({
      rule: "amount in thousands",
      name: `${o.indicator} ${o.area} ${o.period}`,
      inputs: [rowRef(o)],
      texts: both((lang) => [formatRaw(String(o.value / 1000), lang)]),
    });
  }
  // A small whole number matches several computations; the output names it after the likeliest.
  const ORDER = [
    "population change %",
    "count of districts",
    "count of districts with a figure",
    "count of districts with seat coordinates",
    "count of clubs known by name",
    "one in N",
    "share",
    "count of rows in a series",
  ];
  const rank = (c: Computation) => (ORDER.includes(c.rule) ? ORDER.indexOf(c.rule) : ORDER.length);
  return out.sort((a, b) => rank(a) - rank(b));
}

/** Computations by the text they accept, per language. */
export function computationIndex(list: readonly Computation[]): Record<Lang, Map<string, Computation[]>> {
  const index: Record<Lang, Map<string, Computation[]>> = { vi: new Map(), en: new Map() };
  for (const c of list) {
    for (const lang of LANGS) {
      for (const text of new Set(c.texts[lang])) {
        if (!index[lang].has(text)) index[lang].set(text, []);
        index[lang].get(text)!.push(c);
      }
    }
  }
  return index;
}
