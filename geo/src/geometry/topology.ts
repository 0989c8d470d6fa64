/**
 * Which neighbourhood shapes meet, and along which lines: computed once from the shapes,
 * then every date's front lines are a pick of these arcs (fronts.ts), never a polygon union.
 *
 * Two passes over the shapes' ring edges, positions snapped to the 5-decimal grid:
 *
 * 1. Exact: an edge both shapes carry (same two grid positions) is shared. The generated
 *    cells (cells.ts, whose T-junctions junctions.ts fixes) are matched entirely this way.
 * 2. Near: surveyed polygons are digitised one by one (they share no vertex; most stand
 *    5–20 m apart across a street). Each edge left over is cut into short pieces, and a
 *    piece faces shape B when B's boundary lies within `tolerance_m` *across* it: the
 *    nearest point of B is on the piece's outer side (within 60° of its outward normal)
 *    and B's edge there runs the opposite way (its inside faces this one). Pieces facing
 *    nobody are the city's edge. Of the two sides of a near boundary, the one matched
 *    over the longer length is kept, drawn halfway to the other (the street's middle),
 *    and shared arcs' ends closer than `tolerance_m / 2` are joined so fronts meet at
 *    corners. Two shapes that already share an exact edge are never paired this way: a
 *    gap between them is a notch in the city's edge, not a street (nearEdges.ts).
 *
 * Limits (near pass only): shapes more than `tolerance_m` apart (a wide boulevard, a park
 * or wasteland the survey left out) are not neighbours, and their edges count as the city's
 * edge; shapes meeting only diagonally across a crossroads may be paired over a few metres;
 * where a boundary's neighbour changes, the two arcs' ends may stay up to `tolerance_m / 2`
 * apart; overlapping shapes (interiors on the same side) are not paired.
 */
import { lineString } from '@turf/helpers';
import { simplify } from '@turf/simplify';
import { dedupe, gridKey, mergeLines } from './lines';
import { joinEnds, nearPass, type Edge, type Piece } from './nearEdges';
import { roundLonLat, toLocal, type LonLat } from './projection';
import type { CellCollection, PolygonGeometry } from './types';

export interface TopologyArc {
  /** The shape on one side: an index into `Topology.ids`. */
  a: number;
  /** The shape on the other side (b > a), or -1: `a`'s outer edge (the city edge). */
  b: number;
  /** At least two positions, rounded to 5 decimals; first = last for a closed ring. */
  line: LonLat[];
  /** The two shapes only nearly meet (near pass): the line runs between them. */
  near: boolean;
}

export interface Topology {
  /** Shape ids in input order; arcs refer to shapes by index into this list. */
  ids: string[];
  arcs: TopologyArc[];
  /** The near pass's reach, metres. */
  tolerance_m: number;
}

export interface TopologyOptions {
  /** How far apart (m) two edges may stand and still be one boundary. Default 40. */
  tolerance_m?: number;
}

/** Surveyed streets are mostly under 20 m wide, avenues 30–40 m. */
const DEFAULT_TOLERANCE = 40;

export function buildTopology(shapes: CellCollection, options: TopologyOptions = {}): Topology {
  const tolerance = options.tolerance_m ?? DEFAULT_TOLERANCE;
  const ids = shapes.features.map((f) => f.id);
  const edges = shapes.features.flatMap((f, owner) => edgesOf(f.geometry, owner));

  const pieces: Piece[] = [];
  const leftover = exactPass(edges, pieces);
  // Shapes that share an exact edge come from one tessellation: a gap left between them
  // is a notch in the city's edge (two discs' outlines parting), not a street.
  const exact = new Set(pieces.map((p) => p.a * shapes.features.length + p.b));
  nearPass(leftover, tolerance, (a, b) => exact.has(Math.min(a, b) * shapes.features.length + Math.max(a, b)), pieces);

  // One arc per maximal chain of one pair's pieces.
  const byPair = new Map<string, { a: number; b: number; near: boolean; lines: LonLat[][] }>();
  for (const piece of pieces) {
    const key = `${piece.a} ${piece.b} ${piece.near ? 1 : 0}`;
    const group = byPair.get(key) ?? { a: piece.a, b: piece.b, near: piece.near, lines: [] };
    group.lines.push(piece.line);
    byPair.set(key, group);
  }
  const arcs: TopologyArc[] = [];
  for (const { a, b, near, lines } of byPair.values()) {
    for (const line of mergeLines(lines)) arcs.push({ a, b, line, near });
  }
  joinEnds(arcs, tolerance / 2);
  const kept = arcs.map((arc) => ({ ...arc, line: arc.near ? straighten(arc.line) : dedupe(arc.line) })).filter((arc) => arc.line.length >= 2);
  kept.sort((x, y) => x.a - y.a || x.b - y.b || Number(x.near) - Number(y.near));
  return { ids, arcs: kept, tolerance_m: tolerance };
}

/**
 * A near arc has a point every few metres (its pieces' cuts, each moved to the middle):
 * drop those within a metre (the output's precision) of a straight line through their
 * neighbours, which shrinks the front lines of surveyed shapes about tenfold.
 */
function straighten(line: LonLat[]): LonLat[] {
  const clean = dedupe(line);
  if (clean.length < 3) return clean;
  const simple = simplify(lineString(clean), { tolerance: 1e-5, highQuality: true, mutate: false });
  return simple.geometry.coordinates as LonLat[];
}

/** The shapes that share at least one arc with each shape, by index. */
export function neighbours(topology: Topology): Set<number>[] {
  const out = topology.ids.map(() => new Set<number>());
  for (const { a, b } of topology.arcs) {
    if (b < 0) continue;
    out[a]!.add(b);
    out[b]!.add(a);
  }
  return out;
}

/**
 * Every ring edge, positions rounded to 5 decimals, rings turned so the shape's inside is
 * on the left (outer rings counter-clockwise, holes clockwise): the right is outward.
 */
function edgesOf(g: PolygonGeometry, owner: number): Edge[] {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: Edge[] = [];
  for (const polygon of polygons) {
    polygon.forEach((raw, k) => {
      let ring = dedupe(raw.map(roundLonLat));
      if (ring.length >= 2 && gridKey(ring[0]!) === gridKey(ring[ring.length - 1]!)) ring.pop();
      if (ring.length < 3) return;
      if (signedArea(ring) > 0 !== (k === 0)) ring = ring.reverse();
      const metres = ring.map(toLocal);
      for (let i = 0; i < ring.length; i++) {
        const j = (i + 1) % ring.length;
        out.push({ owner, p: ring[i]!, q: ring[j]!, pm: metres[i]!, qm: metres[j]! });
      }
    });
  }
  return out;
}

/** Edges two shapes both carry become shared pieces; returns the edges left over. */
function exactPass(edges: Edge[], pieces: Piece[]): Edge[] {
  const byKey = new Map<string, number[]>();
  edges.forEach((e, i) => {
    const [u, v] = [gridKey(e.p), gridKey(e.q)];
    const key = u < v ? `${u} ${v}` : `${v} ${u}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const matched = new Uint8Array(edges.length);
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    // Normally two edges of two shapes; an edge a shape carries twice is inside it.
    const owners = [...new Set(list.map((i) => edges[i]!.owner))].sort((x, y) => x - y);
    for (const i of list) matched[i] = 1;
    if (owners.length < 2) continue;
    const e = edges[list[0]!]!;
    pieces.push({ a: owners[0]!, b: owners[1]!, line: [e.p, e.q], near: false });
  }
  return edges.filter((_, i) => !matched[i]);
}













function signedArea(ring: LonLat[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s;
}
