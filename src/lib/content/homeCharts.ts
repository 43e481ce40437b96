import { chartView, type ChartView } from "../charts/chartView.ts";
import { chartFor, type ChartId } from "../charts/registry.ts";
import type { SiteData } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";

export interface ChartSection {
  readonly id: string;
  readonly heading: string;
  readonly charts: readonly ChartView[];
}

/** Each section's heading, by section id. */
const HEADINGS = defineMessages(
  {
    allowance: "Người cao tuổi và trợ cấp xã hội",
    clubs: "Câu lạc bộ Liên thế hệ tự giúp nhau",
    districts: "Các huyện, thành phố",
    vietnam: "Bối cảnh cả nước",
  },
  {
    allowance: "Older people and the social allowance",
    clubs: "Intergenerational Self-Help Clubs",
    districts: "Districts and cities",
    vietnam: "The national picture",
  },
);

const SECTIONS: readonly { id: keyof (typeof HEADINGS)["vi"]; charts: readonly ChartId[] }[] = [
  { id: "allowance", charts: ["elderly-allowance", "allowance-base-level", "allowance-coefficients"] },
  { id: "clubs", charts: ["club-plan", "club-members", "club-activities"] },
  { id: "districts", charts: ["district-population", "district-communes"] },
  { id: "vietnam", charts: ["vietnam-ageing"] },
];

/** The ids of the charts the home page shows, in its order. */
export const HOME_CHART_IDS: readonly ChartId[] = SECTIONS.flatMap((s) => s.charts);

/** The home page's charts, grouped into the sections of the story. */
export function homeCharts(data: SiteData, lang: Lang): readonly ChartSection[] {
  return SECTIONS.map((s) => ({
    id: s.id,
    heading: HEADINGS[lang][s.id],
    charts: s.charts.map((id) => chartView(chartFor(id, { data, lang }))),
  }));
}
