/**
 * The near pass of the topology (topology.ts): edges that no other shape carries exactly,
 * paired with the shape whose boundary faces them across a gap (a street), and the lines
 * drawn between the two. All distances in local metres (projection.ts).
 */
import { gridKey } from './lines';
import { roundLonLat, toLocal, toLonLat, type LonLat, type XY } from './projection';
import type { TopologyArc } from './topology';

/** One ring edge of shape `owner`, its inside on the left. */
export interface Edge {
  owner: number;
  p: LonLat;
  q: LonLat;
  /** The same in local metres. */
  pm: XY;
  qm: XY;
}

/** A stretch of boundary between shapes a < b, or of shape a and the city edge (b = -1). */
export interface Piece {
  a: number;
  b: number;
  line: LonLat[];
  near: boolean;
}

/** Leftover edges are cut into pieces this long (m) at most, so a neighbour may change along one. */
const PIECE = 15;
/** cos 60°: how far off the outward normal, and off opposite, a facing edge may be. */
const COS_60 = 0.5;

/** Labels each leftover edge's pieces with the shape across it (or none), then draws them. */
export function nearPass(edges: Edge[], tolerance: number, adjacent: (a: number, b: number) => boolean, pieces: Piece[]): void {
  const grid = new SegmentGrid(edges, tolerance);
  // Per edge, its pieces' cut points (0..1) and the shape across each piece (-1: none).
  const labelled = edges.map((e) => {
    const n = Math.max(1, Math.ceil(dist(e.pm, e.qm) / PIECE));
    const across: number[] = [];
    for (let k = 0; k < n; k++) across.push(facing(e, (k + 0.5) / n, grid, tolerance, adjacent));
    return { e, n, across };
  });
  // Of each near pair, keep the side matched over the longer length.
  const length = new Map<string, number>();
  for (const { e, n, across } of labelled) {
    const step = dist(e.pm, e.qm) / n;
    for (const b of across) if (b >= 0) length.set(`${e.owner} ${b}`, (length.get(`${e.owner} ${b}`) ?? 0) + step);
  }
  const keeps = (a: number, b: number) => {
    const [mine, theirs] = [length.get(`${a} ${b}`) ?? 0, length.get(`${b} ${a}`) ?? 0];
    return mine > theirs || (mine === theirs && a < b);
  };
  for (const { e, n, across } of labelled) {
    for (let k = 0; k < n; ) {
      const b = across[k]!;
      let end = k + 1;
      while (end < n && across[end] === b) end++;
      if (b < 0) {
        pieces.push({ a: e.owner, b: -1, line: [atLonLat(e, k / n), atLonLat(e, end / n)], near: false });
      } else if (keeps(e.owner, b)) {
        // Every cut point moved halfway to the other shape: the line between the two.
        const line: LonLat[] = [];
        for (let j = k; j <= end; j++) line.push(roundLonLat(midway(at(e, j / n), b, grid, tolerance)));
        pieces.push({ a: Math.min(e.owner, b), b: Math.max(e.owner, b), line, near: true });
      }
      k = end;
    }
  }
}

/** The shape whose boundary faces edge `e` at fraction t, within `tolerance` m; -1 if none. */
function facing(e: Edge, t: number, grid: SegmentGrid, tolerance: number, adjacent: (a: number, b: number) => boolean): number {
  const m = lerp(e.pm, e.qm, t);
  const [dx, dy] = [e.qm[0] - e.pm[0], e.qm[1] - e.pm[1]];
  const len = Math.hypot(dx, dy);
  if (len === 0) return -1;
  const dir: XY = [dx / len, dy / len];
  const outward: XY = [dir[1], -dir[0]];
  let best = -1;
  let bestD = tolerance;
  for (const o of grid.near(m)) {
    if (o.owner === e.owner || adjacent(e.owner, o.owner)) continue;
    const [ox, oy] = [o.qm[0] - o.pm[0], o.qm[1] - o.pm[1]];
    const olen = Math.hypot(ox, oy);
    if (olen === 0 || (ox * dir[0] + oy * dir[1]) / olen > -COS_60) continue;
    const c = nearestOnSegment(m, o.pm, o.qm);
    const d = dist(m, c);
    if (d > bestD) continue;
    // Touching (under 10 cm): direction alone decides; otherwise it must lie outward.
    if (d > 0.1 && ((c[0] - m[0]) * outward[0] + (c[1] - m[1]) * outward[1]) / d < COS_60) continue;
    best = o.owner;
    bestD = d;
  }
  return best;
}

