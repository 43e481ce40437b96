import polylabel from "polylabel";
import type { Point } from "./mapFrame.ts";

/** A label's box in pixels. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A shape to label: its polygons in pixels (exterior ring first) and its label's lines. */
export interface LabelInput {
  readonly polygons: readonly (readonly (readonly Point[])[])[];
  /**
   * The label's lines. A name of several words may also be set one word a line (`stackable`) when
   * that fits inside the shape and the single line does not.
   */
  readonly lines: readonly string[];
  readonly stackable?: boolean;
}

export interface LabelPlacement {
  /** The lines as placed: the input's, or one word a line. */
  readonly lines: readonly string[];
  /** Centre of the text block. */
  readonly x: number;
  readonly y: number;
  readonly box: Box;
  /** The shape's pole of inaccessibility: where its circle goes, and where a leader line starts. */
  readonly pole: Point;
  /** Set when the name does not fit inside its shape: a line from the pole to the label's edge. */
  readonly leader: { readonly from: Point; readonly to: Point } | null;
  /** False only when no clear place was found (the label then sits on its pole regardless). */
  readonly clear: boolean;
}

export interface LabelOptions {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** Line height in ems. */
  readonly lineHeight?: number;
  /** Boxes labels must keep off, such as the seats' dots. */
  readonly obstacles?: readonly Box[];
}

/** The charts' glyph estimate (barList): about 0.66 em a character, generous for normal weight. */
export const GLYPH_EM = 0.66;
/** Clear space around a label, so text never touches a border. */
const PAD = 1.5;

export function labelSize(lines: readonly string[], fontSize: number, lineHeight = 1.15): { w: number; h: number } {
  const chars = Math.max(...lines.map((l) => [...l].length));
  return { w: chars * fontSize * GLYPH_EM + 2 * PAD, h: lines.length * fontSize * lineHeight + 2 * PAD };
}

const boxAt = (x: number, y: number, w: number, h: number): Box => ({ x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 });

export const boxesOverlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

type Segment = readonly [number, number, number, number];

function segmentsOf(polygons: LabelInput["polygons"]): Segment[] {
  return polygons.flatMap((rings) => rings.flatMap((ring) => ring.slice(1).map((p, i) => [ring[i]![0], ring[i]![1], p[0], p[1]] as const)));
}

