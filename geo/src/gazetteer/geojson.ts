import type { Gazetteer, Mark } from './types';

export interface NeighbourhoodProperties {
  id: string;
  name_en: string;
  name_fr: string;
  name_ar: string;
  kind: string;
  area_km2: number;
  /** Only on centres.geojson's points: the sign drawn there. */
  mark?: Mark;
}

export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: NeighbourhoodProperties;
}

export interface NeighbourhoodCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
}

/** One point per located neighbourhood, at its centre (the geometry stage will give it a shape). */
export function neighbourhoodPoints(gazetteer: Gazetteer): NeighbourhoodCollection {
  const features: PointFeature[] = [];
  for (const n of gazetteer.neighbourhoods) {
    if (!n.located || !n.centre || n.area_km2 === null) continue;
    features.push({
      type: 'Feature',
      id: n.id,
      geometry: { type: 'Point', coordinates: n.centre },
      properties: { id: n.id, name_en: n.name_en, name_fr: n.name_fr, name_ar: n.name_ar, kind: n.kind, area_km2: n.area_km2, ...(n.mark ? { mark: n.mark } : {}) },
    });
  }
  return { type: 'FeatureCollection', features };
}
