import { formatPeriod } from "../format/formatPeriod.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { figureText } from "./format.ts";
import { COLOR } from "./theme.ts";

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const M = defineMessages(
  {
    /** One group in the summary's list: its share, then its name inside the sentence. */
    member: (share: string, group: string) => `${share} là ${lower(group)}`,
    summary: (p: { year: string; members: string; list: readonly string[] }) =>
      `Năm ${p.year}, các câu lạc bộ VIE070 có ${p.members} hội viên: ${p.list.join(", ")}. Người cao tuổi và người trẻ cùng sinh hoạt trong một câu lạc bộ.`,
    subtitle: (members: string) => `${members} hội viên, % theo nhóm`,
    groupColumn: "Nhóm",
    shareColumn: "Tỷ lệ",
  },
  {
    // English names that start with a proper noun ("Youth Union …") keep their capital; "Older people" does not.
    member: (share, group) => `${share} ${/^\S+ [A-Z]/.test(group) ? group : lower(group)}`,
    summary: (p) =>
      `In ${p.year}, the VIE070 clubs had ${p.members} members — ${p.list.join(", ")}. Older and younger people belong to the same club.`,
    subtitle: (members) => `${members} members, % by group`,
    groupColumn: "Group",
    shareColumn: "Share",
  },
);

/** Who the VIE070 club members are, each group as a share of all members (bars out of 100%). */
export const clubMembers: ChartModule = ({ data, lang, title }) => {
  const area = data.province.code;
  const members = data.need({ indicator: "vie070_members", area });
  const parts = data.find({ indicator: "vie070_member_share", area, period: members.period }).filter((o) => o.group !== null);
  const rows = parts.map((o, i) => ({
    o,
    name: pick(data.group(o.group!), "name", lang),
    label: figureText(data, o, lang),
    color: i === 0 ? COLOR.primary : COLOR.secondary,
  }));
  const summary = M[lang].summary({
    year: formatPeriod(members.period, lang),
    members: figureText(data, members, lang),
    list: rows.map((r) => M[lang].member(r.label, r.name)),
  });
  return {
    subtitle: M[lang].subtitle(figureText(data, members, lang, true)),
    unit: "%",
    summary,
    notes: [],
    sources: chartSources(data, [members.source, ...parts.map((o) => o.source)]),
    table: {
      columns: [
        { label: M[lang].groupColumn, numeric: false },
        { label: M[lang].shareColumn, numeric: true },
      ],
      rows: rows.map((r) => [r.name, r.label]),
    },
    plot: (width) =>
      barList(
        rows.map((r) => ({ name: r.name, bars: [{ value: r.o.value, label: r.label, color: r.color, tip: `${r.name}: ${r.label}` }] })),
        { width, max: 100, ariaLabel: title, ariaDescription: summary, noData: NO_DATA[lang].short },
      ),
  };
};
