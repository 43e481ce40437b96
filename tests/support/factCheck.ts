import { computationIndex, computations, districtSeries, type Computation, type DistrictSeries } from "./factCheckComputations.ts";
import {
  formatDate,
  formatPeriodText,
  formatRaw,
  MONTH_NAMES_EN,
  parseNumber,
  rowRef,
  type Facts,
  type Lang,
  type Observation,
} from "./factCheckData.ts";
import { pageText, type PageText, type Segment, type SourceMark, type StoryFigure } from "./factCheckPage.ts";

/*
 * The fact-check (issue 9): every number a page shows, in its text, its charts' SVG text, its
 * aria-labels and titles, is one of five kinds, each by rules listed here; anything else is a
 * finding with the page, the number and the text around it.
 *
 *   observation  A row of observations.csv written in the page's language ("1.151.154",
 *                "1,151,154"), every decimal the row has and no more. A row with a qualifier
 *                needs its word before it ("hơn 190.000"; "190.000" alone is a finding). A story's
 *                figure (<data value title> in .story-figure) must be the row its markup names:
 *                its value, the period in its title, the source its mark links to; nothing else
 *                may explain it.
 *   date         A date, period or year of data/ (periods, publication, creation and end of
 *                units, events, changelog), written the page's way (1/4/2019, 1 April 2019), or
 *                the build date that the footer's <time datetime> shows.
 *   computation  One of the named computations of factCheckComputations.ts, the output listing
 *                its input rows; or a rank that agrees with the values it ranks (ties equal).
 *   data text    A number inside a text an editor wrote in data/ (a title, note, group name, the
 *                changelog, a story's title, summary or body), quoted with a word of that text on each side; or a name or code
 *                found verbatim there (VIE070, 20/2021/NĐ-CP, a GSO code, a source id).
 *   structure    Numbers that are not figures, each narrow: Plot's axis tick labels (evenly
 *                spaced round numbers: ticks are chosen by Plot, not read from data); the data
 *                version and changelog versions; a decree's short number after its instrument
 *                word ("NĐ 20", which starts "20/2021/NĐ-CP" in sources.csv); an age written
 *                "60+" where an indicator's id says 60plus (the name of the 60+ share); the
 *                descriptor's constraints after ≥ or ≤ (the data dictionary); seat coordinates
 *                as areas.csv writes them (decimal degrees keep their point in Vietnamese too);
 *                a licence's version ("CC BY-SA 4.0") where data/ names that licence;
 *                addresses of this site or of data/; a story figure's source number, "[n]" in its
 *                .story-figure-source link and "Nguồn n:" / "Source n:" in that link's label,
 *                where n is the position of the linked entry in the page's sources list.
 *
 * Where the page says what a number is, only the matching rule may accept it: a figure labelled
 * with a district or group ("Sông Lô: 98.738", a table row) must be that district's or group's;
 * a figure labelled with a period ("(2022): 15", "1979: 6,9%") must be of that period; a rank
 * ("hạng 8/9", a "Hạng" column) must fit the values; "N huyện" / "N districts" must be a count
 * of districts; "(N dòng, K KB)" on /data/ must be that file's rows and size.
 */

export type Kind = "observation" | "date" | "computation" | "data text" | "structure";

export interface Classified {
  readonly token: string;
  readonly kind: Kind;
  /** Which rule, e.g. "population change %", "axis ticks", "quoted from sources.csv". */
  readonly rule: string;
  /** The rows or data it rests on. */
  readonly inputs: readonly string[];
  /** The computation's name, for computations. */
  readonly name?: string;
}

export interface Finding {
  readonly token: string;
  readonly context: string;
  readonly why: string;
  readonly channel: Segment["channel"];
}

export interface PageReport {
  readonly page: string;
  readonly numbers: readonly (Classified & { readonly context: string })[];
  readonly findings: readonly Finding[];
}

/** Everything the rules need, prepared once per package. */
export interface FactIndex {
  readonly facts: Facts;
  readonly observations: Record<Lang, Map<string, Observation[]>>;
  readonly computations: Record<Lang, Map<string, Computation[]>>;
  readonly series: readonly DistrictSeries[];
  readonly years: ReadonlySet<string>;
  readonly corpus: Corpus;
  /** Origins of the site, whose addresses a page may write out (its citation URL). */
  readonly siteOrigins: readonly string[];
  /** What a label can name: the province's districts and the groups, with their names in both languages. */
  readonly subjects: readonly Subject[];
  /** Computations about one unit, by its code. */
  readonly byArea: ReadonlyMap<string, readonly Computation[]>;
}

// ---------------------------------------------------------------------------------------------
// the data's own texts, searchable for quotes

interface Corpus {
  /** Every data text, lower-cased with whitespace collapsed, joined by U+0001. */
  readonly text: string;
  readonly starts: readonly number[];
  readonly origins: readonly string[];
  /** A story's title, summary, heading or paragraph (normalised and trimmed), with where it is: a page may show one whole. */
  readonly storyTexts: ReadonlyMap<string, string>;
}

/** Lower case, one space, straight quotes (the changelog's Markdown renders "…" as “…”). */
const normalise = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").toLowerCase();

function buildCorpus(facts: Facts): Corpus {
  const starts: number[] = [];
  const origins: string[] = [];
  const storyTexts = new Map<string, string>();
  let text = "";
  for (const t of facts.texts) {
    starts.push(text.length);
    origins.push(t.origin);
    text += normalise(t.text) + "\u0001";
    if (t.origin.startsWith("stories/")) storyTexts.set(normalise(t.text).trim(), t.origin);
  }
  return { text, starts, origins, storyTexts };
}

