import { formatPeriod } from "../format/formatPeriod.ts";
import { pick } from "../i18n/lang.ts";
import { NO_DATA } from "../i18n/noData.ts";
import { barList } from "./barList.ts";
import type { ChartModule } from "./Chart.ts";
import { chartSources } from "./chartSources.ts";
import { figureText, t } from "./format.ts";
import { COLOR } from "./theme.ts";

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
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  // English names that start with a proper noun ("Youth Union …") keep their capital; "Older people" does not.
  const inSentence = (name: string) => (lang === "en" && /^\S+ [A-Z]/.test(name) ? name : lower(name));
  const list = rows.map((r) => t(lang, `${r.label} là ${inSentence(r.name)}`, `${r.label} ${inSentence(r.name)}`)).join(", ");
  const summary = t(
    lang,
    `Năm ${formatPeriod(members.period, lang)}, các câu lạc bộ VIE070 có ${figureText(data, members, lang)} hội viên: ${list}. Người già và người trẻ cùng sinh hoạt trong một câu lạc bộ.`,
    `In ${formatPeriod(members.period, lang)}, the VIE070 clubs had ${figureText(data, members, lang)} members — ${list}. Old and young belong to the same club.`,
  );
  return {
    subtitle: t(
      lang,
      `${figureText(data, members, lang, true)} hội viên, % theo nhóm`,
      `${figureText(data, members, lang, true)} members, % by group`,
    ),
    unit: "%",
    summary,
    notes: [],
    sources: chartSources(data, [members.source, ...parts.map((o) => o.source)]),
    table: {
      columns: [
        { label: t(lang, "Nhóm", "Group"), numeric: false },
        { label: t(lang, "Tỷ lệ", "Share"), numeric: true },
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
