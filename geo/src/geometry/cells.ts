/**
 * Approximate neighbourhood shapes from the facts alone (a centre and an area each).
 *
 * Method: the disc decomposition of discs.ts, radii fitted so each piece has its
 * neighbourhood's area; the city outline is the union of the discs with its holes filled,
 * and each hole (a gap between discs inside the city) goes to the power cells it falls in.
 * Cells are therefore weighted-Voronoi cells cut to the outline: no gap, no overlap, each
 * centre inside its own cell. Computed in local metres (projection.ts), written as WGS84
 * rounded to 5 decimals.
 *
 * Tried and dropped (measured against the surveyed polygons with geo/cli/evalGeometry.ts):
 * a power diagram fitted to the exact areas inside a fixed disc-union outline scores a mean
 * IoU of 0.48 and leaves a dozen centres outside their cells (exact areas push cells away
 * from their centres); the disc decomposition keeps each cell around its centre (0.66).
 */
import { featureCollection, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Gazetteer, Neighbourhood } from '../gazetteer/types';
import { discCells, fitRadii } from './discs';
import { boundaryRings, outlineOf } from './outline';
import { boxOf, boxRing, boxesOverlap, type Polygons, type Ring } from './planar';
import { powerCell } from './power';
import { toLocal, type LonLat, type XY } from './projection';
import type { CellCollection, CellFeature, PolygonGeometry } from './types';
import { snapJunctions } from './junctions';
import { cellGeometry, cleanGeometry, toWgs84 } from './wgs84';

export interface Tessellation {
  cells: CellCollection;
  /** The city outline the cells tile: the union of the fitted discs, holes filled. */
  outline: PolygonGeometry;
}

type Located = Neighbourhood & { centre: LonLat; area_km2: number };

/** A neighbourhood smaller than this (m²) is drawn this size, so it still gets a cell. */
const MIN_AREA = 1000;
/** Closest two centres may stand, as a share of the larger one's radius. */
const SEPARATION = 0.25;

export function locatedNeighbourhoods(gazetteer: Gazetteer): Located[] {
  return gazetteer.neighbourhoods
    .filter((n): n is Located => n.located && !!n.centre && n.area_km2 !== null)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One polygon per located neighbourhood; together they tile the outline without gap or overlap. */
export function generateCells(gazetteer: Gazetteer): CellCollection {
  return tessellate(gazetteer).cells;
}

export function tessellate(gazetteer: Gazetteer): Tessellation {
  const located = locatedNeighbourhoods(gazetteer);
  if (located.length === 0) return { cells: { type: 'FeatureCollection', features: [] }, outline: { type: 'MultiPolygon', coordinates: [] } };
  const targets = located.map((n) => Math.max(n.area_km2 * 1e6, MIN_AREA));
  const sites = separate(located.map((n) => toLocal(n.centre)), targets);

  const { radii, cells, shape } = decompose(sites, fitRadii(sites, targets).radii);
  const shares = shareGaps(sites, radii, shape.gaps);

  const features = located.map((n, i): CellFeature => {
    const pieces: Polygons = [[cells[i]!.ring], ...shares[i]!].filter((p) => p[0]!.length >= 3);
    if (pieces.length === 0) throw new Error(`geometry: the cell of ${n.id} is empty`);
    return {
      type: 'Feature',
      id: n.id,
      geometry: cellGeometry(pieces),
      properties: { id: n.id, name_en: n.name_en, name_fr: n.name_fr, name_ar: n.name_ar, kind: n.kind, area_km2: n.area_km2, approximate: true },
    };
  });
  const snapped = snapJunctions(features.map((f) => f.geometry));
  features.forEach((f, i) => {
    f.geometry = cleanGeometry(snapped[i]!);
    if (f.geometry.coordinates.length === 0) {
      throw new Error(`geometry: the cell of ${f.id} is thinner than a metre, too thin to draw at 5 decimals (do the facts crowd too much area around its centre?)`);
    }
  });
  return { cells: { type: 'FeatureCollection', features }, outline: toWgs84(shape.outline.map((r) => [r])) };
}

function asPolygons(f: { geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] } } | null): Polygons {
  if (!f) return [];
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polygons.map((p) => p.map(openRing));
}

const feature = (p: Ring[]) => polygon(p.map(closed));

/**
 * The disc cells and the outline they trace. Should the tracing meet a configuration it
 * cannot close (circles meeting in a point, say), the radii are nudged by a few millimetres,
 * which breaks the tie.
 */
function decompose(sites: readonly XY[], fitted: number[]) {
  for (let attempt = 0; ; attempt++) {
    const radii = attempt === 0 ? fitted : fitted.map((r, i) => r * (1 + attempt * 1e-5 * ((i % 5) - 2)));
    const cells = discCells(sites, radii);
    try {
      return { radii, cells, shape: outlineOf(boundaryRings(cells)) };
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

/** Each site's power cell (unbounded, cut to a frame around the gaps), paired with the gaps it may meet. */
function gapCells(sites: readonly XY[], radii: readonly number[], gaps: Polygons): { cell: Ring; gaps: Polygons }[] {
  if (gaps.length === 0) return sites.map(() => ({ cell: [], gaps: [] }));
  const weights = radii.map((r) => r * r);
  const all = boxOf(gaps.flatMap((p) => p[0]!));
  const frame = boxRing({ minX: all.minX - 1, minY: all.minY - 1, maxX: all.maxX + 1, maxY: all.maxY + 1 });
  const boxes = gaps.map((p) => boxOf(p[0]!));
  return sites.map((_, i) => {
    const cell = powerCell(sites, weights, frame, i);
    if (cell.length < 3) return { cell: [], gaps: [] };
    const box = boxOf(cell);
    return { cell, gaps: gaps.filter((_, k) => boxesOverlap(box, boxes[k]!)) };
  });
}

/** Each site's share of the gaps as polygons: the parts of them inside its power cell. */
function shareGaps(sites: readonly XY[], radii: readonly number[], gaps: Polygons): Polygons[] {
  return gapCells(sites, radii, gaps).map(({ cell, gaps: near }) =>
    near.flatMap((gap) => asPolygons(intersect(featureCollection([polygon([closed(cell)]), feature(gap)])))),
  );
}

/**
 * Centres much closer than their discs are wide (two neighbourhoods given the same point)
 * make the split between them ill-conditioned: move the later one away from the earlier,
 * to a quarter of the larger radius. The facts' closest pair stands at 0.7 of it.
 */
function separate(sites: XY[], targets: number[]): XY[] {
  const out: XY[] = [];
  sites.forEach((p, i) => {
    let q = p;
    for (let pass = 0; pass < 8; pass++) {
      const k = out.findIndex((o, j) => Math.hypot(o[0] - q[0], o[1] - q[1]) < SEPARATION * Math.sqrt(Math.max(targets[i]!, targets[j]!) / Math.PI));
      if (k < 0) break;
      const o = out[k]!;
      const want = SEPARATION * Math.sqrt(Math.max(targets[i]!, targets[k]!) / Math.PI) * 1.001;
      const d = Math.hypot(q[0] - o[0], q[1] - o[1]);
      const [ux, uy] = d > 1e-9 ? [(q[0] - o[0]) / d, (q[1] - o[1]) / d] : [1, 0];
      q = [o[0] + ux * want, o[1] + uy * want];
    }
    out.push(q);
  });
  return out;
}

function closed(ring: Ring): Ring {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

function openRing(ring: number[][]): Ring {
  const r = ring.map(([x, y]): XY => [x!, y!]);
  const first = r[0];
  const last = r[r.length - 1];
  if (r.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) r.pop();
  return r;
}
