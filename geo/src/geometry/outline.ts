/**
 * The boundary of the union of the disc cells, traced from the cells themselves: the arcs
 * (edges no other cell lies across) chained end to end. Each arc ends where two circles
 * cross, a point both discs carry as a vertex, so the chains close without a polygon
 * union (polyclip is slow here and fails on edges that meet end to end only to the last
 * bit). Outer boundaries come out counter-clockwise, holes clockwise.
 */
import type { DiscCell } from './discs';
import { pointInRing, signedArea, type Ring } from './planar';
import type { XY } from './projection';

/** Chain ends closer than this (m) are the same point (they differ by float rounding only). */
const JOIN = 1e-3;

export function boundaryRings(cells: readonly DiscCell[]): Ring[] {
  const edges: { a: XY; b: XY; used: boolean }[] = [];
  for (const { ring, across } of cells) {
    for (let k = 0; k < ring.length; k++) {
      const a = ring[k]!;
      const b = ring[(k + 1) % ring.length]!;
      // Clipping at a vertex that lies on the cutting line leaves a zero-length edge: skip it.
      if (across[k] === -1 && Math.hypot(b[0] - a[0], b[1] - a[1]) > JOIN) edges.push({ a, b, used: false });
    }
  }
  const bucket = (x: number) => Math.floor(x / JOIN);
  const starts = new Map<string, number[]>();
  edges.forEach((e, k) => {
    const key = `${bucket(e.a[0])},${bucket(e.a[1])}`;
    starts.set(key, [...(starts.get(key) ?? []), k]);
  });
  const next = (p: XY): number | undefined => {
    let best: number | undefined;
    let bestD = JOIN;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const k of starts.get(`${bucket(p[0]) + dx},${bucket(p[1]) + dy}`) ?? []) {
          const e = edges[k]!;
          const d = Math.hypot(e.a[0] - p[0], e.a[1] - p[1]);
          if (!e.used && d <= bestD) {
            best = k;
            bestD = d;
          }
        }
      }
    }
    return best;
  };
  const rings: Ring[] = [];
  edges.forEach((first, k0) => {
    if (first.used) return;
    const ring: Ring = [];
    let k: number | undefined = k0;
    while (k !== undefined) {
      const e: (typeof edges)[number] = edges[k]!;
      e.used = true;
      ring.push(e.a);
      if (Math.hypot(e.b[0] - first.a[0], e.b[1] - first.a[1]) <= JOIN && ring.length > 1) break;
      k = next(e.b);
      if (k === undefined) throw new Error(`geometry: the outline does not close at [${e.b.map((v) => v.toFixed(2)).join(', ')}]`);
    }
    if (ring.length >= 3) rings.push(ring);
  });
  return rings;
}

export interface Outline {
  /** Counter-clockwise outer rings, holes filled. */
  outline: Ring[];
  /** The filled holes: each an outer ring (counter-clockwise) and the islands inside it (clockwise). */
  gaps: Ring[][];
}

export function outlineOf(rings: readonly Ring[]): Outline {
  const outers = rings.filter((r) => signedArea(r) > 0);
  const holes = rings.filter((r) => signedArea(r) < 0);
  const inside = (r: Ring, o: Ring) => r !== o && pointInRing(r[0]!, o);
  const outline = outers.filter((r) => !outers.some((o) => inside(r, o)));
  const gaps = holes.map((hole) => {
    const islands = outers.filter((o) => inside(o, hole) && !outers.some((p) => inside(p, hole) && inside(o, p)));
    return [hole.slice().reverse(), ...islands.map((o) => o.slice().reverse())];
  });
  return { outline, gaps };
}