function originAt(corpus: Corpus, offset: number): string {
  let lo = 0;
  let hi = corpus.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (corpus.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return corpus.origins[lo]!;
}

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /\d/.test(c);

/**
 * Where the page quotes a data text around a number: the longest stretch of the segment around
 * the token that also stands around the same number in some data text, cut back to whole words
 * on both sides, with at least `minWords` words besides the number and a word on each side
 * (or that side's end of the data text): "tên 1 câu lạc bộ" does not quote "và 1 câu lạc bộ".
 */
function quoted(corpus: Corpus, segment: string, start: number, end: number, minWords = 2): { origin: string; span: string } | null {
  const page = normalise(segment);
  if (page.length !== segment.length) return null;
  const token = page.slice(start, end);
  let best: { origin: string; span: string; words: number } | null = null;
  for (let i = corpus.text.indexOf(token); i !== -1; i = corpus.text.indexOf(token, i + 1)) {
    const j = i + token.length;
    // The same number, not part of a longer one.
    if (isDigit(corpus.text[i - 1]) || (/[.,]/.test(corpus.text[i - 1] ?? "") && isDigit(corpus.text[i - 2]))) continue;
    if (isDigit(corpus.text[j]) || (/[.,]/.test(corpus.text[j] ?? "") && isDigit(corpus.text[j + 1]))) continue;
    let left = 0;
    while (start - left - 1 >= 0 && i - left - 1 >= 0 && page[start - left - 1] === corpus.text[i - left - 1]) left++;
    let right = 0;
    while (end + right < page.length && j + right < corpus.text.length && page[end + right] === corpus.text[j + right]) right++;
    // Cut back to word boundaries in both texts.
    while (left > 0 && isLetter(page[start - left]) && (isLetter(page[start - left - 1]) || isLetter(corpus.text[i - left - 1]))) left--;
    while (right > 0 && isLetter(page[end + right - 1]) && (isLetter(page[end + right]) || isLetter(corpus.text[j + right]))) right--;
    const wordsIn = (text: string) => (text.match(/\p{L}{2,}/gu) ?? []).length;
    const [before, after] = [wordsIn(page.slice(start - left, start)), wordsIn(page.slice(end, end + right))];
    // Words on each side, unless the quote reaches that end of the data text ("15 wards, …").
    const edge = (k: number) => k < 0 || k >= corpus.text.length || corpus.text[k] === "\u0001";
    const sides = (before > 0 || edge(i - left - 1)) && (after > 0 || edge(j + right));
    const words = before + after;
    if (sides && words >= minWords && (!best || words > best.words))
      best = { origin: originAt(corpus, i), span: page.slice(start - left, end + right), words };
  }
  return best ? { origin: best.origin, span: best.span } : null;
}

// ---------------------------------------------------------------------------------------------
// preparing the index

export function factIndex(facts: Facts, options: { siteOrigins?: readonly string[] } = {}): FactIndex {
  const observations: Record<Lang, Map<string, Observation[]>> = { vi: new Map(), en: new Map() };
  for (const o of facts.observations) {
    for (const lang of ["vi", "en"] as const) {
      const text = formatRaw(o.raw, lang);
      if (!observations[lang].has(text)) observations[lang].set(text, []);
      observations[lang].get(text)!.push(o);
    }
  }
  const years = new Set([...facts.dates.keys()].map((d) => d.slice(0, 4)));
  const list = computations(facts);
  const byArea = new Map<string, Computation[]>();
  for (const c of list) if (c.area) byArea.set(c.area, [...(byArea.get(c.area) ?? []), c]);
  return {
    facts,
    observations,
    computations: computationIndex(list),
    series: districtSeries(facts),
    years,
    corpus: buildCorpus(facts),
    siteOrigins: options.siteOrigins ?? [],
    subjects: [
      ...facts.districts.map((d) => ({
        kind: "area" as const,
        code: d.cells["code"]!,
        names: [...new Set([d.cells["name_vi"]!, d.cells["name_en"]!])],
      })),
      ...(facts.tables.get("groups.csv") ?? []).map((g) => ({
        kind: "group" as const,
        code: g.cells["id"]!,
        names: [...new Set([g.cells["name_vi"]!, g.cells["name_en"]!])],
      })),
    ],
    byArea,
  };
}

// ---------------------------------------------------------------------------------------------
// tokens

type Shape = "number" | "date" | "month" | "iso-date" | "fraction" | "rank" | "version" | "code" | "url";

interface Token {
  readonly text: string;
  readonly shape: Shape;
  /** Offsets in the segment's text. */
  readonly start: number;
  readonly end: number;
  /** For dates: the ISO form; for ranks and fractions: the two numbers. */
  readonly iso?: string;
  readonly parts?: readonly [string, string];
}

const MONTHS = MONTH_NAMES_EN.join("|");
const COMPOSITE = new RegExp(
  [
    String.raw`(?<url>https?:\/\/[^\s"“”<>()]+[^\s"“”<>().,;:])`,
    String.raw`(?<enDay>\b(?<d>\d{1,2}) (?<dm>${MONTHS}) (?<dy>\d{4})\b)`,
    String.raw`(?<enMonth>\b(?<mm>${MONTHS}) (?<my>\d{4})\b)`,
    String.raw`(?<enRank>(?<=\brank )(?<r>\d+) of (?<n>\d+)\b)`,
  ].join("|"),
  "gu",
);
const CHUNK = /[\p{L}\p{N}]+(?:[-_./:,'’][\p{L}\p{N}]+)*/gu;

const pad = (n: string) => n.padStart(2, "0");

/** The number-bearing tokens of a segment, composites (dates, ranks, addresses) first. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(COMPOSITE)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (g["url"]) out.push({ text: m[0], shape: "url", start, end });
    else if (g["enDay"])
      out.push({
        text: m[0],
        shape: "date",
        start,
        end,
        iso: `${g["dy"]}-${pad(String(MONTH_NAMES_EN.indexOf(g["dm"]!) + 1))}-${pad(g["d"]!)}`,
      });
    else if (g["enMonth"])
      out.push({ text: m[0], shape: "month", start, end, iso: `${g["my"]}-${pad(String(MONTH_NAMES_EN.indexOf(g["mm"]!) + 1))}` });
    else if (g["enRank"]) out.push({ text: m[0], shape: "rank", start, end, parts: [g["r"]!, g["n"]!] });
    taken.push([start, end]);
  }
  for (const m of text.matchAll(CHUNK)) {
    const chunk = m[0];
    if (!/\d/.test(chunk)) continue;
    let start = m.index;
    if (taken.some(([a, b]) => start < b && start + chunk.length > a)) continue;
    const end = start + chunk.length;
    let d: RegExpMatchArray | null;
    if ((d = chunk.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/)))
      out.push({ text: chunk, shape: "date", start, end, iso: `${d[3]}-${pad(d[2]!)}-${pad(d[1]!)}` });
    else if ((d = chunk.match(/^(\d{1,2})\/(\d{4})$/)) && Number(d[1]) >= 1 && Number(d[1]) <= 12)
      out.push({ text: chunk, shape: "month", start, end, iso: `${d[2]}-${pad(d[1]!)}`, parts: [d[1]!, d[2]!] });
    else if (/^\d{4}-\d{2}(-\d{2})?$/.test(chunk)) out.push({ text: chunk, shape: "iso-date", start, end, iso: chunk });
    else if ((d = chunk.match(/^(\d+)\/(\d+)$/))) out.push({ text: chunk, shape: "fraction", start, end, parts: [d[1]!, d[2]!] });
    else if (/^\d+(\.\d+){2,}$/.test(chunk) && !/^\d{1,3}(\.\d{3})+$/.test(chunk)) out.push({ text: chunk, shape: "version", start, end });
    else if (/^\d+(-\d+)+$/.test(chunk)) {
      // A range written with a hyphen: each end is a number of its own.
      for (const part of chunk.matchAll(/\d+/g))
        out.push({ text: part[0], shape: "number", start: start + part.index, end: start + part.index + part[0].length });
    } else if (/^\d[\d.,]*$/.test(chunk)) {
      // A sign belongs to the number when nothing but space or a bracket stands before it.
      const sign = text[start - 1];
      if ((sign === "+" || sign === "-" || sign === "−") && !/[\p{L}\p{N}]/u.test(text[start - 2] ?? "")) start--;
      out.push({ text: text.slice(start, end), shape: "number", start, end });
    } else out.push({ text: chunk, shape: "code", start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// rules

const QUALIFIER_WORDS: Record<string, Record<Lang, string>> = {
  over: { vi: "hơn", en: "over" },
  nearly: { vi: "gần", en: "nearly" },
  about: { vi: "khoảng", en: "about" },
  at_least: { vi: "ít nhất", en: "at least" },
};

/** Words that name a legal instrument, after which a short number ("NĐ 20", "Decree 20/2021") is its number. */
const INSTRUMENT_WORDS = [
  "nđ",
  "nghị định",
  "decree",
  "decrees",
  "no.",
  "quyết định",
  "decision",
  "decisions",
  "nghị quyết",
  "resolution",
  "resolutions",
  "luật",
  "law",
];

/** The words that introduce a rank in each language. */
const RANK_WORDS: Record<Lang, RegExp> = { vi: /(?:^|\s)hạng\s*$/i, en: /(?:^|\s)rank\s*$/i };
const RANK_COLUMN = /^(hạng|rank)$/i;

interface Context {
  readonly index: FactIndex;
  readonly segment: Segment;
  readonly lang: Lang;
  readonly token: Token;
  readonly before: string;
  readonly after: string;
  /** Build dates seen in <time> elements on this page. */
  readonly buildDates: Set<string>;
}

type Verdict = Classified | { readonly fail: string } | null;

const ok = (token: Token, kind: Kind, rule: string, inputs: readonly string[], name?: string): Classified => ({
  token: token.text,
  kind,
  rule,
  inputs,
  ...(name ? { name } : {}),
});

/** The number a label shows ("hơn 190.000", "+26,3%", "VND 500,000 a month"), or null. */
function labelValue(text: string, lang: Lang): number | null {
  const found = [...text.matchAll(/[+\-−]?\d[\d.,]*\d|[+\-−]?\d/g)];
  if (found.length !== 1) return null;
  return parseNumber(found[0]![0], lang);
}

/** A rank agrees with the values: one more than the number of larger values, so ties rank equally (issue 9). */
function rankFits(rank: number, value: number, values: readonly number[]): boolean {
  return rank === expectedRank(value, values);
}

const expectedRank = (value: number, values: readonly number[]) =>
  values.filter((v) => v > value + 1e-9 * Math.max(1, Math.abs(value))).length + 1;

function rankInSeries(c: Context, rank: number, of: number): Verdict {
  // The value ranked is the figure just before "— hạng r/n" in the same label.
  const value = labelValue(
    c.before
      .replace(/[—–-]\s*(hạng|rank)\s*$/i, "")
      .split(/:\s*/)
      .at(-1) ?? "",
    c.lang,
  );
  if (value === null) return { fail: "a rank with no figure beside it to check it against" };
  const candidates = c.index.series.filter(
    (s) => s.values.size === of && [...s.values.values()].some((v) => Math.abs(v - value) < 1e-9 * Math.max(1, Math.abs(v))),
  );
  const fits = candidates.find((s) => rankFits(rank, value, [...s.values.values()]));
  if (fits) return ok(c.token, "computation", "rank among districts", fits.inputs, fits.name);
  const should = candidates.map((s) => `${expectedRank(value, [...s.values.values()])} in ${s.name}`);
  return {
    fail: `rank ${rank} of ${of} does not fit the figure ${value}: ${should.length > 0 ? `its rank is ${should.join(", or ")} (ties rank equally)` : `no series of ${of} district figures has it`}`,
  };
}

function rankInTable(c: Context, rank: number): Verdict {
  const cell = c.segment.cell!;
  const rows = cell.table.rows;
  // The ranked values: the last column whose cells read as numbers.
  for (let col = cell.table.headers.length - 1; col >= 0; col--) {
    if (col === cell.column) continue;
    const values = rows.map((r) => labelValue(r[col] ?? "", c.lang));
    if (values.every((v) => v === null)) continue;
    const value = values[cell.row];
    if (value === null || value === undefined) return { fail: "a rank in a row whose figure is missing" };
    const known = values.filter((v): v is number => v !== null);
    return rankFits(rank, value, known)
      ? ok(c.token, "computation", "rank in its table", [`the table's column "${cell.table.headers[col]}"`], `"${cell.table.headers[col]}"`)
      : {
          fail: `rank ${rank} does not fit ${rows[cell.row]?.[col]}: its rank among the table's values is ${expectedRank(value, known)} (ties rank equally)`,
        };
  }
  return { fail: "a rank column with no figures to rank" };
}

/** Plot's ticks: evenly spaced multiples of their step. */
function ticksRule(c: Context): Verdict {
  const values = c.segment.ticks!.map((t) => parseNumber(t, c.lang));
  if (values.length < 2 || values.some((v) => v === null))
    return { fail: `axis tick labels that are not all numbers: ${c.segment.ticks!.join(" ")}` };
  const v = values as number[];
  const step = v[1]! - v[0]!;
  const even = step !== 0 && v.every((x, i) => Math.abs(x - (v[0]! + i * step)) < 1e-9 * Math.abs(step));
  const round = v.every((x) => Math.abs(x / step - Math.round(x / step)) < 1e-9);
  return even && round
    ? ok(c.token, "structure", "axis ticks (evenly spaced round numbers)", [`ticks ${c.segment.ticks!.join(" ")}`])
    : { fail: `axis tick labels are not evenly spaced round numbers: ${c.segment.ticks!.join(" ")}` };
}

/**
 * The period a label gives its figure: "Câu lạc bộ VIE070 (2022): 15", "Vĩnh Tường, 2009: 189.178",
 * "1979: 6,9%", "Kế hoạch 2021–2025: 69", "Nghị định 20/2021/NĐ-CP (1/7/2021): 360.000 đồng/tháng".
 * Returned as a test on a row's period; null when the figure has no such label.
 */
function labelPeriod(c: Context): { text: string; test: (period: string) => boolean } | null {
  const m = new RegExp(String.raw`(?:^|\(|, | )(\d{4}(?:–\d{4})?|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2} (?:${MONTHS}) \d{4})\)?: \D*$`, "u").exec(
    c.before,
  );
  if (!m) return null;
  const text = m[1]!;
  const years = text.match(/^(\d{4})(?:–(\d{4}))?$/);
  if (years) {
    const [from, to] = [years[1]!, years[2] ?? years[1]!];
    return { text, test: (period) => period.split("/")[0]!.startsWith(from) && period.split("/").at(-1)!.startsWith(to) };
  }
  const day = tokens(text)[0]?.iso;
  return day ? { text, test: (period) => period === day } : null;
}

function observationRule(c: Context, subject?: Subject, only: (o: Observation) => boolean = () => true): Verdict {
  const matching = c.index.observations[c.lang]
    .get(c.token.text)
    ?.filter((o) => (!subject || (subject.kind === "area" ? o.area : o.group) === subject.code) && only(o));
  if (!matching || matching.length === 0) return null;
  // A figure labelled with a period is that period's: a figure of 2020 under "(2022)" is a finding.
  const period = labelPeriod(c);
  const rows = period ? matching.filter((o) => period.test(o.period)) : matching;
  if (rows.length === 0)
    return {
      fail: `labelled ${period!.text}, but ${matching.map(rowRef).join(", ")} ${matching.length === 1 ? "is" : "are"} of another period`,
    };
  const exact = rows.filter((o) => o.qualifier === "exact");
  if (exact.length > 0) return ok(c.token, "observation", "a row of observations.csv", exact.map(rowRef));
  const before = c.before
    .toLowerCase()
    .replace(/(vnd|×)\s*$/, "")
    .trimEnd();
  const kept = rows.filter((o) => before.endsWith(QUALIFIER_WORDS[o.qualifier]?.[c.lang] ?? "\u0000"));
  if (kept.length > 0) return ok(c.token, "observation", "a row of observations.csv, with its qualifier", kept.map(rowRef));
  return {
    fail: `equals ${rows.map(rowRef).join(", ")} but without the source's qualifier (${[...new Set(rows.map((o) => QUALIFIER_WORDS[o.qualifier]?.[c.lang]))].join(", ")})`,
  };
}

/** What a label can name: a district of the province (areas.csv) or a group (groups.csv). */
interface Subject {
  readonly kind: "area" | "group";
  readonly code: string;
  readonly names: readonly string[];
}

/**
 * The subject a figure is labelled with: a label that starts with its name ("Sông Lô: 98.738 —
 * hạng 8/9", "Vĩnh Tường, 2009: 189.178", a map tile's "Sông Lô 98.738", a group's "…: × 1,5")
 * where this is the label's first figure, or a table row with a cell that is its name.
 */
function labelledSubject(c: Context): { subject: Subject; name: string } | null {
  const cell = c.segment.cell;
  if (cell) {
    const row = cell.table.rows[cell.row] ?? [];
    if (RANK_COLUMN.test(cell.table.headers[cell.column] ?? "")) return null;
    for (const subject of c.index.subjects) {
      const name = subject.names.find((n) => row.some((text, i) => i !== cell.column && text === n));
      if (name) return { subject, name };
    }
    return null;
  }
  for (const subject of c.index.subjects) {
    for (const name of subject.names) {
      // "Name: value", "Name, 2009: value", or a map tile's two lines "Name value".
      const label = c.segment.text.startsWith(name)
        ? /^(?:(?:, [^:]*)?: | (?=[+\-−×]?\s?\d))/.exec(c.segment.text.slice(name.length))
        : null;
      if (label && c.before.slice(name.length + label[0].length).replace(/[×\s]/g, "") === "") return { subject, name };
    }
  }
  return null;
}

/** A figure labelled with a district or group is one of its own: a row, a computation about it, a seat. */
function subjectFigureRule(c: Context, { subject, name }: { subject: Subject; name: string }): Verdict {
  const observed = observationRule(c, subject);
  if (observed) return observed;
  if (subject.kind === "area") {
    const computed = (c.index.byArea.get(subject.code) ?? []).find((x) => x.texts[c.lang].includes(c.token.text));
    if (computed) return ok(c.token, "computation", computed.rule, computed.inputs, computed.name);
    const area = c.index.facts.areas.find((a) => a.cells["code"] === subject.code);
    if (area && (area.cells["lat"] === c.token.text || area.cells["lon"] === c.token.text))
      return ok(c.token, "structure", "seat coordinates as areas.csv writes them", [rowRef(area)]);
  }
  const file = subject.kind === "area" ? "areas.csv" : "groups.csv";
  return { fail: `labelled "${name}", but no figure of ${file} ${subject.code} is ${c.token.text}` };
}

function dateRule(c: Context): Verdict {
  const t = c.token;
  const time = c.segment.times.find((x) => x.start <= t.start && t.end <= x.end);
  if (time && (t.shape === "date" || t.shape === "month" || t.shape === "number")) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(time.datetime)) return { fail: `a <time> whose datetime "${time.datetime}" is not a day` };
    if (formatDate(time.datetime, c.lang) !== c.segment.text.slice(time.start, time.end).trim())
      return { fail: `a <time datetime="${time.datetime}"> that shows "${c.segment.text.slice(time.start, time.end)}"` };
    c.buildDates.add(time.datetime);
    // A story's publication date is a date of data/ (its frontmatter), whatever day the build ran.
    const origin = c.index.facts.dates.get(time.datetime);
    if (origin?.startsWith("stories/")) return ok(t, "date", "a date or period in data/", [origin]);
    return ok(t, "date", "the page's build date (<time> in the footer)", [`datetime="${time.datetime}"`]);
  }
  const iso = t.iso ?? (t.shape === "number" && /^\d{4}$/.test(t.text) ? t.text : null);
  if (!iso) return null;
  // A date must be written the page's way: 1/4/2019 in Vietnamese, 1 April 2019 in English.
  const written = t.shape === "iso-date" || t.shape === "number" || formatDate(iso, c.lang) === t.text;
  if (!written) return null;
  const origin = c.index.facts.dates.get(iso);
  if (origin) return ok(t, "date", "a date or period in data/", [origin]);
  if (t.shape === "number" && c.index.years.has(iso)) return ok(t, "date", "a year of a date or period in data/", [`year ${iso}`]);
  if (c.buildDates.has(iso)) return ok(t, "date", "the page's build date", [iso]);
  return null;
}

/**
 * The token as the first matching computation of `rules` (any rule when omitted). When several
 * computations of that rule give the same number, the output names them all: a small count
 * often has more than one source, and the reader should see which.
 */
function computed(c: Context, accept: (rule: string) => boolean): Classified | null {
  const found = (c.index.computations[c.lang].get(c.token.text) ?? []).filter((x) => accept(x.rule));
  if (found.length === 0) return null;
  const same = found.filter((x) => x.rule === found[0]!.rule);
  const names = [...new Set(same.map((x) => x.name))];
  const name = names.length <= 3 ? names.join(" or ") : `${names.slice(0, 3).join(" or ")} or ${names.length - 3} more`;
  return ok(
    c.token,
    "computation",
    found[0]!.rule,
    same.length === 1 ? same[0]!.inputs : [...new Set(same.flatMap((x) => x.inputs))],
    name,
  );
}

function periodComputationRule(c: Context, period: NonNullable<ReturnType<typeof labelPeriod>>): Verdict {
  const found = (c.index.computations[c.lang].get(c.token.text) ?? []).find((x) => x.period !== undefined && period.test(x.period));
  return found ? ok(c.token, "computation", found.rule, found.inputs, found.name) : null;
}

/** Computations shown only with their own word ("12 KB", "31 dòng"): never a match elsewhere. */
const BOUND = new Set(["file size in KB", "count of rows in a table"]);

const computationRule = (c: Context): Verdict => computed(c, (rule) => !BOUND.has(rule));

/** A number of districts ("9 huyện", "the other 8 districts") can only be a count of districts. */
const DISTRICT_NOUN = /^\s*(huyện|districts?)(?!\p{L})/iu;

const DISTRICT_COUNTS = ["count of districts", "count of districts with a figure", "count of districts with seat coordinates"];

const districtCountRule = (c: Context): Verdict =>
  computed(c, (rule) => DISTRICT_COUNTS.includes(rule)) ?? { fail: "a number of districts that no count of districts gives" };

/**
 * Numbers followed by the word for what they count, where only one computation can give them:
 * the data page's "(31 rows, 12 KB)". A count of something else there is a finding.
 */
const COUNTED_BY: { readonly after: RegExp; readonly rule: string }[] = [
  { after: /^\s*KB(?!\p{L})/u, rule: "file size in KB" },
  { after: /^\s*(dòng|rows?)(?!\p{L})/iu, rule: "count of rows in a table" },
];

/** On the data page, a download's line starts with its path: its counts are that file's. */
function countedRule(c: Context, rule: string): Verdict {
  const file = c.index.facts.files.find((f) => c.segment.text.startsWith(`${f.path} `));
  const found = computed(c, (r) => r === rule);
  if (file && found?.name !== file.path) {
    const own = (c.index.computations[c.lang].get(c.token.text) ?? []).find((x) => x.rule === rule && x.name === file.path);
    return own ? ok(c.token, "computation", rule, own.inputs, own.name) : { fail: `not the ${rule} of ${file.path}` };
  }
  return found ?? { fail: `no ${rule} is ${c.token.text}` };
}

/** The instrument word right before the token ("NĐ", "Decree"), as a whole word. */
function instrumentWord(c: Context): string | undefined {
  const before = normalise(c.before).trimEnd();
  return INSTRUMENT_WORDS.find((w) => before.endsWith(w) && !isLetter(before[before.length - w.length - 1]));
}

function instrumentRule(c: Context): Verdict {
  const word = instrumentWord(c);
  if (!word) return null;
  const number = normalise(c.token.text);
  // The short number starts a full one in data/: "20/2021" → "20/2021/nđ-cp", "67" → "67/2007/nđ-cp".
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}/])${number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:/\d{4})?/\p{L}`, "u");
  const m = re.exec(c.index.corpus.text);
  if (m) return ok(c.token, "data text", "the short number of a legal instrument in data/", [originAt(c.index.corpus, m.index)]);
  return { fail: `"${word} ${c.token.text}" names no instrument in data/` };
}

function quoteRule(c: Context): Verdict {
  const q = quoted(c.index.corpus, c.segment.text, c.token.start, c.token.end);
  if (q) return ok(c.token, "data text", "quoted from a text in data/", [`${q.origin}: "${q.span}"`]);
  // A story's heading too short to quote by words ("After July 2025"), shown whole as its own line.
  const whole = normalise(c.segment.text).trim();
  const story = c.segment.channel === "text" && /\p{L}{2,}/u.test(whole) ? c.index.corpus.storyTexts.get(whole) : undefined;
  return story ? ok(c.token, "data text", "a story's text shown whole", [story]) : null;
}

function verbatimRule(c: Context): Verdict {
  const text = c.token.text;
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${normalise(text).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\p{L}\p{N}])`, "u");
  const m = re.exec(c.index.corpus.text);
  return m ? ok(c.token, "data text", "a name or code written in data/", [originAt(c.index.corpus, m.index)]) : null;
}

