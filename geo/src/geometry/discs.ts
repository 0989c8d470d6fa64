/**
 * The disc decomposition: every neighbourhood gets a disc around its centre, and where
 * discs overlap they are split along their radical axis (the power diagram with weights
 * r²). Each piece is its disc cut by a few half-planes, so it is convex, holds its own
 * centre unless a much larger disc swallows it, and the pieces tile the union of the discs
 * exactly. The radii are fitted so every piece has its neighbourhood's area.
 *
 * Hand-written: no installed library computes power diagrams (turf's voronoi is unweighted).
 */
import { clipLabelled, signedArea, type Ring } from './planar';
import { bisector } from './power';
import type { XY } from './projection';

/** Vertices of the regular polygon standing for a disc (before crossing points are added). */
export const DISC_VERTICES = 64;

function regularRing([cx, cy]: XY, r: number): Ring {
  const ring: Ring = [];
  for (let k = 0; k < DISC_VERTICES; k++) {
    const t = (2 * Math.PI * k) / DISC_VERTICES;
    ring.push([cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  }
  return ring;
}

/** Pairs of sites whose discs overlap: only those cut each other (the radical axis of two disjoint discs passes between them). */
function overlapping(sites: readonly XY[], radii: readonly number[]): number[][] {
  const near: number[][] = sites.map(() => []);
  for (let i = 0; i < sites.length; i++) {
    for (let j = i + 1; j < sites.length; j++) {
      const dx = sites[j]![0] - sites[i]![0];
      const dy = sites[j]![1] - sites[i]![1];
      const reach = radii[i]! + radii[j]!;
      if (dx * dx + dy * dy < reach * reach) {
        near[i]!.push(j);
        near[j]!.push(i);
      }
    }
  }
  return near;
}

/**
 * The polygon standing for each disc: the regular polygon on its circle plus the points
 * where the circle crosses the others. Two crossing circles then share those vertices
 * exactly and their radical axis runs through them, so the edge two cells share ends at
 * the same point in both (with bare regular polygons the ends miss by up to a metre, and
 * rounding to 5 decimals turns that into long thin overlaps), and the outline's arcs join
 * end to end.
 */
export function discRings(sites: readonly XY[], radii: readonly number[]): Ring[] {
  const near = overlapping(sites, radii);
  const extra: { t: number; p: XY }[][] = sites.map(() => []);
  for (let i = 0; i < sites.length; i++) {
    for (const j of near[i]!) {
      if (j < i) continue;
      for (const p of crossings(sites[i]!, radii[i]!, sites[j]!, radii[j]!)) {
        extra[i]!.push({ t: angle(sites[i]!, p), p });
        extra[j]!.push({ t: angle(sites[j]!, p), p });
      }
    }
  }
  return sites.map((c, i) => {
    const points = extra[i]!.slice();
    regularRing(c, radii[i]!).forEach((p, k) => {
      const t = (2 * Math.PI * k) / DISC_VERTICES;
      if (!points.some((e) => Math.abs(e.t - t) < 1e-9)) points.push({ t, p });
    });
    points.sort((a, b) => a.t - b.t);
    return points.map((e) => e.p);
  });
}

function angle([cx, cy]: XY, [x, y]: XY): number {
  const t = Math.atan2(y - cy, x - cx);
  return t < 0 ? t + 2 * Math.PI : t;
}

/** Where two circles cross (none if they miss or one holds the other). */
function crossings(p: XY, r: number, q: XY, s: number): XY[] {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const d = Math.hypot(dx, dy);
  if (!(d > Math.abs(r - s)) || d >= r + s) return [];
  const a = (d * d + r * r - s * s) / (2 * d);
  const h = Math.sqrt(Math.max(0, r * r - a * a));
  const bx = p[0] + (a * dx) / d;
  const by = p[1] + (a * dy) / d;
  return [
    [bx - (h * dy) / d, by + (h * dx) / d],
    [bx + (h * dy) / d, by - (h * dx) / d],
  ];
}

export interface DiscCell {
  ring: Ring;
  /** Per edge k → k+1: the site across it, or −1 for an arc of the disc (the outline). */
  across: number[];
}

/** Each site's disc (as `discRings` draws it) cut by the power half-planes of the discs it overlaps. */
export function discCells(sites: readonly XY[], radii: readonly number[]): DiscCell[] {
  const near = overlapping(sites, radii);
  const weights = radii.map((r) => r * r);
  return discRings(sites, radii).map((disc, i) => {
    let cell = { ring: disc, labels: disc.map(() => -1) };
    for (const j of near[i]!) {
      if (cell.ring.length === 0) break;
      cell = clipLabelled(cell.ring, cell.labels, bisector(sites, weights, i, j), j);
    }
    return { ring: cell.ring, across: cell.labels };
  });
}

export interface RadiusFit {
  radii: number[];
  /** Area of each site's piece at these radii. */
  areas: number[];
  /** Largest |area − target| / target. */
  error: number;
  /** Newton steps taken. */
  steps: number;
}

/**
 * Radii whose disc pieces have the target areas, by damped Newton steps on the weights
 * w = r². Cutting power cells to their own discs is semi-discrete partial optimal
 * transport: with A_i the area of piece i, ∂A_i/∂w_j = −L_ij / (2 d_ij) for a neighbour j
 * (L_ij: their shared edge, d_ij: the distance of their centres) and ∂A_i/∂w_i = arc_i /
 * (2 r_i) + Σ_j L_ij / (2 d_ij) (arc_i: its piece's stretch of circle). That matrix is
 * symmetric and positive definite, so each step solves it (conjugate gradients) and halves
 * the step until the area error shrinks. A simple per-disc update r ← r·(target/area)^k
 * converges on the Aleppo facts but diverges on denser layouts. The fit measures bare
 * regular polygons; the crossing points `discRings` adds grow a piece by far less than
 * the output's rounding.
 */
export function fitRadii(sites: readonly XY[], targets: readonly number[], { steps = 60, tolerance = 1e-4 } = {}): RadiusFit {
  // Equal weights to start: the pieces are Voronoi cells cut to equal discs, none empty
  // (each holds its own centre), the discs grown until they hold most of the total so
  // Newton mostly moves weights apart rather than all together. Every step then keeps each
  // piece at least half as large as the smallest piece or target was, so none is ever
  // swallowed (the damped Newton of Kitagawa, Mérigot and Thibert, 2019).
  const total = targets.reduce((s, t) => s + t, 0);
  let w = targets.map(() => Math.max(...targets) / Math.PI);
  let state = measure(sites, w);
  while (state.reduce((s, m) => s + m.area, 0) < 0.9 * total) {
    w = w.map((x) => 2 * x);
    state = measure(sites, w);
  }
  const floor = 0.5 * Math.min(...state.map((m) => m.area), ...targets);
  const gapOf = (m: Measure[]) => m.map((x, i) => targets[i]! - x.area);
  const normOf = (g: number[]) => Math.hypot(...g);
  const errorOf = (m: Measure[]) => Math.max(...m.map((x, i) => Math.abs(x.area - targets[i]!) / targets[i]!));
  let step = 0;
  for (; step < steps && errorOf(state) > tolerance; step++) {
    const gap = gapOf(state);
    const delta = conjugateGradient(hessian(sites, w, state), gap);
    const before = normOf(gap);
    let accepted = false;
    for (let t = 1; t >= 1 / 4096; t /= 2) {
      const next = w.map((x, i) => x + t * delta[i]!);
      if (next.some((x) => !(x > 0))) continue;
      const m = measure(sites, next);
      if (m.every((x) => x.area >= floor) && normOf(gapOf(m)) <= (1 - t / 2) * before) {
        w = next;
        state = m;
        accepted = true;
        break;
      }
    }
    if (!accepted) break;
  }
  return { radii: w.map(Math.sqrt), areas: state.map((m) => m.area), error: errorOf(state), steps: step };
}

interface Measure {
  area: number;
  /** Length of the piece's arc (its stretch of circle). */
  arc: number;
  /** Shared edge length by neighbouring site. */
  edges: Map<number, number>;
}

function measure(sites: readonly XY[], weights: readonly number[]): Measure[] {
  const radii = weights.map(Math.sqrt);
  const near = overlapping(sites, radii);
  return sites.map((c, i) => {
    const disc = regularRing(c, radii[i]!);
    let cell = { ring: disc, labels: disc.map(() => -1) };
    for (const j of near[i]!) if (cell.ring.length) cell = clipLabelled(cell.ring, cell.labels, bisector(sites, weights, i, j), j);
    const { ring, labels } = cell;
    const edges = new Map<number, number>();
    let arc = 0;
    for (let k = 0; k < ring.length; k++) {
      const a = ring[k]!;
      const b = ring[(k + 1) % ring.length]!;
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (labels[k]! < 0) arc += length;
      else edges.set(labels[k]!, (edges.get(labels[k]!) ?? 0) + length);
    }
    return { area: ring.length >= 3 ? Math.max(0, signedArea(ring)) : 0, arc, edges };
  });
}

/** ∂A/∂w as a sparse symmetric matrix: per row, the diagonal and the neighbours' entries. */
function hessian(sites: readonly XY[], weights: readonly number[], state: Measure[]): { diag: number[]; off: Map<number, number>[] } {
  const diag: number[] = [];
  const off = state.map((m, i) => {
    const row = new Map<number, number>();
    let d = m.arc / (2 * Math.sqrt(weights[i]!));
    for (const [j, length] of m.edges) {
      const c = length / (2 * Math.hypot(sites[i]![0] - sites[j]![0], sites[i]![1] - sites[j]![1]));
      row.set(j, (row.get(j) ?? 0) - c);
      d += c;
    }
    diag.push(d);
    return row;
  });
  return { diag, off };
}

/** Jacobi-preconditioned conjugate gradients for the symmetric positive definite system. */
function conjugateGradient({ diag, off }: { diag: number[]; off: Map<number, number>[] }, b: number[]): number[] {
  const n = b.length;
  const apply = (x: number[]) =>
    x.map((xi, i) => {
      let s = diag[i]! * xi;
      for (const [j, v] of off[i]!) s += v * x[j]!;
      return s;
    });
  const dot = (u: number[], v: number[]) => u.reduce((s, ui, i) => s + ui * v[i]!, 0);
  const x = new Array<number>(n).fill(0);
  let r = b.slice();
  let z = r.map((ri, i) => ri / diag[i]!);
  let p = z.slice();
  let rz = dot(r, z);
  const stop = 1e-10 * Math.sqrt(dot(b, b));
  for (let it = 0; it < 4 * n && Math.sqrt(dot(r, r)) > stop; it++) {
    const q = apply(p);
    const alpha = rz / dot(p, q);
    for (let i = 0; i < n; i++) {
      x[i]! += alpha * p[i]!;
      r[i]! -= alpha * q[i]!;
    }
    z = r.map((ri, i) => ri / diag[i]!);
    const next = dot(r, z);
    p = z.map((zi, i) => zi + (next / rz) * p[i]!);
    rz = next;
  }
  return x;
}
