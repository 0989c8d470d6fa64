/** The geometry stage's output: one polygon feature per located neighbourhood. */
import type { NeighbourhoodProperties } from '../gazetteer/geojson';
import type { LonLat } from './projection';

/** The gazetteer's properties, and whether the shape is made up or surveyed. */
export interface CellProperties extends NeighbourhoodProperties {
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