function codeRule(c: Context): Verdict {
  const t = c.token.text;
  const area = c.index.facts.areas.find((a) => a.cells["code"] === t);
  if (area) return ok(c.token, "data text", "a GSO code from areas.csv", [rowRef(area)]);
  const example = c.index.facts.examples.get(t);
  if (example) return ok(c.token, "data text", "an example value of datapackage.json", [example]);
  return null;
}

/**
 * "CC BY 4.0", "CC BY-SA 4.0": a Creative Commons licence's version, where data/ names that
 * licence (datapackage.json's licenses, or a source's notes for data it took under it).
 */
const LICENCE = /\bCC((?:[ -](?:BY|SA|NC|ND))+)\s*$/;

function licenceRule(c: Context): Verdict {
  const m = LICENCE.exec(c.before);
  if (!m || !/^\d+\.\d+$/.test(c.token.text)) return null;
  const parts = m[1]!
    .trim()
    .split(/[ -]/)
    .map((p) => p.toLowerCase());
  const re = new RegExp(String.raw`cc[ -]${parts.join("[ -]")}[ -]${c.token.text.replace(".", "\\.")}(?!\d)`);
  const named =
    c.index.facts.licences.find((l) => re.test(l.toLowerCase())) ??
    (re.exec(c.index.corpus.text) ? originAt(c.index.corpus, re.exec(c.index.corpus.text)!.index) : undefined);
  return named
    ? ok(c.token, "structure", "a licence's version, named in data/", [named])
    : { fail: `a licence (CC ${m[1]!.trim()} ${c.token.text}) that data/ does not name` };
}

