/**
 * The city outline the cells are cut to, made from the facts alone: the union of one disc
 * per neighbourhood, centred on its centre and sized from its area, holes filled.
 */
import { featureCollection, polygon } from '@turf/helpers';
import { union } from '@turf/union';
import { signedArea, type Ring } from './planar';
import type { XY } from './projection';

export interface Disc {
  centre: XY;
  /** m² */
  area: number;
}

/** Polygons (outer rings only, counter-clockwise, open) in local metres. */
export type Outline = Ring[];

const DISC_VERTICES = 48;

export function discRing({ centre, area }: Disc, scale: number, vertices = DISC_VERTICES): Ring {
  // The polygon, not the circle, has the disc's area times scale².
  const r = scale * Math.sqrt((2 * area) / (vertices * Math.sin((2 * Math.PI) / vertices)));
  const ring: Ring = [];
  for (let k = 0; k < vertices; k++) {
    const t = (2 * Math.PI * k) / vertices;
    ring.push([centre[0] + r * Math.cos(t), centre[1] + r * Math.sin(t)]);
  }
  return ring;
}

/** Union of the discs scaled by `scale` (1: each disc has its neighbourhood's area), holes filled. */
export function discUnion(discs: Disc[], scale: number): Outline {
  const rings = discs.map((d) => discRing(d, scale));
  if (rings.length === 1) return rings;
  const merged = union(featureCollection(rings.map((r) => polygon([closed(r)]))));
  if (!merged) return [];
  const polygons = merged.geometry.type === 'Polygon' ? [merged.geometry.coordinates] : merged.geometry.coordinates;
  return polygons.map((p) => open(p[0]!.map(([x, y]) => [x!, y!] as XY)));
}

export function outlineArea(outline: Outline): number {
  return outline.reduce((s, r) => s + Math.abs(signedArea(r)), 0);
}

/**
 * The disc union whose area is the neighbourhoods' total area: discs overlap where the
 * city is dense, so they are grown until the outline holds as much as the facts say.
 */
export function cityOutline(discs: Disc[], { tolerance = 0.002 } = {}): Outline {
  const total = discs.reduce((s, d) => s + d.area, 0);
  let lo = 1;
  let hi = 1;
  let outline = discUnion(discs, hi);
  while (outlineArea(outline) < total) {
    lo = hi;
    hi *= 1.25;
    outline = discUnion(discs, hi);
  }
  if (hi === 1) return outline;
  for (let step = 0; step < 12; step++) {
    const mid = (lo + hi) / 2;
    const candidate = discUnion(discs, mid);
    const a = outlineArea(candidate);
    if (Math.abs(a - total) <= tolerance * total) return candidate;
    if (a < total) lo = mid;
    else {
      hi = mid;
      outline = candidate;
    }
  }
  return outline;
}

export function closed(ring: Ring): Ring {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

export function open(ring: Ring): Ring {
  const r = ring.slice();
  const first = r[0];
  const last = r[r.length - 1];
  if (r.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) r.pop();
  return signedArea(r) < 0 ? r.reverse() : r;
}
