/**
 * Power diagrams (weighted Voronoi): site i's cell is where |x − p_i|² − w_i is smallest.
 *
 * turf's voronoi is unweighted and no installed library computes power cells, so they are
 * built here: each site's cell is a convex frame clipped by the half-plane it wins against
 * every other site (O(n²), a few milliseconds for 126 sites).
 */
import { clipRing, type HalfPlane, type Ring } from './planar';
import type { XY } from './projection';

/**
 * Points x with |x − p_i|² − w_i ≤ |x − p_j|² − w_j: the half-plane site i wins against j.
 * Written so that (j, i) gives exactly the negated half-plane of (i, j): the two cells then
 * compute the same points on their shared edge.
 */
export function bisector(sites: readonly XY[], weights: readonly number[], i: number, j: number): HalfPlane {
  const [xi, yi] = sites[i]!;
  const [xj, yj] = sites[j]!;
  return {
    a: [2 * (xj - xi), 2 * (yj - yi)],
    b: power(xj, yj, weights[j]!) - power(xi, yi, weights[i]!),
  };
}

function power(x: number, y: number, w: number): number {
  return x * x + y * y - w;
}

/** Site i's power cell within the convex `frame` (a counter-clockwise ring); [] if empty. */
export function powerCell(sites: readonly XY[], weights: readonly number[], frame: Ring, i: number): Ring {
  const p = sites[i]!;
  // Nearest sites first: the cell shrinks fast and later clips touch few vertices.
  const others: { j: number; d: number }[] = [];
  for (let j = 0; j < sites.length; j++) {
    if (j !== i) others.push({ j, d: (sites[j]![0] - p[0]) ** 2 + (sites[j]![1] - p[1]) ** 2 });
  }
  others.sort((a, b) => a.d - b.d || a.j - b.j);
  let ring = frame;
  for (const { j } of others) {
    if (ring.length === 0) break;
    ring = clipRing(ring, bisector(sites, weights, i, j));
  }
  return ring;
}
