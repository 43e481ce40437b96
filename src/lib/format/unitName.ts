import type { Area } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";

/** The kind of unit as it is written beside a name in running text, in lower case. */
const KIND = defineMessages(
  {
    kind: {
      "quốc gia": "",
      tỉnh: "tỉnh",
      "thành phố": "thành phố",
      "thị xã": "thị xã",
      huyện: "huyện",
    } satisfies Record<Area["kind"], string>,
  },
  {
    kind: { "quốc gia": "", tỉnh: "province", "thành phố": "city", "thị xã": "town", huyện: "district" },
  },
);

/**
 * A unit named with its kind, as a native writer puts it: the kind comes first in Vietnamese
 * ("huyện Tam Đảo", "thành phố Vĩnh Yên") and after the name in English ("Tam Đảo district",
 * "Vĩnh Yên city"), never "District Tam Đảo". A country is named alone.
 */
export function unitName(area: Pick<Area, "kind" | "name_vi" | "name_en">, lang: Lang): string {
  const name = pick(area, "name", lang);
  const kind = KIND[lang].kind[area.kind];
  if (!kind) return name;
  return lang === "vi" ? `${kind} ${name}` : `${name} ${kind}`;
}

/** The same, starting with a capital, for a title or the start of a sentence: "Huyện Tam Đảo". */
export function unitTitle(area: Pick<Area, "kind" | "name_vi" | "name_en">, lang: Lang): string {
  const text = unitName(area, lang);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
