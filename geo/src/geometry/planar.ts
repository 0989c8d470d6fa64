/**
 * Planar polygon arithmetic in local metres: area, centroid, half-plane clipping.
 *
 * Hand-written because turf measures on the sphere and clips through polyclip, which is
 * exact but far too slow to run inside the weight-fitting loop (thousands of clips per
 * iteration); here a clip is a few multiplications. turf (polyclip) still makes the
 * final shapes, once.
 */
import type { XY } from './projection';

/** An open ring (first vertex not repeated), counter-clockwise for a positive area. */
export type Ring = XY[];

/** The half-plane a·p ≤ b. */
export interface HalfPlane {
  a: XY;
  b: number;
}

export function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % n]!;
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s / 2;
}

/** Area and centroid together (the centroid of an empty ring is NaN). */
export function areaCentroid(ring: Ring): { area: number; centroid: XY } {
  let s = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % n]!;
    const cross = p[0] * q[1] - q[0] * p[1];
    s += cross;
    cx += (p[0] + q[0]) * cross;
    cy += (p[1] + q[1]) * cross;
  }
  return { area: s / 2, centroid: [cx / (3 * s), cy / (3 * s)] };
}

/**
 * Sutherland–Hodgman: the part of `ring` inside the half-plane. Exact for a convex ring;
 * for a non-convex one the result may hold zero-width bridges between its pieces, which
 * leave its area and centroid right (all this module uses it for).
 */
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

/** The half-planes whose intersection is a convex counter-clockwise ring. */
export function edgesOf(ring: Ring): HalfPlane[] {
  const planes: HalfPlane[] = [];
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % n]!;
    // Inside is to the left of p→q: the outward normal is (dy, -dx).
    const a: XY = [q[1] - p[1], p[0] - q[0]];
    if (a[0] === 0 && a[1] === 0) continue;
    planes.push({ a, b: a[0] * p[0] + a[1] * p[1] });
  }
  return planes;
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
