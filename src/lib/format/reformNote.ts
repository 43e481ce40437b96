import type { SiteData } from "../data/SiteData.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";

interface Reform {
  readonly province: string;
  readonly ended: string;
  readonly districts: number;
}

const M = defineMessages(
  {
    reformNote: ({ province, ended, districts }: Reform) =>
      `Từ ngày ${ended}, tỉnh ${province} hợp nhất vào tỉnh Phú Thọ và cấp huyện không còn. Số liệu trên trang này mô tả tỉnh ${province} cũ và ${districts} huyện, thành phố của tỉnh trước ngày đó.`,
  },
  {
    reformNote: ({ province, ended, districts }) =>
      `On ${ended} ${province} province was merged into Phú Thọ and district-level units were abolished. The figures here describe the former ${province} and its ${districts} districts and cities as they were before that date.`,
  },
);

/** The 2025 reform sentence, with the province, its end date and district count read from areas.csv, not typed in. */
export function reformNote(data: SiteData, lang: Lang): string {
  const province = data.province;
  if (!province.ended) return "";
  return M[lang].reformNote({
    province: pick(province, "name", lang),
    ended: formatPeriod(province.ended, lang),
    districts: data.districts.length,
  });
}
