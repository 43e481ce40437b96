/*
 * Chart colours are CSS custom properties, set in src/styles/global.css for the light and the dark
 * theme, so one SVG serves both and print. Each passes 3:1 against both page backgrounds, and the
 * two series colours (teal, orange) stay apart for the common forms of colour blindness.
 */
export const COLOR = {
  primary: "var(--chart-1)",
  secondary: "var(--chart-2)",
  highlight: "var(--chart-highlight)",
  muted: "var(--chart-muted)",
  text: "currentColor",
} as const;

/**
 * The widths every chart is drawn at: a phone layout and a wide one, swapped by CSS at 600 px.
 * 328 is the text column of a 360 px phone, so there the drawing is shown at its own size.
 */
export const WIDTHS = { narrow: 328, wide: 640 } as const;

/** Type size in SVG units: 14 px on a 360 px phone, ≥ 12.4 px at the narrowest wide layout. */
export const FONT_SIZE = 14;

export const BASE_STYLE = { fontSize: `${FONT_SIZE}px`, fontFamily: "inherit", background: "transparent", overflow: "visible" } as const;
