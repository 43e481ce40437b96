import { formatFigure } from "../format/formatFigure.ts";
import { shareOf } from "../format/shareOf.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { latestTogether } from "../data/latestTogether.ts";
import type { Observation } from "../data/SiteData.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { CHART_WORDS } from "./chartWords.ts";
import { figureText } from "./format.ts";
import { COLOR } from "./theme.ts";

interface Summary {
  readonly province: string;
  readonly year: string;
  readonly elderly: string;
  readonly recipients: string;
  /** The share with the qualifier shareOf gives it: "khoảng 17%". */
  readonly share: string;
  readonly oneIn: number;
  /** Why the share is only rough, when it is. */
  readonly caveat: "bothOver" | "rough" | null;
}

const M = defineMessages(
  {
    summary: (p: Summary) =>
      `Năm ${p.year}, ${p.province} có ${p.elderly} người từ 60 tuổi trở lên, trong đó ${p.recipients} người hưởng trợ cấp xã hội hằng tháng theo Luật Người cao tuổi — ${p.share}, tức cứ chừng ${p.oneIn} người cao tuổi thì có 1 người hưởng trợ cấp.${p.caveat === "bothOver" ? " Cả hai con số đều là mức tối thiểu nguồn đưa ra (“hơn”), nên tỷ lệ chính xác không xác định được." : p.caveat === "rough" ? " Cả hai con số đều không chính xác, nên tỷ lệ chỉ là gần đúng." : ""}`,
    subtitle: (province: string, year: string) => `Tỉnh ${province}, năm ${year}, số người`,
    overNote: "“Hơn” là cách nói của nguồn: số thực tế lớn hơn con số được vẽ.",
    noDistrictsNote: "Chưa có số liệu công khai theo từng huyện.",
    indicatorColumn: "Chỉ tiêu",
    peopleColumn: "Số người",
  },
  {
    summary: (p) =>
      `In ${p.year}, ${p.province} had ${p.elderly} people aged 60 and over, of whom ${p.recipients} received the monthly social allowance under the Law on the Elderly — ${p.share}, or roughly one older person in every ${p.oneIn}.${p.caveat === "bothOver" ? " Both figures are minimums given by the source (“over”), so the exact share is not known." : p.caveat === "rough" ? " Neither figure is exact, so the share is known only roughly." : ""}`,
    subtitle: (province, year) => `${province} province, ${year}, people`,
    overNote: "“Over” is the source’s wording: the true numbers are larger than the bars drawn.",
    noDistrictsNote: "No public figures by district have been found.",
    indicatorColumn: "Indicator",
    peopleColumn: "People",
  },
);

/**
 * Older people in Vĩnh Phúc and those on the monthly social allowance. Both figures are lower
 * bounds ("hơn"), so the share can only be given as roughly the ratio of the two, and says so.
 */
export const elderlyAllowance: ChartModule = ({ data, lang, title }) => {
  const area = data.province.code;
  const [elderly, recipients] = latestTogether(data, [
    { indicator: "elderly_60plus", area },
    { indicator: "elderly_allowance_recipients", area },
  ]) as [Observation, Observation];
  const rows = [elderly, recipients].map((o, i) => ({
    o,
    name: pick(data.indicator(o.indicator), "name", lang),
    label: figureText(data, o, lang),
    color: i === 0 ? COLOR.primary : COLOR.secondary,
  }));
  // Whole percent: the figures are rounded by the source, so a decimal would claim too much.
  const share = shareOf(recipients, elderly, 0);
  const oneIn = Math.round(elderly.value / recipients.value);
  const caveat = share.bounded ? null : elderly.qualifier === "over" && recipients.qualifier === "over" ? "bothOver" : "rough";
  const year = formatPeriod(elderly.period, lang);
  const province = pick(data.province, "name", lang);
  const summary = M[lang].summary({
    province,
    year,
    elderly: figureText(data, elderly, lang),
    recipients: figureText(data, recipients, lang),
    share: formatFigure(share, "percent", lang),
    oneIn,
    caveat,
  });
  return {
    subtitle: M[lang].subtitle(province, year),
    unit: CHART_WORDS[lang].people,
    summary,
    notes: [M[lang].overNote, M[lang].noDistrictsNote],
    sources: chartSources(data, [elderly.source, recipients.source]),
    table: {
      columns: [
        { label: M[lang].indicatorColumn, numeric: false },
        { label: M[lang].peopleColumn, numeric: true },
      ],
      rows: rows.map((r) => [r.name, r.label]),
    },
    plot: (width) =>
      barList(
        rows.map((r) => ({ name: r.name, bars: [{ value: r.o.value, label: r.label, color: r.color, tip: `${r.name}: ${r.label}` }] })),
        { width, ariaLabel: title, ariaDescription: summary, noData: NO_DATA[lang].short },
      ),
  };
};
