import { formatPeriod } from "../format/formatPeriod.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { latestTogether } from "../data/latestTogether.ts";
import type { Observation } from "../data/SiteData.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { figureText } from "./format.ts";
import { COLOR } from "./theme.ts";

interface Summary {
  readonly year: string;
  readonly clubs: string;
  /** Each kind of team with its number: "49 đội văn nghệ". */
  readonly teams: readonly string[];
  /** The share of clubs with a home-care team, capitalised to start a sentence. */
  readonly withCare: string;
  readonly helped: string;
}

const M = defineMessages(
  {
    summary: (p: Summary) =>
      `Năm ${p.year}, ${p.clubs} câu lạc bộ VIE070 có ${p.teams.join(" và ")}. ${p.withCare} câu lạc bộ có nhóm tình nguyện viên chăm sóc tại nhà; các nhóm này đã giúp ${p.helped} người khó khăn, khuyết tật, già yếu, ốm đau hoặc sống một mình.`,
    subtitle: (clubs: string, year: string) => `${clubs} câu lạc bộ VIE070, năm ${year}, số đội`,
    unit: "đội",
    helpedNote: (helped: string) => `Ngoài các đội trên, tình nguyện viên chăm sóc tại nhà đã giúp ${helped} người.`,
    activityColumn: "Hoạt động",
    numberColumn: "Số lượng",
  },
  {
    summary: (p) =>
      `In ${p.year}, the ${p.clubs} VIE070 clubs had ${p.teams.join(" and ")}. ${p.withCare} of the clubs had a home-care volunteer team; these teams helped ${p.helped} people in hardship, with a disability, frail, ill or living alone.`,
    subtitle: (clubs, year) => `${clubs} VIE070 clubs, ${year}, number of teams`,
    unit: "teams",
    helpedNote: (helped) => `Besides these teams, home-care volunteers helped ${helped} people.`,
    activityColumn: "Activity",
    numberColumn: "Number",
  },
);

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
  const summary = M[lang].summary({
    year,
    clubs: figureText(data, clubs, lang),
    teams: rows.map((r) => `${r.label} ${r.name.toLowerCase()}`),
    withCare: figureText(data, withCare, lang, true),
    helped: figureText(data, helped, lang),
  });
  return {
    subtitle: M[lang].subtitle(figureText(data, clubs, lang, true), year),
    unit: M[lang].unit,
    summary,
    notes: [M[lang].helpedNote(figureText(data, helped, lang))],
    sources: chartSources(
      data,
      [...teams, helped, withCare].map((o) => o.source),
    ),
    table: {
      columns: [
        { label: M[lang].activityColumn, numeric: false },
        { label: M[lang].numberColumn, numeric: true },
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
