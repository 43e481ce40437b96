import type { SiteData } from "../data/SiteData.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";

/** The 2025 reform sentence, with its date and district count read from areas.csv, not typed in. */
export function reformNote(data: SiteData, lang: Lang): string {
  const province = data.province;
  if (!province.ended) return "";
  return UI[lang].reformNote.replace("{ended}", formatPeriod(province.ended, lang)).replace("{districts}", String(data.districts.length));
}
