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

/** What the VIE070 clubs do: their teams (one unit, one chart), with home care in the summary. */
export const clubActivities: ChartModule = ({ data, lang, title }) => {
  const area = data.province.code;
  // The clubs and their teams, helpers and home-care share as reported together, in one period.
  const [clubs, sport, art, helped, withCare] = latestTogether(
    data,
    ["vie070_clubs", "vie070_sport_teams", "vie070_art_teams", "vie070_homecare_people_helped", "vie070_homecare_clubs_share"].map(
      (indicator) => ({
        indicator,
        area,
      }),
    ),
  ) as [Observation, Observation, Observation, Observation, Observation];
  const teams = [sport, art];
  const rows = teams.map((o) => ({ o, name: pick(data.indicator(o.indicator), "name", lang), label: figureText(data, o, lang) }));
  const year = formatPeriod(helped.period, lang);
  const summary = t(
    lang,
    `Năm ${year}, ${figureText(data, clubs, lang)} câu lạc bộ VIE070 có ${rows.map((r) => `${r.label} ${r.name.toLowerCase()}`).join(" và ")}. ${figureText(data, withCare, lang, true)} câu lạc bộ có nhóm tình nguyện viên chăm sóc tại nhà; các nhóm này đã giúp ${figureText(data, helped, lang)} người khó khăn, khuyết tật, già yếu, ốm đau hoặc sống một mình.`,
    `In ${year}, the ${figureText(data, clubs, lang)} VIE070 clubs had ${rows.map((r) => `${r.label} ${r.name.toLowerCase()}`).join(" and ")}. ${figureText(data, withCare, lang, true)} of the clubs had a home-care volunteer team; these teams helped ${figureText(data, helped, lang)} people in hardship, with a disability, frail, ill or living alone.`,
  );
  return {
    subtitle: t(
      lang,
      `${figureText(data, clubs, lang, true)} câu lạc bộ VIE070, năm ${year}, số đội`,
      `${figureText(data, clubs, lang, true)} VIE070 clubs, ${year}, number of teams`,
    ),
    unit: t(lang, "đội", "teams"),
    summary,
    notes: [
      t(
        lang,
        `Ngoài các đội trên, tình nguyện viên chăm sóc tại nhà đã giúp ${figureText(data, helped, lang)} người.`,
        `Besides these teams, home-care volunteers helped ${figureText(data, helped, lang)} people.`,
      ),
    ],
    sources: chartSources(
      data,
      [...teams, helped, withCare].map((o) => o.source),
    ),
    table: {
      columns: [
        { label: t(lang, "Hoạt động", "Activity"), numeric: false },
        { label: t(lang, "Số lượng", "Number"), numeric: true },
      ],
      rows: [
        ...rows.map((r) => [r.name, r.label]),
        [pick(data.indicator(withCare.indicator), "name", lang), figureText(data, withCare, lang)],
        [pick(data.indicator(helped.indicator), "name", lang), figureText(data, helped, lang)],
      ],
    },
    plot: (width) =>
      barList(
        rows.map((r) => ({
          name: r.name,
          bars: [{ value: r.o.value, label: r.label, color: COLOR.primary, tip: `${r.name}: ${r.label}` }],
        })),
        { width, ariaLabel: title, ariaDescription: summary, noData: NO_DATA[lang].short },
      ),
  };
};
