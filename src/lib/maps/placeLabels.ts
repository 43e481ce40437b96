/** Where a point's label goes, relative to the point, as Plot text options. */
export interface Placement {
  readonly textAnchor: "start" | "end" | "middle";
  readonly dx: number;
  readonly dy: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const CANDIDATES: readonly Placement[] = [
  { textAnchor: "start", dx: 9, dy: 0 },
  { textAnchor: "end", dx: -9, dy: 0 },
  { textAnchor: "middle", dx: 0, dy: -13 },
  { textAnchor: "middle", dx: 0, dy: 15 },
];

function box(x: number, y: number, text: string, p: Placement, fontSize: number): Box {
  const w = text.length * fontSize * 0.62;
  const left = p.textAnchor === "start" ? x + p.dx : p.textAnchor === "end" ? x + p.dx - w : x - w / 2;
  return { x0: left, y0: y + p.dy - fontSize * 0.6, x1: left + w, y1: y + p.dy + fontSize * 0.6 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement for a few points in pixel space: each label takes the first of right,
 * left, above, below that stays inside the frame and clear of the labels and dots placed before it.
 * Good enough for the seven seats of a province; falls back to the right when nothing fits.
 */
export function placeLabels(
  points: readonly { x: number; y: number; text: string }[],
  width: number,
  height: number,
  fontSize = 12,
): Placement[] {
  const placed: Box[] = points.map((p) => ({ x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 }));
  return points.map((point) => {
    const fits = CANDIDATES.find((c) => {
      const b = box(point.x, point.y, point.text, c, fontSize);
      const inside = b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
      return inside && !placed.some((other) => overlaps(b, other));
    });
    const chosen = fits ?? CANDIDATES[0]!;
    placed.push(box(point.x, point.y, point.text, chosen, fontSize));
    return chosen;
  });
}
