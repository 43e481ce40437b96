import type { Chart } from "../charts/Chart.ts";
import type { SiteData } from "../data/SiteData.ts";
import { unitTitle } from "../format/unitName.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import { locatorMap } from "../maps/locatorMap.ts";
import { CARD, ogImagePath, type CardSubject } from "./downloadUrls.ts";
import { embedDrawing } from "./embedDrawing.ts";
import { FONT_STACK } from "./embedFont.ts";
import { figureById } from "./figureById.ts";
import { boundaryAttribution, drawsBoundaries, sourceLine } from "./figureCredits.ts";
import { resolveThemeColours, themeColour } from "./lightTheme.ts";
import { figureDrawing } from "./standaloneSvg.ts";
import { round, textBlock, xmlEscape } from "./svgTextBlock.ts";

/** What a card says and draws, before layout. */
interface CardContent {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly drawing: Chart;
}

/** A social card: the SVG to render at 1200×630, its site path, and the text alternative for og:image:alt. */
export interface SocialCard {
  readonly path: string;
  readonly alt: string;
  readonly svg: string;
}

const M = 48;
const BAND = 64;
const COLUMN = 520;

/** The home page and district pages show the locator (a district's highlighted); a figure's card, the figure. */
function content(data: SiteData, lang: Lang, subject: CardSubject): CardContent {
  if (subject === "home") return { lang, title: UI[lang].homeTitle, subtitle: UI[lang].siteTagline, drawing: locatorMap(data, lang) };
  if ("district" in subject) {
    const area = data.districts.find((d) => d.slug === subject.district);
    if (!area) throw new Error(`no social card for district "${subject.district}": data/ has no district with that slug`);
    return { lang, title: unitTitle(area, lang), subtitle: UI[lang].siteTagline, drawing: locatorMap(data, lang, area.code) };
  }
  const chart = figureById(data, lang, subject.figure);
  if (!chart) throw new Error(`no social card for figure "${subject.figure}": the site draws no chart or map with that id`);
  return { lang, title: chart.title, subtitle: chart.subtitle, drawing: chart };
}

/** The alt text of a card: what it says, and which drawing it shows when that is not its title. */
function altText(c: CardContent): string {
  return c.title === c.drawing.title ? `${c.title}. ${c.drawing.subtitle}` : `${c.title}. ${c.drawing.title}.`;
}

/**
 * Lays a card out: the site's name on a band, the title and subtitle in the left column, the
 * source line (with the boundaries' attribution on a map) at its foot, and the drawing scaled
 * to fit the right-hand side — the same drawing and fonts as the downloads.
 */
function cardSvg(data: SiteData, c: CardContent): string {
  const fg = themeColour("--fg");
  const muted = themeColour("--muted");
  const title = textBlock(c.title, M, BAND + 36, COLUMN, { size: 44, weight: 700, fill: fg, leading: 1.18, maxLines: 4 });
  const subtitle = textBlock(c.subtitle, M, BAND + 36 + title.height + 16, COLUMN, { size: 24, fill: muted, maxLines: 3 });
  // The boundaries' attribution (their licence asks for it) is never cut short; the source line may be.
  const small = { size: 16, fill: muted } as const;
  const footer = (text: string, bottom: number, maxLines: number) => {
    const top = bottom - textBlock(text, M, 0, COLUMN, { ...small, maxLines }).height;
    return { top, svg: textBlock(text, M, top, COLUMN, { ...small, maxLines }).svg };
  };
  const attribution = drawsBoundaries(c.drawing)
    ? footer(boundaryAttribution(c.lang), CARD.height - M + 8, 2)
    : { top: CARD.height - M + 8, svg: "" };
  const source = footer(sourceLine(c.drawing, c.lang), attribution.top - (attribution.svg ? 4 : 0), 4);
  const drawing = embedDrawing(figureDrawing(data, c.drawing));
  const area = { x: M + COLUMN + M, y: BAND + 24, width: CARD.width - (M + COLUMN + M) - M, height: CARD.height - BAND - 24 - M };
  const scale = Math.min(area.width / drawing.width, area.height / drawing.height, 1.75);
  const dx = area.x + (area.width - drawing.width * scale) / 2;
  const dy = area.y + (area.height - drawing.height * scale) / 2;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${c.lang}" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${FONT_STACK}">` +
    `<title>${xmlEscape(altText(c))}</title>` +
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${themeColour("--bg")}"/>` +
    `<rect width="${CARD.width}" height="${BAND}" fill="${themeColour("--accent")}"/>` +
    textBlock(UI[c.lang].siteName, M, (BAND - 26 * 1.25) / 2, CARD.width - 2 * M, {
      size: 26,
      weight: 700,
      fill: themeColour("--accent-fg"),
      maxLines: 1,
    }).svg +
    title.svg +
    subtitle.svg +
    source.svg +
    attribution.svg +
    drawing.group(`translate(${round(dx)},${round(dy)}) scale(${round(scale * 1000) / 1000})`) +
    `</svg>\n`;
  return resolveThemeColours(svg);
}

/** The card's site path and alt text, for a page's Open Graph tags (Base.astro's `image`). */
export function cardImage(data: SiteData, lang: Lang, subject: CardSubject): { path: string; alt: string } {
  return { path: ogImagePath(subject, lang), alt: altText(content(data, lang, subject)) };
}

/** A card, laid out and ready to render to PNG at 1× (CARD's size). */
export function socialCard(data: SiteData, lang: Lang, subject: CardSubject): SocialCard {
  const c = content(data, lang, subject);
  return { path: ogImagePath(subject, lang), alt: altText(c), svg: cardSvg(data, c) };
}