function ageRule(c: Context): Verdict {
  if (!c.after.startsWith("+") || !/^\d+$/.test(c.token.text)) return null;
  const id = [...c.index.facts.indicators.keys()].find((k) => k.includes(`${c.token.text}plus`));
  return id ? ok(c.token, "structure", "an age threshold from an indicator's id (N+)", [`indicators.csv ${id}`]) : null;
}

function constraintRule(c: Context): Verdict {
  if (!/[≥≤<>]\s*$/.test(c.before)) return null;
  const value = parseNumber(c.token.text, c.lang);
  const origin = value === null ? undefined : c.index.facts.constraints.get(value);
  return origin
    ? ok(c.token, "structure", "a constraint of datapackage.json", [origin])
    : { fail: "a bound that no constraint in datapackage.json has" };
}

function coordinateRule(c: Context): Verdict {
  for (const a of c.index.facts.areas) {
    if (a.cells["lat"] === c.token.text || a.cells["lon"] === c.token.text)
      return ok(c.token, "structure", "seat coordinates as areas.csv writes them", [rowRef(a)]);
  }
  return null;
}

function versionRule(c: Context): Verdict {
  const t = c.token.text;
  if (t === c.index.facts.version) return ok(c.token, "structure", "the data version (datapackage.json)", [`version ${t}`]);
  if (c.index.facts.changelogVersions.has(t)) return ok(c.token, "structure", "a version in the changelog", [`CHANGELOG.md ${t}`]);
  return null;
}

