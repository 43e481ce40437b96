import { LANGS, type Lang } from "../i18n/lang.ts";
import { pageUrl } from "../i18n/paths.ts";
import { absoluteUrl } from "./siteUrl.ts";

/** Language-neutral path of a page in each language it exists in ("stories/x/"; "" for home). */
export type Alternates = Partial<Record<Lang, string>>;

export interface AlternateLink {
  /** "vi", "en" or "x-default" (the version for readers whose language is neither). */
  readonly hreflang: string;
  readonly href: string;
}

export interface PageAlternates {
  /** The page's own absolute URL. */
  readonly canonical: string;
  /** One link per language the page exists in (itself included, as search engines ask), then x-default. */
  readonly links: readonly AlternateLink[];
  /** Site-internal URL (with the base) of the page in each language it exists in. */
  readonly internal: Partial<Record<Lang, string>>;
}

/**
 * Canonical and hreflang URLs of a page in `lang`. `alternates` lists the page's path in each
 * language it exists in; when it is not given, the page exists under the same `path` in both,
 * as every page but a story does. The page's own language always counts, from `path`.
 */
export function pageAlternates(origin: string, base: string, lang: Lang, path: string, alternates?: Alternates): PageAlternates {
  const paths: Alternates = alternates ? { ...alternates, [lang]: path } : Object.fromEntries(LANGS.map((l) => [l, path]));
  const internal: Partial<Record<Lang, string>> = {};
  for (const l of LANGS) {
    const p = paths[l];
    if (p !== undefined) internal[l] = pageUrl(base, l, p);
  }
  const present = LANGS.filter((l) => internal[l] !== undefined);
  const links: AlternateLink[] = [
    ...present.map((l) => ({ hreflang: l, href: absoluteUrl(origin, internal[l]!) })),
    // Vietnamese is the site's first language, so it is the default for everyone else when it exists.
    { hreflang: "x-default", href: absoluteUrl(origin, internal[present[0]!]!) },
  ];
  return { canonical: absoluteUrl(origin, internal[lang]!), links, internal };
}
