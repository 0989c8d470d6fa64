/**
 * Power diagrams (weighted Voronoi) and the fit of their weights to target areas.
 *
 * turf's voronoi is unweighted, and no installed library computes power cells, so they
 * are built here: each site's cell is a frame clipped by the half-plane it wins against
 * every other site (O(n²), a few milliseconds for 126 sites).
 */
import { areaCentroid, boxOf, boxesOverlap, clipRing, edgesOf, type Box, type HalfPlane, type Ring } from './planar';
import type { XY } from './projection';

export interface PowerCell {
  ring: Ring;
  /** Length of the edge shared with each neighbouring site, by site index. */
  edges: Map<number, number>;
}

/** Points x with |x − p_i|² − w_i ≤ |x − p_j|² − w_j: the half-plane site i wins against j. */
export function bisector(sites: readonly XY[], weights: readonly number[], i: number, j: number): HalfPlane {
  const [xi, yi] = sites[i]!;
  const [xj, yj] = sites[j]!;
  return {
    a: [2 * (xj - xi), 2 * (yj - yi)],
    b: xj * xj + yj * yj - xi * xi - yi * yi - weights[j]! + weights[i]!,
  };
}

/** Every site's power cell within the convex `frame` (a counter-clockwise ring). */
export function powerCells(sites: readonly XY[], weights: readonly number[], frame: Ring): PowerCell[] {
  const order = sites.map((_, i) => i);
  return sites.map((p, i) => {
    // Nearest sites first: the cell shrinks fast and later clips touch few vertices.
    const others = order
      .filter((j) => j !== i)
      .map((j) => ({ j, d: (sites[j]![0] - p[0]) ** 2 + (sites[j]![1] - p[1]) ** 2 }))
      .sort((a, b) => a.d - b.d || a.j - b.j);
    let ring = frame.slice();
    let labels: number[] = frame.map(() => -1);
    for (const { j } of others) {
      if (ring.length === 0) break;
      [ring, labels] = clipLabelled(ring, labels, bisector(sites, weights, i, j), j);
    }
    const edges = new Map<number, number>();
    for (let k = 0; k < ring.length; k++) {
      const label = labels[k]!;
      if (label < 0) continue;
      const a = ring[k]!;
      const b = ring[(k + 1) % ring.length]!;
      edges.set(label, (edges.get(label) ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1]));
    }
    return { ring, edges };
  });
}

/** Sutherland–Hodgman on a convex ring whose edges carry the index of the site they face. */
function clipLabelled(ring: Ring, labels: number[], { a, b }: HalfPlane, label: number): [Ring, number[]] {
  const out: Ring = [];
  const outLabels: number[] = [];
  const n = ring.length;
  let prev = n - 1;
  let prevSide = a[0] * ring[prev]![0] + a[1] * ring[prev]![1] - b;
  for (let k = 0; k < n; k++) {
    const cur = ring[k]!;
    const side = a[0] * cur[0] + a[1] * cur[1] - b;
    if (side <= 0) {
      if (prevSide > 0) {
        out.push(lerp(ring[prev]!, cur, prevSide, side));
        outLabels.push(labels[prev]!);
      }
      out.push(cur);
      outLabels.push(labels[k]!);
    } else if (prevSide <= 0) {
      out.push(lerp(ring[prev]!, cur, prevSide, side));
      outLabels.push(label);
    }
    prev = k;
    prevSide = side;
  }
  return [out, outLabels];
}

function lerp(p: XY, q: XY, sp: number, sq: number): XY {
  const t = sp / (sp - sq);
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

/** A region to measure cells against: rings (outer boundaries) with their bounding boxes. */
export interface Region {
  rings: { ring: Ring; box: Box }[];
}

export function region(rings: Ring[]): Region {
  return { rings: rings.map((ring) => ({ ring, box: boxOf(ring) })) };
}

/** Area and centroid of a convex cell's part inside the region. */
export function measureInside(cell: Ring, inside: Region): { area: number; centroid: XY } {
  if (cell.length < 3) return { area: 0, centroid: [NaN, NaN] };
  const box = boxOf(cell);
  const planes = edgesOf(cell);
  let area = 0;
  let mx = 0;
  let my = 0;
  for (const { ring, box: ringBox } of inside.rings) {
    if (!boxesOverlap(box, ringBox)) continue;
    let clipped = ring;
    for (const plane of planes) {
      clipped = clipRing(clipped, plane);
      if (clipped.length === 0) break;
    }
    if (clipped.length < 3) continue;
    const m = areaCentroid(clipped);
    if (!(m.area > 0)) continue;
    area += m.area;
    mx += m.centroid[0] * m.area;
    my += m.centroid[1] * m.area;
  }
  return { area, centroid: area > 0 ? [mx / area, my / area] : [NaN, NaN] };
}

export interface FitOptions {
  iterations?: number;
  /** Stop once every cell is within this fraction of its target. */
  tolerance?: number;
  /** Share of the Newton step taken each iteration. */
  damping?: number;
}

export interface Fit {
  weights: number[];
  cells: PowerCell[];
  areas: number[];
  centroids: XY[];
  iterations: number;
  /** Largest |area − target| / target at the end. */
  error: number;
}

/**
 * Weights whose power cells, cut to `inside`, have the target areas (which must sum to the
 * region's area). Each step moves w_i by the Newton step for its own area, dA_i/dw_i =
 * Σ_j L_ij / (2 d_ij) (shifting a bisector by δ/(2d) per unit weight), then lowers any
 * weight that would push another site out of its own cell (w_j − w_i ≤ d_ij²).
 */
export function fitWeights(sites: readonly XY[], targets: readonly number[], frame: Ring, inside: Region, options: FitOptions = {}): Fit {
  const { iterations = 200, tolerance = 0.005, damping = 0.6 } = options;
  const n = sites.length;
  const d2 = sites.map((p) => sites.map((q) => (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2));
  const weights = targets.map((t) => t / Math.PI);
  let fit: Fit | null = null;
  for (let it = 0; ; it++) {
    const cells = powerCells(sites, weights, frame);
    const measured = cells.map((c) => measureInside(c.ring, inside));
    const areas = measured.map((m) => m.area);
    const error = Math.max(...areas.map((a, i) => Math.abs(a - targets[i]!) / targets[i]!));
    fit = { weights: weights.slice(), cells, areas, centroids: measured.map((m) => m.centroid), iterations: it, error };
    if (error <= tolerance || it >= iterations) return fit;
    for (let i = 0; i < n; i++) {
      let slope = 0;
      for (const [j, length] of cells[i]!.edges) slope += length / (2 * Math.sqrt(d2[i]![j]!));
      const gap = targets[i]! - areas[i]!;
      weights[i]! += slope > 0 ? (damping * gap) / slope : gap / Math.PI;
    }
    keepSitesInside(weights, d2);
  }
}

/** Lower weights until every site lies in its own cell: w_j ≤ w_i + d_ij² for all i, j. */
function keepSitesInside(weights: number[], d2: number[][]): void {
  const n = weights.length;
  for (let pass = 0; pass < n; pass++) {
    let changed = false;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        // A hair inside the bound, so the site is strictly inside and not on an edge.
        const bound = weights[i]! + d2[i]![j]! * 0.999;
        if (i !== j && weights[j]! > bound) {
          weights[j] = bound;
          changed = true;
        }
      }
    }
    if (!changed) return;
  }
}
