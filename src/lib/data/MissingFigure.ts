/** The key of a figure a chart could not draw without. */
export interface MissingKey {
  readonly indicator: string;
  readonly area: string;
  readonly group?: string | null;
  readonly period?: string;
}

/**
 * Thrown by `SiteData.need` when data/ has no figure for a key. It is not a crash: the chart
 * registry catches it and shows the chart as "no data", naming the indicator and the area.
 */
export class MissingFigure extends Error {
  readonly key: MissingKey;

  constructor(key: MissingKey) {
    super(`no figure for ${JSON.stringify(key)}`);
    this.key = key;
    this.name = "MissingFigure";
  }
}

/** A series that a chart cannot draw empty: its rows, or MissingFigure naming the key. */
export function nonEmpty<T>(rows: readonly T[], key: MissingKey): readonly [T, ...T[]] {
  if (rows.length === 0) throw new MissingFigure(key);
  return rows as readonly [T, ...T[]];
}