/** Does the segment touch the box? Liang–Barsky clipping, exact for axis-aligned boxes. */
export function segmentHitsBox([ax, ay, bx, by]: Segment, b: Box): boolean {
  if (Math.max(ax, bx) < b.x0 || Math.min(ax, bx) > b.x1 || Math.max(ay, by) < b.y0 || Math.min(ay, by) > b.y1) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  for (const [p, q] of [
    [-dx, ax - b.x0],
    [dx, b.x1 - ax],
    [-dy, ay - b.y0],
    [dy, b.y1 - ay],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function inRing(x: number, y: number, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export const inPolygons = (x: number, y: number, polygons: LabelInput["polygons"]): boolean =>
  polygons.some(([outer, ...holes]) => inRing(x, y, outer!) && !holes.some((h) => inRing(x, y, h)));

const ringArea = (ring: readonly Point[]) =>
  Math.abs(ring.reduce((sum, [x, y], i) => sum + x * ring[(i + 1) % ring.length]![1] - ring[(i + 1) % ring.length]![0] * y, 0) / 2);

/** The pole of inaccessibility of the largest polygon: the inside point farthest from any border. */
function poleOf(polygons: LabelInput["polygons"]): Point {
  const largest = [...polygons].sort((a, b) => ringArea(b[0]!) - ringArea(a[0]!))[0]!;
  const [x, y] = polylabel(
    largest.map((r) => r.map((p) => [p[0], p[1]] as [number, number])),
    0.5,
  );
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** The point of the box's edge nearest to p: where a leader line meets its label. */
function nearestOnBox(p: Point, b: Box): Point {
  return [Math.min(Math.max(p[0], b.x0), b.x1), Math.min(Math.max(p[1], b.y0), b.y1)];
}

/**
 * Places one label per shape, in pixel space, so that no label overlaps another, an obstacle, or
 * any border: first inside its own shape, at the pole of inaccessibility or the nearest point to it
 * where the whole box fits; failing that (a small district), in the nearest clear space outside every
 * shape (never in a district it does not name),
 * with a leader line from the pole that crosses no other label. Deterministic: same input, same
 * layout. Boxes use the charts' width estimate (0.66 em a character) plus a little padding.
 */
export function placeLabels(shapes: readonly LabelInput[], options: LabelOptions): LabelPlacement[] {
  const { width, height, fontSize, lineHeight = 1.15 } = options;
  const borders = shapes.flatMap((s) => segmentsOf(s.polygons));
  const obstacles = options.obstacles ?? [];
  const taken: Box[] = [];
  const inFrame = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;
  const clearOf = (b: Box) =>
    inFrame(b) && ![...taken, ...obstacles].some((t) => boxesOverlap(b, t)) && !borders.some((s) => segmentHitsBox(s, b));
  const poles = shapes.map((s) => poleOf(s.polygons));
  // Each shape's label forms, preferred first; outside its shape a label always takes the first.
  const forms = shapes.map((s) => {
    const stacked = s.lines.flatMap((l) => l.split(" "));
    return s.stackable && stacked.length > s.lines.length ? [s.lines, stacked] : [s.lines];
  });
  const result: (LabelPlacement | null)[] = shapes.map(() => null);

  // Inside: candidates on a 2 px grid over the shape, nearest the pole first.
  shapes.forEach((s, i) => {
    const [px, py] = poles[i]!;
    const xs = s.polygons.flatMap((rings) => rings[0]!.map((p) => p[0]));
    const ys = s.polygons.flatMap((rings) => rings[0]!.map((p) => p[1]));
    const candidates: Point[] = [];
    for (let x = Math.min(...xs); x <= Math.max(...xs); x += 2) {
      for (let y = Math.min(...ys); y <= Math.max(...ys); y += 2) candidates.push([x, y]);
    }
    candidates.sort((a, b) => Math.hypot(a[0] - px, a[1] - py) - Math.hypot(b[0] - px, b[1] - py) || a[1] - b[1] || a[0] - b[0]);
    const inside = [[px, py] as Point, ...candidates].filter(([x, y]) => inPolygons(x, y, s.polygons));
    for (const lines of forms[i]!) {
      const { w, h } = labelSize(lines, fontSize, lineHeight);
      for (const [x, y] of inside) {
        const box = boxAt(x, y, w, h);
        if (clearOf(box)) {
          taken.push(box);
          result[i] = { lines, x, y, box, pole: poles[i]!, leader: null, clear: true };
          return;
        }
      }
    }
  });

  // Outside: rings of candidates around the pole, nearest first; the leader must cross no label.
  shapes.forEach((_, i) => {
    if (result[i]) return;
    const pole = poles[i]!;
    const lines = forms[i]![0]!;
    const { w, h } = labelSize(lines, fontSize, lineHeight);
    for (let r = 8; r <= Math.max(width, height); r += 3) {
      for (let k = 0; k < 24; k++) {
        const angle = (k * Math.PI) / 12;
        const x = pole[0] + r * Math.cos(angle);
        const y = pole[1] + r * Math.sin(angle);
        const box = boxAt(x, y, w, h);
        // Outside every shape, so no label sits in a district it does not name.
        if (!clearOf(box) || shapes.some((o) => inPolygons(x, y, o.polygons))) continue;
        const to = nearestOnBox(pole, box);
        const leader = [pole[0], pole[1], to[0], to[1]] as const;
        // Against labels only: the leader may start on its own seat's dot.
        if (taken.some((t) => segmentHitsBox(leader, t))) continue;
        taken.push(box);
        result[i] = { lines, x, y, box, pole, leader: { from: pole, to }, clear: true };
        return;
      }
    }
    const box = boxAt(pole[0], pole[1], w, h);
    result[i] = { lines, x: pole[0], y: pole[1], box, pole, leader: null, clear: false };
  });
  return result as LabelPlacement[];
}
