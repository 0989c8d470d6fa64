/** The geometry stage's output: one polygon feature per located neighbourhood. */
import type { LonLat } from './projection';

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
