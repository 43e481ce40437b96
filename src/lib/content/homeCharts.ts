import { chartView, type ChartView } from "../charts/chartView.ts";
import { chartFor, type ChartId } from "../charts/registry.ts";
import type { SiteData } from "../data/SiteData.ts";
import type { Lang } from "../i18n/lang.ts";

export interface ChartSection {
  readonly id: string;
  readonly heading: string;
  readonly charts: readonly ChartView[];
}

const SECTIONS: readonly { id: string; vi: string; en: string; charts: readonly ChartId[] }[] = [
  {
    id: "allowance",
    vi: "Người cao tuổi và trợ cấp xã hội",
    en: "Older people and the social allowance",
    charts: ["elderly-allowance", "allowance-base-level", "allowance-coefficients"],
  },
  {
    id: "clubs",
    vi: "Câu lạc bộ Liên thế hệ tự giúp nhau",
    en: "Intergenerational Self-Help Clubs",
    charts: ["club-plan", "club-members", "club-activities"],
  },
  { id: "districts", vi: "Các huyện, thành phố", en: "Districts and cities", charts: ["district-population", "district-communes"] },
  { id: "vietnam", vi: "Bối cảnh cả nước", en: "The national picture", charts: ["vietnam-ageing"] },
];

/** The home page's charts, grouped into the sections of the story. */
export function homeCharts(data: SiteData, lang: Lang): readonly ChartSection[] {
  return SECTIONS.map((s) => ({
    id: s.id,
    heading: lang === "vi" ? s.vi : s.en,
    charts: s.charts.map((id) => chartView(chartFor(id, { data, lang }))),
  }));
}
