/**
 * Planar polygon arithmetic in local metres: area, centroid, half-plane clipping.
 *
 * Hand-written because turf measures on the sphere and clips through polyclip, which is
 * exact but far too slow to run inside the radius-fitting loop (thousands of clips per
 * iteration, polyclip computes in arbitrary precision); here a clip is a few
 * multiplications. turf (polyclip) still makes the final shapes where gaps are filled.
 */
import type { XY } from './projection';

/** An open ring (first vertex not repeated), counter-clockwise for a positive area. */
export type Ring = XY[];

/** Polygons, each an outer ring then its holes. */
export type Polygons = Ring[][];

/** The half-plane a·p ≤ b. */
export interface HalfPlane {
  a: XY;
  b: number;
}

/** Shoelace area: positive for a counter-clockwise ring. */
export function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % n]!;
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s / 2;
}

/** Area of a polygon (outer ring minus holes), whatever the rings' orientation. */
export function polygonArea(p: Ring[]): number {
  return p.reduce((s, r, k) => s + (k === 0 ? 1 : -1) * Math.abs(signedArea(r)), 0);
}

/** Sutherland–Hodgman: the part of a convex ring inside the half-plane. */
export function clipRing(ring: Ring, { a, b }: HalfPlane): Ring {
  const out: Ring = [];
  const n = ring.length;
  if (n === 0) return out;
  let prev = ring[n - 1]!;
  let prevSide = a[0] * prev[0] + a[1] * prev[1] - b;
  for (let i = 0; i < n; i++) {
    const cur = ring[i]!;
    const side = a[0] * cur[0] + a[1] * cur[1] - b;
    if (side <= 0) {
      if (prevSide > 0) out.push(crossing(prev, cur, prevSide, side));
      out.push(cur);
    } else if (prevSide <= 0) {
      out.push(crossing(prev, cur, prevSide, side));
    }
    prev = cur;
    prevSide = side;
  }
  return out;
}

function crossing(p: XY, q: XY, sp: number, sq: number): XY {
  const t = sp / (sp - sq);
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boxOf(ring: Ring): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

export function boxRing({ minX, minY, maxX, maxY }: Box): Ring {
  return [
    [minX, minY],
    [maxX, minY],
    [maxX, maxY],
    [minX, maxY],
  ];
}

export function boxesOverlap(p: Box, q: Box): boolean {
  return p.minX <= q.maxX && q.minX <= p.maxX && p.minY <= q.maxY && q.minY <= p.maxY;
}

/** Even–odd point-in-ring test. */
export function pointInRing([x, y]: XY, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const p = ring[i]!;
    const q = ring[j]!;
    if (p[1] > y !== q[1] > y && x < p[0] + ((y - p[1]) * (q[0] - p[0])) / (q[1] - p[1])) inside = !inside;
  }
  return inside;
}

/**
 * Sutherland–Hodgman on a convex ring whose edges carry labels (labels[k] is the edge
 * k → k+1); the edge the half-plane adds gets `label`.
 */
export function clipLabelled(ring: Ring, labels: number[], { a, b }: HalfPlane, label: number): { ring: Ring; labels: number[] } {
  const out: Ring = [];
  const outLabels: number[] = [];
  const n = ring.length;
  if (n === 0) return { ring: out, labels: outLabels };
  let prev = n - 1;
  let prevSide = a[0] * ring[prev]![0] + a[1] * ring[prev]![1] - b;
  for (let k = 0; k < n; k++) {
    const cur = ring[k]!;
    const side = a[0] * cur[0] + a[1] * cur[1] - b;
    if (side <= 0) {
      if (prevSide > 0) {
        out.push(crossing(ring[prev]!, cur, prevSide, side));
        outLabels.push(labels[prev]!);
      }
      out.push(cur);
      outLabels.push(labels[k]!);
    } else if (prevSide <= 0) {
      out.push(crossing(ring[prev]!, cur, prevSide, side));
      outLabels.push(label);
    }
    prev = k;
    prevSide = side;
  }
  // An edge already lying on the line (its ends within a micrometre of it) is the line's too.
  const tolerance = 1e-6 * Math.hypot(a[0], a[1]);
  const on = out.map((p) => Math.abs(a[0] * p[0] + a[1] * p[1] - b) <= tolerance);
  for (let k = 0; k < out.length; k++) if (on[k] && on[(k + 1) % out.length]) outLabels[k] = label;
  return { ring: out, labels: outLabels };
}