/** `p` (metres) moved halfway to the nearest point of shape `b`'s leftover edges, as lon/lat. */
function midway(p: XY, b: number, grid: SegmentGrid, tolerance: number): LonLat {
  let best: XY | null = null;
  let bestD = tolerance;
  for (const o of grid.near(p)) {
    if (o.owner !== b) continue;
    const c = nearestOnSegment(p, o.pm, o.qm);
    const d = dist(p, c);
    if (d <= bestD) {
      best = c;
      bestD = d;
    }
  }
  return toLonLat(best ? lerp(p, best, 0.5) : p);
}

/**
 * Joins shared arcs' ends closer than `reach` m that are not already one point, so fronts
 * meet at corners: each cluster moves to the end of an exactly matched arc if it has one
 * (those never move), else to the mean of its ends.
 */
export function joinEnds(arcs: TopologyArc[], reach: number): void {
  const ends: { arc: number; first: boolean; m: XY; fixed: boolean }[] = [];
  arcs.forEach((arc, i) => {
    // The city edge is never a front: its ends stay on their shape.
    if (arc.b < 0) return;
    const closed = arc.line.length > 2 && gridKey(arc.line[0]!) === gridKey(arc.line[arc.line.length - 1]!);
    if (closed) return;
    for (const first of [true, false]) {
      const p = first ? arc.line[0]! : arc.line[arc.line.length - 1]!;
      ends.push({ arc: i, first, m: toLocal(p), fixed: !arc.near });
    }
  });
  const parent = ends.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const cells = new Map<string, number[]>();
  const cellOf = (m: XY) => [Math.floor(m[0] / reach), Math.floor(m[1] / reach)] as const;
  ends.forEach((e, i) => {
    const [cx, cy] = cellOf(e.m);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx} ${cy + dy}`) ?? []) {
          // Only near ends move: two exact ends apart are apart for a reason.
          if ((e.fixed && ends[j]!.fixed) || dist(e.m, ends[j]!.m) > reach) continue;
          parent[find(i)] = find(j);
        }
      }
    }
    const key = `${cx} ${cy}`;
    cells.set(key, [...(cells.get(key) ?? []), i]);
  });
  const clusters = new Map<number, number[]>();
  ends.forEach((_, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), i]));
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    const anchor = members.find((i) => ends[i]!.fixed);
    const target = anchor !== undefined ? ends[anchor]!.m : mean(members.map((i) => ends[i]!.m));
    const p = roundLonLat(toLonLat(target));
    for (const i of members) {
      const { arc, first } = ends[i]!;
      if (ends[i]!.fixed) continue;
      const line = arcs[arc]!.line;
      line[first ? 0 : line.length - 1] = p;
    }
  }
}

/** Leftover edges bucketed on a grid of `size` m, for "which edges pass within reach of p". */
class SegmentGrid {
  private cells = new Map<string, Edge[]>();
  constructor(
    edges: Edge[],
    private size: number,
  ) {
    for (const e of edges) {
      const [x0, x1] = [Math.min(e.pm[0], e.qm[0]), Math.max(e.pm[0], e.qm[0])];
      const [y0, y1] = [Math.min(e.pm[1], e.qm[1]), Math.max(e.pm[1], e.qm[1])];
      for (let gx = Math.floor(x0 / size); gx <= Math.floor(x1 / size); gx++) {
        for (let gy = Math.floor(y0 / size); gy <= Math.floor(y1 / size); gy++) {
          const key = `${gx} ${gy}`;
          const list = this.cells.get(key);
          if (list) list.push(e);
          else this.cells.set(key, [e]);
        }
      }
    }
  }

  /** Edges that may pass within `size` of p (each once). */
  near(p: XY): Edge[] {
    const [gx, gy] = [Math.floor(p[0] / this.size), Math.floor(p[1] / this.size)];
    const out = new Set<Edge>();
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) for (const e of this.cells.get(`${gx + dx} ${gy + dy}`) ?? []) out.add(e);
    return [...out];
  }
}

function at(e: Edge, t: number): XY {
  return t === 0 ? e.pm : t === 1 ? e.qm : lerp(e.pm, e.qm, t);
}

/** The edge's own positions at its ends, so outer pieces keep the shape's vertices exactly. */
function atLonLat(e: Edge, t: number): LonLat {
  return t === 0 ? e.p : t === 1 ? e.q : roundLonLat(toLonLat(lerp(e.pm, e.qm, t)));
}

function lerp(p: XY, q: XY, t: number): XY {
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

function dist(p: XY, q: XY): number {
  return Math.hypot(q[0] - p[0], q[1] - p[1]);
}

function mean(ps: XY[]): XY {
  return [ps.reduce((s, p) => s + p[0], 0) / ps.length, ps.reduce((s, p) => s + p[1], 0) / ps.length];
}

function nearestOnSegment(p: XY, a: XY, b: XY): XY {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return [a[0] + t * dx, a[1] + t * dy];
}
