import { formatNumber } from "../format/formatNumber.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { latestTogether } from "../data/latestTogether.ts";
import type { Observation } from "../data/SiteData.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { figureText, t } from "./format.ts";
import { COLOR } from "./theme.ts";

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
  const share = (recipients.value / elderly.value) * 100;
  const oneIn = Math.round(elderly.value / recipients.value);
  const shareText = `${formatNumber(Math.round(share), lang)}%`;
  const bothLowerBounds = elderly.qualifier === "over" && recipients.qualifier === "over";
  const year = formatPeriod(elderly.period, lang);
  const summary = t(
    lang,
    `Năm ${year}, Vĩnh Phúc có ${figureText(data, elderly, lang)} người từ 60 tuổi trở lên, trong đó ${figureText(data, recipients, lang)} người hưởng trợ cấp xã hội hằng tháng theo Luật Người cao tuổi — khoảng ${shareText}, tức chừng 1 trong ${oneIn} người.${bothLowerBounds ? " Cả hai con số đều là mức tối thiểu nguồn đưa ra (“hơn”), nên tỷ lệ chính xác không xác định được." : ""}`,
    `In ${year}, Vĩnh Phúc had ${figureText(data, elderly, lang)} people aged 60 and over, of whom ${figureText(data, recipients, lang)} received the monthly social allowance under the Law on the Elderly — roughly ${shareText}, about one in ${oneIn}.${bothLowerBounds ? " Both figures are minimums given by the source (“over”), so the exact share is not known." : ""}`,
  );
  return {
    subtitle: t(lang, `Tỉnh Vĩnh Phúc, năm ${year}, số người`, `Vĩnh Phúc province, ${year}, people`),
    unit: t(lang, "người", "people"),
    summary,
    notes: [
      t(
        lang,
        "“Hơn” là cách nói của nguồn: số thực tế lớn hơn con số được vẽ.",
        "“Over” is the source’s wording: the true numbers are larger than the bars drawn.",
      ),
      t(lang, "Chưa có số liệu công khai theo từng huyện.", "No public figures by district have been found."),
    ],
    sources: chartSources(data, [elderly.source, recipients.source]),
    table: {
      columns: [
        { label: t(lang, "Chỉ tiêu", "Indicator"), numeric: false },
        { label: t(lang, "Số người", "People"), numeric: true },
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
