/**
 * The city's outline: the union of the neighbourhood shapes, drawn under them so the map
 * reads as one city rather than loose pieces.
 *
 * Surveyed polygons stop at the streets between districts, so a plain union is a hundred
 * islands. Each shape is grown by GAP metres, the grown shapes are merged, and the merge is
 * shrunk back by GAP (a morphological closing): streets and squares narrower than twice GAP
 * close up, the outer edge stays where the shapes put it. Holes are dropped: the outline is
 * the city's edge, not its courtyards.
 */
import { buffer, featureCollection, simplify, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { roundLonLat, type LonLat } from './projection';
import type { CellCollection } from './types';

/** Half the widest street gap closed (m): the surveyed polygons stand up to ~100 m apart across avenues. */
const GAP = 60;
/** Vertices closer than this to the simplified line (degrees, ~10 m) are dropped first: the outline need not be finer. */
const SIMPLIFY = 0.0001;

export interface CityOutline {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: 'city'; geometry: { type: 'MultiPolygon'; coordinates: LonLat[][][] }; properties: { parts: number } }[];
}

export function cityOutline(shapes: CellCollection): CityOutline {
  if (shapes.features.length === 0) return { type: 'FeatureCollection', features: [] };
  const grown = shapes.features.flatMap((f) => {
    const simple = simplify(f as Feature<Polygon | MultiPolygon>, { tolerance: SIMPLIFY });
    const g = buffer(simple, GAP, { units: 'meters', steps: 2 });
    return g ? [g] : [];
  });
  const merged = grown.length > 1 ? union(featureCollection(grown)) : (grown[0] ?? null);
  const closed = merged ? buffer(merged, -GAP, { units: 'meters', steps: 2 }) : undefined;
  if (!closed) return { type: 'FeatureCollection', features: [] };
  const polygons = closed.geometry.type === 'Polygon' ? [closed.geometry.coordinates] : closed.geometry.coordinates;
  // Outer rings only, rounded as every other file (5 decimals, about a metre).
  const coordinates = polygons
    .map((p) => [p[0]!.map((q) => roundLonLat([q[0]!, q[1]!]))])
    .filter((p) => p[0]!.length >= 4);
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: 'city', geometry: { type: 'MultiPolygon', coordinates }, properties: { parts: coordinates.length } }],
  };
}
