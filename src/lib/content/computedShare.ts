import type { Observation, SiteData } from "../data/SiteData.ts";
import { formatFigure } from "../format/formatFigure.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { shareOf } from "../format/shareOf.ts";
import { unitName } from "../format/unitName.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import type { HeadlineSource } from "./headlines.ts";

/** One figure a computation reads: the row it came from, as the page shows it. */
export interface ComputedInput {
  /** The row's key, so a test can trace the input back to observations.csv. */
  readonly row: { readonly indicator: string; readonly area: string; readonly period: string };
  readonly figure: string;
  readonly label: string;
  readonly period: string;
  readonly source: HeadlineSource;
}

/** A figure the site computes rather than reads, shown with its method and inputs. */
export interface ComputedFigure {
  readonly id: string;
  readonly label: string;
  /** The result with its qualifier, or the "no data" wording. */
  readonly figure: string;
  readonly period: string | null;
  /** How the figure was computed, or why it could not be. */
  readonly method: string;
  /** "Computed from", before the list of inputs. */
  readonly inputsLabel: string;
  readonly inputs: readonly ComputedInput[];
}

/** A share the home page computes from two of the province's indicators, and what the result is called. */
export interface ShareSpec {
  readonly id: string;
  readonly numerator: string;
  readonly denominator: string;
  /** The indicator whose name labels the result (it need not have rows of its own). */
  readonly labelIndicator: string;
}

/** People aged 60 and over as a share of the province's average population, both for the same year. */
export const ELDERLY_SHARE: ShareSpec = {
  id: "computed-elderly-share",
  numerator: "elderly_60plus",
  denominator: "population_average",
  labelIndicator: "elderly_60plus_share",
};

const M = defineMessages(
  {
    fallbackLabel: "Tỷ lệ người từ 60 tuổi trở lên",
    label: (indicator: string, area: string) => `${indicator}, ${area}`,
    computed: (p: { numerator: string; denominator: string }) =>
      `Trang này tự tính, không phải số liệu nguồn công bố: “${p.numerator}” chia cho “${p.denominator}” cùng năm.`,
    /** How the result was rounded, by the qualifier it carries; `figure` is the inexact input ("hơn 190.000"). */
    rounding: {
      over: (figure: string) => `Vì nguồn ghi “${figure}”, tỷ lệ thực tế lớn hơn kết quả phép chia: kết quả được làm tròn xuống.`,
      at_least: (figure: string) => `Vì nguồn ghi “${figure}”, tỷ lệ thực tế không nhỏ hơn kết quả phép chia: kết quả được làm tròn xuống.`,
      nearly: (figure: string) => `Vì nguồn ghi “${figure}”, tỷ lệ thực tế nhỏ hơn kết quả phép chia: kết quả được làm tròn lên.`,
      about: (figure: string) => `Vì nguồn ghi “${figure}”, kết quả chỉ là ước lượng.`,
      exact: (_figure: string) => "Kết quả được làm tròn đến một chữ số thập phân.",
    },
    unbounded: "Cả hai số đều không chính xác, nên chỉ biết tỷ lệ gần đúng.",
    notTogether: (p: { numerator: string; denominator: string }) =>
      `Chưa tính được: số mới nhất của “${p.numerator}” và của “${p.denominator}” không cùng một năm.`,
    missing: (name: string) => `Chưa tính được: chưa có số liệu “${name}”.`,
    inputsLabel: "Tính từ",
  },
  {
    fallbackLabel: "Share of people aged 60 and over",
    label: (indicator, area) => `${indicator}, ${area}`,
    computed: (p) => `Computed by this site, not published by a source: “${p.numerator}” divided by “${p.denominator}” for the same year.`,
    rounding: {
      over: (figure) => `As the source says “${figure}”, the true share is larger than the division: the result is rounded down.`,
      at_least: (figure) => `As the source says “${figure}”, the true share is no smaller than the division: the result is rounded down.`,
      nearly: (figure) => `As the source says “${figure}”, the true share is smaller than the division: the result is rounded up.`,
      about: (figure) => `As the source says “${figure}”, the result is only an estimate.`,
      exact: () => "The result is rounded to one decimal.",
    },
    unbounded: "Neither figure is exact, so the share is known only roughly.",
    notTogether: (p) => `Not computed: the latest figures for “${p.numerator}” and for “${p.denominator}” are not for the same year.`,
    missing: (name) => `Not computed: there is no figure yet for “${name}”.`,
    inputsLabel: "Computed from",
  },
);

/** One row as an input of a computation: its figure, what it counts, its period and its source. */
export function inputOf(data: SiteData, o: Observation, lang: Lang): ComputedInput {
  const source = data.source(o.source);
  return {
    row: { indicator: o.indicator, area: o.area, period: o.period },
    figure: formatFigure(o, data.indicator(o.indicator).unit, lang),
    label: pick(data.indicator(o.indicator), "name", lang),
    period: formatPeriod(o.period, lang),
    source: { id: source.id, title: source.title, publisher: source.publisher, reliability: source.reliability },
  };
}

/**
 * A share of the province computed from the latest figure of each of two indicators. Both must
 * exist and be for the same period, else the result is "no data" with the reason: a share across
 * two years means nothing. The rounding and the qualifier are shareOf's.
 */
export function computedShare(data: SiteData, lang: Lang, spec: ShareSpec): ComputedFigure {
  const area = data.province.code;
  const named = (id: string) => data.indicators.find((i) => i.id === id);
  const nameOf = (id: string) => {
    const row = named(id);
    return row ? pick(row, "name", lang) : id;
  };
  const labelRow = named(spec.labelIndicator);
  // The province is named: the national share of the same indicator is on the same page.
  const label = M[lang].label(labelRow ? pick(labelRow, "name", lang) : M[lang].fallbackLabel, unitName(data.province, lang));
  const base = { id: spec.id, label, inputsLabel: M[lang].inputsLabel };
  const noData = (method: string, inputs: readonly ComputedInput[] = []): ComputedFigure => ({
    ...base,
    figure: NO_DATA[lang].capitalised,
    period: null,
    method,
    inputs,
  });
  const top = named(spec.numerator) ? data.latest({ indicator: spec.numerator, area }) : null;
  const bottom = named(spec.denominator) ? data.latest({ indicator: spec.denominator, area }) : null;
  if (!top) return noData(M[lang].missing(nameOf(spec.numerator)));
  if (!bottom) return noData(M[lang].missing(nameOf(spec.denominator)));
  const inputs = [inputOf(data, top, lang), inputOf(data, bottom, lang)];
  const names = { numerator: inputs[0]!.label, denominator: inputs[1]!.label };
  if (top.period !== bottom.period) return noData(M[lang].notTogether(names), inputs);
  const share = shareOf(top, bottom);
  const inexact = [top, bottom].findIndex((o) => o.qualifier !== "exact");
  const rounding = share.bounded ? M[lang].rounding[share.qualifier](inputs[Math.max(inexact, 0)]!.figure) : M[lang].unbounded;
  return {
    ...base,
    figure: formatFigure(share, "percent", lang, true),
    period: formatPeriod(top.period, lang),
    method: `${M[lang].computed(names)} ${rounding}`,
    inputs,
  };
}
