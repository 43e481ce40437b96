import { LANGS, type Lang } from "./lang.ts";

/**
 * Static paths for a route written once for both languages, under `src/pages/[...lang]/`:
 * Vietnamese at the root (no prefix), English under `en/`.
 */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: lang === "vi" ? undefined : lang }, props: { lang } }));
}
