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

interface Teams {
  readonly year: string;
  readonly clubs: string;
  /** Each kind of team with its number: "49 đội văn nghệ". */
  readonly teams: readonly string[];
}

const M = defineMessages(
  {
    teams: (p: Teams) => `Năm ${p.year}, ${p.clubs} câu lạc bộ VIE070 có ${p.teams.join(" và ")}.`,
    /** `withCare` is capitalised: it starts the sentence. */
    care: (withCare: string, helped: string) =>
      `${withCare} câu lạc bộ có nhóm tình nguyện viên chăm sóc tại nhà; các nhóm này đã giúp ${helped} người khó khăn, khuyết tật, già yếu, ốm đau hoặc sống một mình.`,
    careShare: (withCare: string) => `${withCare} câu lạc bộ có nhóm tình nguyện viên chăm sóc tại nhà.`,
    helped: (helped: string) =>
      `Các nhóm tình nguyện viên chăm sóc tại nhà đã giúp ${helped} người khó khăn, khuyết tật, già yếu, ốm đau hoặc sống một mình.`,
    subtitle: (clubs: string, year: string) => `${clubs} câu lạc bộ VIE070, năm ${year}, số đội`,
    unit: "đội",
    helpedNote: (helped: string) => `Ngoài các đội trên, tình nguyện viên chăm sóc tại nhà đã giúp ${helped} người.`,
    activityColumn: "Hoạt động",
    numberColumn: "Số lượng",
  },
  {
    teams: (p) => `In ${p.year}, the ${p.clubs} VIE070 clubs had ${p.teams.join(" and ")}.`,
    care: (withCare, helped) =>
      `${withCare} of the clubs had a home-care volunteer team; these teams helped ${helped} people in hardship, with a disability, frail, ill or living alone.`,
    careShare: (withCare) => `${withCare} of the clubs had a home-care volunteer team.`,
    helped: (helped) => `Home-care volunteer teams helped ${helped} people in hardship, with a disability, frail, ill or living alone.`,
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
  // The clubs and their teams as reported together, in one period; home care is told when known.
  const [clubs, sport, art] = latestTogether(
    data,
    ["vie070_clubs", "vie070_sport_teams", "vie070_art_teams"].map((indicator) => ({ indicator, area })),
  ) as [Observation, Observation, Observation];
  const helped = data.at({ indicator: "vie070_homecare_people_helped", area, period: clubs.period });
  const withCare = data.at({ indicator: "vie070_homecare_clubs_share", area, period: clubs.period });
  const teams = [sport, art];
  const rows = teams.map((o) => ({ o, name: pick(data.indicator(o.indicator), "name", lang), label: figureText(data, o, lang) }));
  const year = formatPeriod(clubs.period, lang);
  const m = M[lang];
  const care =
    withCare && helped
      ? m.care(figureText(data, withCare, lang, true), figureText(data, helped, lang))
      : withCare
        ? m.careShare(figureText(data, withCare, lang, true))
        : helped
          ? m.helped(figureText(data, helped, lang))
          : null;
  const summary = [
    m.teams({ year, clubs: figureText(data, clubs, lang), teams: rows.map((r) => `${r.label} ${r.name.toLowerCase()}`) }),
    care,
  ]
    .filter((s): s is string => s !== null)
    .join(" ");
  const extra = [withCare, helped].filter((o): o is Observation => o !== null);
  return {
    subtitle: m.subtitle(figureText(data, clubs, lang, true), year),
    unit: m.unit,
    summary,
    notes: helped ? [m.helpedNote(figureText(data, helped, lang))] : [],
    sources: chartSources(
      data,
      [...teams, ...extra].map((o) => o.source),
    ),
    table: {
      columns: [
        { label: m.activityColumn, numeric: false },
        { label: m.numberColumn, numeric: true },
      ],
      rows: [
        ...rows.map((r) => [r.name, r.label]),
        ...extra.map((o) => [pick(data.indicator(o.indicator), "name", lang), figureText(data, o, lang)]),
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
