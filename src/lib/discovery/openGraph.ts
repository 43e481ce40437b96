import { LANGS, type Lang } from "../i18n/lang.ts";

/** What a story page adds to its metadata: dates as YYYY-MM-DD, the author or desk, a section. */
export interface ArticleMeta {
  readonly published: string;
  readonly modified?: string;
  readonly author: string;
  readonly section?: string;
}

export interface OpenGraphInput {
  readonly lang: Lang;
  /** Languages the page exists in, its own included. */
  readonly languages: readonly Lang[];
  readonly title: string;
  readonly description: string;
  readonly url: string;
  readonly siteName: string;
  readonly article?: ArticleMeta;
  /** The page's social card. */
  readonly image?: OpenGraphImage;
}

/** A picture shown with a shared link: absolute URL, pixel size and a text alternative. */
export interface OpenGraphImage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** One `<meta property content>` pair. */
export interface MetaProperty {
  readonly property: string;
  readonly content: string;
}

/** Open Graph's locale form: language_TERRITORY. */
const OG_LOCALE: Record<Lang, string> = { vi: "vi_VN", en: "en_GB" };

/**
 * Open Graph properties of a page, in the order the protocol lists them: a link shared on a
 * social network or a chat app shows this title, description, address and, when given, image.
 */
export function openGraph(input: OpenGraphInput): MetaProperty[] {
  const meta: MetaProperty[] = [
    { property: "og:type", content: input.article ? "article" : "website" },
    { property: "og:title", content: input.title },
    { property: "og:description", content: input.description },
    { property: "og:url", content: input.url },
    { property: "og:site_name", content: input.siteName },
    { property: "og:locale", content: OG_LOCALE[input.lang] },
    ...LANGS.filter((l) => l !== input.lang && input.languages.includes(l)).map((l) => ({
      property: "og:locale:alternate",
      content: OG_LOCALE[l],
    })),
  ];
  const img = input.image;
  if (img) {
    meta.push(
      { property: "og:image", content: img.url },
      { property: "og:image:type", content: "image/png" },
      { property: "og:image:width", content: String(img.width) },
      { property: "og:image:height", content: String(img.height) },
      { property: "og:image:alt", content: img.alt },
    );
  }
  const a = input.article;
  if (a) {
    meta.push({ property: "article:published_time", content: a.published });
    if (a.modified !== undefined) meta.push({ property: "article:modified_time", content: a.modified });
    meta.push({ property: "article:author", content: a.author });
    if (a.section !== undefined) meta.push({ property: "article:section", content: a.section });
  }
  return meta;
}

/** One `<meta name content>` pair. */
export interface MetaName {
  readonly name: string;
  readonly content: string;
}

/**
 * Twitter's (X's) card: it reads og:title and og:description, but shows a large picture only when
 * asked for `summary_large_image`, and reads its image and alt text under its own names.
 */
export function twitterCard(image: OpenGraphImage): MetaName[] {
  return [
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:image", content: image.url },
    { name: "twitter:image:alt", content: image.alt },
  ];
}
