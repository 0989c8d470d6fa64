/**
 * Approximate neighbourhood shapes from the facts alone (a centre and an area per
 * neighbourhood): a power diagram whose weights are fitted so every cell has its
 * neighbourhood's share of a city outline made of discs around the centres.
 */
import { featureCollection, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Gazetteer, Neighbourhood } from '../gazetteer/types';
import { cityOutline, closed, outlineArea, type Disc } from './outline';
import { boxOf, boxRing, type Ring } from './planar';
import { fitWeights, region, type FitOptions } from './power';
import { roundLonLat, toLocal, toLonLat, type LonLat, type XY } from './projection';

export interface CellProperties {
  id: string;
  name_en: string;
  name_fr: string;
  name_ar: string;
  kind: string;
  area_km2: number;
  /** true: a generated cell; false: a surveyed shape. */
  approximate: boolean;
}

export type PolygonGeometry = { type: 'Polygon'; coordinates: LonLat[][] } | { type: 'MultiPolygon'; coordinates: LonLat[][][] };

export interface CellFeature {
  type: 'Feature';
  id: string;
  geometry: PolygonGeometry;
  properties: CellProperties;
}

export interface CellCollection {
  type: 'FeatureCollection';
  features: CellFeature[];
}

export interface CellOptions extends FitOptions {}

/** A neighbourhood smaller than this (m²) is drawn this size, so it still gets a cell. */
const MIN_AREA = 1000;

export function locatedNeighbourhoods(gazetteer: Gazetteer): (Neighbourhood & { centre: LonLat; area_km2: number })[] {
  return gazetteer.neighbourhoods
    .filter((n): n is Neighbourhood & { centre: LonLat; area_km2: number } => n.located && !!n.centre && n.area_km2 !== null)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One polygon per located neighbourhood; together they tile the outline without gap or overlap. */
export function generateCells(gazetteer: Gazetteer, options: CellOptions = {}): CellCollection {
  const located = locatedNeighbourhoods(gazetteer);
  if (located.length === 0) return { type: 'FeatureCollection', features: [] };
  const sites = separate(located.map((n) => toLocal(n.centre)));
  const discs: Disc[] = located.map((n, i) => ({ centre: sites[i]!, area: Math.max(n.area_km2 * 1e6, MIN_AREA) }));
  const outline = cityOutline(discs);
  const total = discs.reduce((s, d) => s + d.area, 0);
  const scale = outlineArea(outline) / total;
  const targets = discs.map((d) => d.area * scale);
  const fit = fitWeights(sites, targets, frameAround(outline), region(outline), options);

  const outlineShape = outline.length === 1 ? polygon([closed(outline[0]!)]) : multi(outline);
  const features = located.map((n, i): CellFeature => {
    const cell = fit.cells[i]!.ring;
    const cut = cell.length >= 3 ? intersect(featureCollection([polygon([closed(cell)]), outlineShape])) : null;
    if (!cut) throw new Error(`geometry: the cell of ${n.id} is empty`);
    const geometry = toWgs84(cut.geometry as { type: 'Polygon'; coordinates: XY[][] } | { type: 'MultiPolygon'; coordinates: XY[][][] });
    return {
      type: 'Feature',
      id: n.id,
      geometry,
      properties: { id: n.id, name_en: n.name_en, name_fr: n.name_fr, name_ar: n.name_ar, kind: n.kind, area_km2: n.area_km2, approximate: true },
    };
  });
  return { type: 'FeatureCollection', features };
}

function multi(rings: Ring[]) {
  return {
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'MultiPolygon' as const, coordinates: rings.map((r) => [closed(r)]) },
  };
}

/** A rectangle around the outline with a wide margin: the convex frame power cells start from. */
function frameAround(outline: Ring[]): Ring {
  const box = boxOf(outline.flat());
  const m = Math.max(box.maxX - box.minX, box.maxY - box.minY);
  return boxRing({ minX: box.minX - m, minY: box.minY - m, maxX: box.maxX + m, maxY: box.maxY + m });
}

/** Two centres closer than a metre would share a bisector of zero length: nudge the later ones apart. */
function separate(sites: XY[]): XY[] {
  const out: XY[] = [];
  for (const p of sites) {
    let q = p;
    for (let k = 1; out.some((o) => Math.hypot(o[0] - q[0], o[1] - q[1]) < 1); k++) q = [p[0] + 2 * k, p[1] + k];
    out.push(q);
  }
  return out;
}

function toWgs84(g: { type: 'Polygon'; coordinates: XY[][] } | { type: 'MultiPolygon'; coordinates: XY[][][] }): PolygonGeometry {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out = polygons
    .map((p) => p.map(ringToWgs84).filter((r) => r.length >= 4))
    .filter((p) => p.length > 0);
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}

/** Project back, round to 5 decimals, drop the repeated vertices rounding makes. */
function ringToWgs84(ring: XY[]): LonLat[] {
  const out: LonLat[] = [];
  for (const p of ring) {
    const q = roundLonLat(toLonLat(p));
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
  return out;
}
