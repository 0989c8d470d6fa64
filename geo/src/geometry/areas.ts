/**
 * Control areas: the shapes of one date dissolved per controller (@turf/union). Not part of
 * the map's data (the map colours each neighbourhood by feature-state); kept for the
 * benchmark's baseline and for pictures. Costs a polygon union per controller and date.
 */
import { featureCollection, multiPolygon } from '@turf/helpers';
import { union } from '@turf/union';
import type { Control } from '../timeline/types';
import type { CellCollection, PolygonGeometry } from './types';

/** `controls[i]` is the controller of `shapes.features[i]`; one (multi)polygon per controller present. */
export function controlAreas(shapes: CellCollection, controls: readonly Control[]): Partial<Record<Control, PolygonGeometry>> {
  const groups = new Map<Control, PolygonGeometry[]>();
  shapes.features.forEach((f, i) => {
    const c = controls[i] ?? 'unknown';
    groups.set(c, [...(groups.get(c) ?? []), f.geometry]);
  });
  const out: Partial<Record<Control, PolygonGeometry>> = {};
  for (const [c, geometries] of groups) {
    const polygons = geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
    const merged = polygons.length === 1 ? null : union(featureCollection(polygons.map((p) => multiPolygon([p]))));
    out[c] = merged ? (merged.geometry as PolygonGeometry) : { type: 'MultiPolygon', coordinates: polygons };
  }
  return out;
}
