import type { SiteData } from "../data/SiteData.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import type { HeadlineSource } from "./headlines.ts";

/** The short "about this data" paragraph near the top of the home page. */
export interface AboutData {
  readonly heading: string;
  /** Sentences, in order; the dates, names and events come from areas.csv and area-events.csv. */
  readonly text: string;
  /** The sources of the events the paragraph tells, in the order first told. */
  readonly sources: readonly HeadlineSource[];
}

const M = defineMessages(
  {
    heading: "Về số liệu này",
    endedWithDistricts: (p: { province: string; ended: string; districts: number }) =>
      `Tỉnh ${p.province} và ${p.districts} huyện, thành phố của tỉnh không còn là đơn vị hành chính từ ngày ${p.ended}.`,
    ended: (p: { province: string; ended: string }) => `Tỉnh ${p.province} không còn là đơn vị hành chính từ ngày ${p.ended}.`,
    districtLevelEnded: "Cùng ngày, cấp huyện chấm dứt.",
    scopeEnded: (province: string) => `Số liệu trên trang này mô tả tỉnh ${province} cũ và các huyện, thành phố của tỉnh trước ngày đó.`,
    method: (noData: string) => `Mỗi con số ghi rõ kỳ số liệu và nguồn; con số chưa tìm thấy được ghi là “${noData}”, không ước đoán.`,
  },
  {
    heading: "About this data",
    endedWithDistricts: (p) =>
      `${p.province} province and its ${p.districts} districts and cities ceased to be administrative units on ${p.ended}.`,
    ended: (p) => `${p.province} province ceased to be an administrative unit on ${p.ended}.`,
    districtLevelEnded: "The district level was abolished the same day.",
    scopeEnded: (province) => `The figures here describe the former ${province} province and its districts and cities before that date.`,
    method: (noData) => `Each figure gives its period and source; a figure not found says “${noData}” rather than an estimate.`,
  },
);

/**
 * What a reader must know before the figures: when the province and its districts ended, told
 * from areas.csv (`ended`) and the province's events of that day in area-events.csv, with their
 * sources; nothing about the reform is typed here but the words around the data.
 */
export function aboutData(data: SiteData, lang: Lang): AboutData {
  const m = M[lang];
  const province = pick(data.province, "name", lang);
  const ended = data.province.ended;
  const method = m.method(NO_DATA[lang].short);
  if (!ended) return { heading: m.heading, text: method, sources: [] };
  const when = formatPeriod(ended, lang);
  const allDistricts = data.districts.length > 0 && data.districts.every((d) => d.ended === ended);
  const provinceEvents = data.events(data.province.code).filter((e) => e.date === ended);
  const districtEvents = allDistricts ? data.districts.flatMap((d) => data.events(d.code).filter((e) => e.date === ended)) : [];
  const sentences = [
    allDistricts ? m.endedWithDistricts({ province, ended: when, districts: data.districts.length }) : m.ended({ province, ended: when }),
    ...provinceEvents.map((e) => pick(e, "event", lang)),
    ...(districtEvents.length > 0 ? [m.districtLevelEnded] : []),
    m.scopeEnded(province),
    method,
  ];
  const seen = new Set<string>();
  const sources = [...provinceEvents, ...districtEvents].flatMap((e) => {
    if (seen.has(e.source)) return [];
    seen.add(e.source);
    const s = data.source(e.source);
    return [{ id: s.id, title: s.title, publisher: s.publisher, reliability: s.reliability }];
  });
  return { heading: m.heading, text: sentences.join(" "), sources };
}
