/**
 * From local metres to the files' WGS84: projected back, rounded to 5 decimals (about a
 * metre), and cleaned of what rounding degenerates.
 */
import { featureCollection, polygon } from '@turf/helpers';
import { union } from '@turf/union';
import { polygonArea, type Polygons } from './planar';
import { roundLonLat, toLocal, toLonLat, type LonLat } from './projection';
import type { PolygonGeometry } from './types';

/** Parts this small (m²) are dropped: slivers of a gap that rounding folds onto their neighbours. */
const MIN_PART = 50;

type LonLatPolygons = LonLat[][][];

/**
 * A cell's pieces (its disc part and its shares of gaps) as one WGS84 geometry. The pieces
 * are rounded first and merged after, so the edges they share match to the last digit.
 */
export function cellGeometry(pieces: Polygons): PolygonGeometry {
  let parts: LonLatPolygons = pieces.map((p) => p.map((r) => cleanRing(r.map((q) => roundLonLat(toLonLat(q)))))).filter(usable);
  if (parts.length > 1) {
    const merged = union(featureCollection(parts.map((p) => polygon(p.map(closedLonLat)))));
    const polygons = !merged ? [] : merged.geometry.type === 'Polygon' ? [merged.geometry.coordinates] : merged.geometry.coordinates;
    parts = polygons.map((p) => p.map((r) => cleanRing(open(r.map((q): LonLat => [q[0]!, q[1]!])).map(roundLonLat)))).filter(usable);
  }
  if (parts.length > 1) {
    const largest = Math.max(...parts.map(lonLatArea));
    parts = parts.filter((p) => lonLatArea(p) >= Math.min(MIN_PART, largest));
  }
  return geometryOf(parts);
}

export function toWgs84(polygons: Polygons): PolygonGeometry {
  return geometryOf(polygons.map((p) => p.map((r) => cleanRing(r.map((q) => roundLonLat(toLonLat(q)))))).filter(usable));
}

/** WGS84 polygons (closed rings, any precision) rounded and cleaned like the cells. */
export function lonLatGeometry(polygons: LonLat[][][]): PolygonGeometry {
  return geometryOf(polygons.map((p) => p.map((r) => cleanRing(open(r).map(roundLonLat)))).filter(usable));
}

/** Rounded WGS84 polygons cleaned again (after vertices were moved or inserted). */
export function cleanGeometry(g: PolygonGeometry): PolygonGeometry {
  return lonLatGeometry(g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
}

function open(ring: LonLat[]): LonLat[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
}

function geometryOf(parts: LonLatPolygons): PolygonGeometry {
  const closedParts = parts.map((p) => p.filter((r) => r.length >= 3).map(closedLonLat));
  return closedParts.length === 1 ? { type: 'Polygon', coordinates: closedParts[0]! } : { type: 'MultiPolygon', coordinates: closedParts };
}

function usable(p: LonLat[][]): boolean {
  return p.length > 0 && p[0]!.length >= 3;
}

function closedLonLat(ring: LonLat[]): LonLat[] {
  return [...ring, ring[0]!];
}

function lonLatArea(p: LonLat[][]): number {
  return polygonArea(p.map((r) => r.map(toLocal)));
}

/**
 * Drop what rounding degenerates in an open ring: repeated vertices and spikes (a sliver
 * under a metre wide folds into an A → B → A). Fewer than 3 vertices left: [].
 */
function cleanRing(ring: LonLat[]): LonLat[] {
  let pts = ring;
  for (let changed = true; changed && pts.length >= 3; ) {
    changed = false;
    const out: LonLat[] = [];
    for (const q of pts) {
      const prev = out[out.length - 1];
      if (prev && same(prev, q)) {
        changed = true;
        continue;
      }
      if (out.length >= 2 && same(out[out.length - 2]!, q)) {
        out.pop();
        changed = true;
        continue;
      }
      out.push(q);
    }
    // The same, across the ring's seam.
    while (out.length >= 2 && same(out[0]!, out[out.length - 1]!)) {
      out.pop();
      changed = true;
    }
    while (out.length >= 3 && same(out[1]!, out[out.length - 1]!)) {
      out.shift();
      out.pop();
      changed = true;
    }
    while (out.length >= 3 && same(out[0]!, out[out.length - 2]!)) {
      out.pop();
      out.pop();
      changed = true;
    }
    pts = out;
  }
  return pts.length >= 3 ? pts : [];
}

function same(p: LonLat, q: LonLat): boolean {
  return p[0] === q[0] && p[1] === q[1];
}