function urlRule(c: Context): Verdict {
  const t = c.token.text;
  if (c.index.siteOrigins.some((o) => t.startsWith(o))) return ok(c.token, "structure", "an address on this site", [t]);
  if (c.index.corpus.text.includes(normalise(t))) return ok(c.token, "data text", "an address written in data/", [t]);
  return { fail: "an address that is neither this site's nor in data/" };
}

/**
 * A story's figure is the row its markup names, and only that: the number shown is its `value`,
 * a row of observations.csv has that value, the period its title gives and the source its mark
 * links to, and it carries that row's qualifier. No quote or computation may stand in for it.
 */
function storyFigureRule(c: Context, figure: StoryFigure): Verdict {
  const t = c.token;
  const shown = c.segment.text.slice(figure.start, figure.end);
  const numbers = tokens(shown).filter((x) => x.shape === "number");
  if (t.shape !== "number" || numbers.length !== 1) return { fail: `a story figure that shows "${shown}", not one number` };
  const value = figure.value.trim() === "" ? NaN : Number(figure.value);
  const read = parseNumber(t.text, c.lang);
  if (!Number.isFinite(value) || read === null || Math.abs(read - value) > 1e-9 * Math.max(1, Math.abs(value)))
    return { fail: `a story figure that shows ${t.text} but whose value is "${figure.value}"` };
  const named = (o: Observation) =>
    o.value === value &&
    figure.title.endsWith(` ${formatPeriodText(o.period, c.lang)}`) &&
    (figure.source === null || o.cells["source"] === figure.source);
  const verdict = observationRule(c, undefined, named);
  if (verdict) return verdict;
  const same = c.index.facts.observations.filter((o) => o.value === value);
  return {
    fail: `a story figure (value ${figure.value}, "${figure.title}", source ${figure.source ?? "none"}) that no row of observations.csv is${same.length > 0 ? `; rows with that value: ${same.slice(0, 3).map(rowRef).join(", ")}` : ""}`,
  };
}

