import type { SiteData } from "../data/SiteData.ts";
import { formatPeriod } from "../format/formatPeriod.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pickDescribed } from "../i18n/pickDescribed.ts";
import { UI } from "../i18n/ui.ts";

interface Citation {
  readonly site: string;
  readonly title: string;
  readonly version: string;
  /** The day the site was built, which is the day a reader retrieves it. */
  readonly updated: string;
  readonly licence: string;
  readonly url: string;
}

const M = defineMessages(
  {
    citation: (c: Citation) => `${c.site}. “${c.title}”, phiên bản ${c.version}, cập nhật ${c.updated}. ${c.licence}. ${c.url}`,
  },
  {
    citation: (c) => `${c.site}. “${c.title}”, version ${c.version}, updated ${c.updated}. ${c.licence}. ${c.url}`,
  },
);

/** How to cite the dataset: title, version, licence, address and the day it was retrieved. */
export function citation(data: SiteData, lang: Lang, siteUrl: string, built: string): string {
  return M[lang].citation({
    site: UI[lang].siteName,
    title: pickDescribed(data.descriptor, "title", lang),
    version: data.version,
    updated: formatPeriod(built, lang),
    licence: data.descriptor.licenses?.[0]?.name ?? "",
    url: siteUrl,
  });
}
