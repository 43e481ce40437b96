/*
 * The embed page's layout, in CSS pixels, in one place: the page's stylesheet is written from
 * these figures (`embedCss`), and the height the embed code gives its iframe is computed from
 * the same figures (`embedHeight`), so the two cannot drift apart.
 */
export const EMBED_LAYOUT = {
  /** Around the figure, on every side. */
  padding: 12,
  /** The figure's column is at most this wide (the wide drawing's own width): wider frames add margin, not height. */
  maxWidth: 640,
  text: { fontSize: 16, lineHeight: 24 },
  title: { fontSize: 20, lineHeight: 26 },
  /** Space under each block. */
  gap: 8,
  legend: { rowGap: 4, columnGap: 16, swatch: 16, swatchGap: 6 },
  notesIndent: 20,
  drawing: {
    /** Frames at least this wide show the wide drawing (the site's own switch). */
    breakpoint: 600,
    /** The phone drawing at most at its own size (its type at 14 px), the wide one likewise; a map may grow a little. */
    narrowMax: 328,
    wideMax: 640,
    singleMax: 416,
  },
} as const;

/** The oEmbed and embed-code width: the figure's column with its padding. */
export const EMBED_WIDTH = EMBED_LAYOUT.maxWidth + 2 * EMBED_LAYOUT.padding;

/** The frame widths the embed code's height must fit, without any script. */
export const EMBED_WIDTHS = { min: 320, max: 1280 } as const;

/** The embed page's own rules (the colours come from the site's variables, see `themeCss`). */
export function embedCss(): string {
  const L = EMBED_LAYOUT;
  const D = L.drawing;
  const g = L.legend;
  return [
    `*,*::before,*::after{box-sizing:border-box}`,
    `html{-webkit-text-size-adjust:100%;text-size-adjust:100%}`,
    `body{margin:0;padding:${L.padding}px;background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;font-size:${L.text.fontSize}px;line-height:${L.text.lineHeight}px;overflow-wrap:break-word}`,
    `main{max-width:${L.maxWidth}px}`,
    `figure{margin:0}`,
    `h1,p,ul{margin:0 0 ${L.gap}px}`,
    `h1{font-size:${L.title.fontSize}px;line-height:${L.title.lineHeight}px;margin-bottom:${L.gap / 2}px}`,
    `a{color:var(--link);text-underline-offset:.15em}`,
    `a:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}`,
    `.chart-subtitle,.chart-notes,.chart-source{color:var(--muted)}`,
    `.chart-legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:${g.rowGap}px ${g.columnGap}px}`,
    `.chart-legend li{display:flex;align-items:center;gap:${g.swatchGap}px}`,
    `.swatch{flex:none;width:${g.swatch}px;height:${g.swatch}px;border:1.5px solid var(--fg);background:var(--swatch)}`,
    `.swatch-circle{border-radius:50%}.swatch-outline{background:none;border:3px solid var(--swatch)}`,
    `.swatch-hatch{background:repeating-linear-gradient(45deg,var(--chart-muted) 0 2px,transparent 2px 5px)}`,
    `.chart-svg{margin-bottom:${L.gap}px}`,
    `.chart-svg svg{display:block;width:100%;height:auto;overflow:visible}`,
    `.chart-narrow svg{max-width:${D.narrowMax}px}.chart-wide svg{max-width:${D.wideMax}px}.chart-single svg{max-width:${D.singleMax}px}`,
    `.chart-wide{display:none}`,
    `@media (min-width:${D.breakpoint}px){.chart-narrow{display:none}.chart-wide{display:block}}`,
    `.chart-notes{padding-left:${L.notesIndent}px}`,
    `.chart-back{margin:0}`,
    `.caveat{color:var(--caveat)}`,
    `.chart-mark{cursor:pointer;outline:none}.chart-mark:focus-visible{stroke:var(--focus);stroke-width:3px}`,
    `.chart-tooltip{position:absolute;z-index:2;max-width:18rem;padding:.4rem .6rem;border-radius:4px;background:var(--fg);color:var(--bg);font-size:16px;pointer-events:none}`,
  ].join("\n");
}