/** "[n]" beside a story figure, or "Nguồn n:" in its link's label: the linked source's place in the page's list. */
function sourceMarkRule(c: Context, mark: SourceMark): Verdict {
  const t = c.token;
  const text = c.segment.text.slice(mark.start, mark.end);
  const shape = c.segment.channel === "text" ? /^\[(\d+)\]$/.exec(text) : /^(?:Nguồn|Source) (\d+): /.exec(text);
  const own = shape !== null && t.start === mark.start + shape[0].indexOf(shape[1]!) && t.text === shape[1];
  // The label's other numbers (in the source's title) are checked by the other rules.
  if (c.segment.channel !== "text" && shape !== null && !own) return null;
  if (!own) return { fail: `a story figure's source mark "${text}" that is not "[n]"` };
  if (mark.position === null) return { fail: `a source mark whose link ${mark.href} points at no entry of a sources list on the page` };
  return String(mark.position) === t.text
    ? ok(t, "structure", "a story figure's source number (its entry in the page's sources list)", [
        `${mark.href} is entry ${mark.position}`,
      ])
    : { fail: `source mark ${t.text}, but ${mark.href} is entry ${mark.position} of the page's sources list` };
}

/**
 * A size in the site's embed code, the text under each figure that another site pastes: in the
 * start tag of an `<iframe>` whose src is one of this site's embed pages, the value of its height
 * attribute or a length in its style attribute ("border:0;width:100%"). They are pixels of
 * layout computed at build, not figures.
 */
