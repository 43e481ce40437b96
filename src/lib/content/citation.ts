import type { SiteData } from "../data/SiteData.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";

/** How to cite the dataset: title, version, licence, address and the day it was retrieved. */
export function citation(data: SiteData, lang: Lang, siteUrl: string, built: string): string {
  const title = lang === "vi" ? data.descriptor.titleVi : data.descriptor.title;
  const licence = data.descriptor.licenses?.[0]?.name ?? "";
  const version = lang === "vi" ? `phiên bản ${data.version}` : `version ${data.version}`;
  const date = lang === "vi" ? `cập nhật ${formatPeriod(built, lang)}` : `updated ${formatPeriod(built, lang)}`;
  return `${UI[lang].siteName}. “${title}”, ${version}, ${date}. ${licence}. ${siteUrl}`;
}