function embedCodeRule(c: Context): Verdict {
  // The code is the text of a <textarea>, which the page reader keeps as written: "&lt;iframe height=&quot;…".
  const q = `(?:"|&quot;)`;
  const tag = /(?:<|&lt;)iframe\b[\s\S]*?(?:>|&gt;)/g;
  for (let m = tag.exec(c.segment.text); m !== null; m = tag.exec(c.segment.text)) {
    if (c.token.start < m.index || c.token.end > m.index + m[0].length) continue;
    const src = new RegExp(`\\ssrc=${q}(.*?)${q}`).exec(m[0])?.[1] ?? "";
    if (!c.index.siteOrigins.some((o) => src.startsWith(o)) || !/\/(en\/)?embed\/[^/"&]+\/$/.test(src)) return null;
    const inTag = c.segment.text.slice(m.index, c.token.start);
    const size = new RegExp(`\\sheight=${q}$`).test(inTag) || new RegExp(`\\sstyle=${q}(?:(?!"|&quot;)[^])*$`).test(inTag);
    return size ? ok(c.token, "structure", "a size in the site's embed code (iframe height or style)", [src]) : null;
  }
  return null;
}

/** The first rule, in order, that accepts the token; else the first failure any gave. */
function firstOf(c: Context, rules: readonly ((c: Context) => Verdict)[]): Verdict {
  let failure: Verdict = null;
  for (const rule of rules) {
    const v = rule(c);
    if (v && !("fail" in v)) return v;
    if (v && !failure) failure = v;
  }
  return failure;
}

/** A table cell of a rank column: the rank, and at most a tie mark without digits ("5 (tied)"). */
function isRankCell(c: Context): boolean {
  const cell = c.segment.cell;
  if (!cell || !RANK_COLUMN.test(cell.table.headers[cell.column] ?? "")) return false;
  return /^\d+$/.test(c.token.text) && c.before.trim() === "" && !/\d/.test(c.after);
}

function classify(c: Context): Verdict {
  const t = c.token;
  const within = <T extends { start: number; end: number }>(spans: readonly T[] | undefined) =>
    spans?.find((s) => s.start <= t.start && t.end <= s.end);
  const mark = within(c.segment.sourceMarks);
  if (mark) {
    const verdict = sourceMarkRule(c, mark);
    if (verdict) return verdict;
  }
  const figure = within(c.segment.figures);
  if (figure) return storyFigureRule(c, figure);
  const embedSize = embedCodeRule(c);
  if (embedSize) return embedSize;
  const instrument = instrumentWord(c) !== undefined;
  switch (t.shape) {
    case "url":
      return urlRule(c);
    case "code":
      return firstOf(c, [verbatimRule, quoteRule]);
    case "version":
      return firstOf(c, [versionRule, quoteRule]);
    case "rank": {
      const [r, n] = t.parts!.map(Number) as [number, number];
      if (RANK_WORDS[c.lang].test(c.before)) return rankInSeries(c, r, n);
      return firstOf(c, [quoteRule]);
    }
    case "fraction": {
      if (instrument) return instrumentRule(c);
      const [r, n] = t.parts!.map(Number) as [number, number];
      if (RANK_WORDS[c.lang].test(c.before)) return rankInSeries(c, r, n);
      return firstOf(c, [quoteRule]);
    }
    case "date":
    case "month":
    case "iso-date":
      if (instrument) return instrumentRule(c);
      return firstOf(c, [dateRule, quoteRule]);
    case "number": {
      if (c.segment.ticks) return ticksRule(c);
      if (instrument) return instrumentRule(c);
      if (isRankCell(c)) return rankInTable(c, Number(t.text));
      if (/[≥≤<>]\s*$/.test(c.before)) return constraintRule(c);
      if (DISTRICT_NOUN.test(c.after)) return firstOf(c, [districtCountRule, quoteRule]);
      if (LICENCE.test(c.before)) return licenceRule(c);
      const counted = COUNTED_BY.find((x) => x.after.test(c.after));
      if (counted) return firstOf(c, [(c) => countedRule(c, counted.rule), quoteRule]);
      const labelled = labelledSubject(c);
      if (labelled) return firstOf(c, [dateRule, quoteRule, (c) => subjectFigureRule(c, labelled)]);
      // A figure labelled with a period ("(2022): 15") is a row or a computation of that period.
      const period = labelPeriod(c);
      if (period) return firstOf(c, [dateRule, quoteRule, (c) => observationRule(c), (c) => periodComputationRule(c, period)]);
      return firstOf(c, [dateRule, quoteRule, (c) => observationRule(c), computationRule, ageRule, coordinateRule, codeRule]);
    }
  }
}

/** The text around a token, for the output: about 40 characters each side. */
function contextOf(segment: string, start: number, end: number): string {
  const left = Math.max(0, start - 40);
  const right = Math.min(segment.length, end + 40);
  return `${left > 0 ? "…" : ""}${segment.slice(left, start)}⟦${segment.slice(start, end)}⟧${segment.slice(end, right)}${right < segment.length ? "…" : ""}`;
}

/** A table cell's number with its row around it: "⟦4⟧ | Yên Lạc | 17". */
function cellContext(segment: Segment, token: Token): string {
  const { table, row, column } = segment.cell!;
  const cells = [...(table.rows[row] ?? [])];
  cells[column] = contextOf(segment.text, token.start, token.end);
  return cells.join(" | ");
}

/** Checks every number of one page. */
export function checkPage(index: FactIndex, page: string, html: string | PageText): PageReport {
  const text = typeof html === "string" ? pageText(html) : html;
  const numbers: (Classified & { context: string })[] = [];
  const findings: Finding[] = [];
  const buildDates = new Set<string>();
  // The footer's <time> first, so the build date is known wherever else the page gives it.
  const ordered = [...text.segments].sort((a, b) => Number(b.times.length > 0) - Number(a.times.length > 0));
  for (const segment of ordered) {
    for (const token of tokens(segment.text)) {
      const context = segment.cell ? cellContext(segment, token) : contextOf(segment.text, token.start, token.end);
      const verdict = classify({
        index,
        segment,
        lang: segment.lang,
        token,
        before: segment.text.slice(0, token.start),
        after: segment.text.slice(token.end),
        buildDates,
      });
      if (verdict && !("fail" in verdict)) numbers.push({ ...verdict, context });
      else
        findings.push({
          token: token.text,
          context,
          channel: segment.channel,
          why: verdict?.fail ?? "no row, date, computation or data text gives this number",
        });
    }
  }
  return { page, numbers, findings };
}
