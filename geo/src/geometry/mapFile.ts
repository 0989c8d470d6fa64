// Writes map.json (its contract and decoder: geo/src/contract/mapFile.ts): the first view's
// places, shapes, centres, city edge and front lines in one file, positions as encoded polylines on the
// GeoJSON files' own 5-decimal grid. The shapes' vertices that lie within SHAPE_TOLERANCE of the
// line through their neighbours are left out (Douglas-Peucker, as topology.ts simplifies the
// front lines): the outline drawn stays within about a metre of the surveyed one, invisible at any
// zoom the map allows, for a quarter fewer bytes. Everything else is written exactly.
import type { MapFile, MapPlace } from '../contract/mapFile';
import { MAP_FILE_SCALE } from '../contract/mapFile';
import type { Gazetteer } from '../gazetteer/types';
import type { CityOutline } from './cityOutline';
import type { FrontLineCollection } from './frontTypes';
import { simplify } from '@turf/simplify';
import type { CellCollection, PolygonGeometry } from './types';

/** Degrees (1e-5: about 1.1 m north-south, 0.9 m east-west at Aleppo). */
export const SHAPE_TOLERANCE = 1e-5;

/** Google's polyline algorithm: zig-zag, then 5 bits a character from '?' up, high bit "more". */
function encodeValue(value: number): string {
  let v = value < 0 ? ~(value << 1) : value << 1;
  let out = '';
  while (v >= 0x20) {
    out += String.fromCharCode((0x20 | (v & 0x1f)) + 63);
    v >>>= 5;
  }
  return out + String.fromCharCode(v + 63);
}

/** A ring as its first position then each step from the one before, in whole grid steps. */
export function encodeRing(ring: readonly (readonly number[])[], scale = MAP_FILE_SCALE): string {
  let out = '';
  let px = 0;
  let py = 0;
  for (const [lon, lat] of ring) {
    const x = Math.round(lon! * scale);
    const y = Math.round(lat! * scale);
    out += encodeValue(x - px) + encodeValue(y - py);
    px = x;
    py = y;
  }
  return out;
}

function polygons(geometry: PolygonGeometry): string[][] {
  const list = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return list.map((rings) => rings.map((ring) => encodeRing(ring)));
}

/** map.json from what the pipeline writes: the gazetteer's places and groups, the shapes, the city's edge, the front lines. */
export function mapFile(gazetteer: Gazetteer, shapes: CellCollection, outline: CityOutline, fronts: FrontLineCollection): MapFile {
  const shapeOf = new Map(shapes.features.map((f) => [f.properties.id, f]));
  const places = gazetteer.neighbourhoods.map((n): MapPlace => {
    const shape = shapeOf.get(n.id);
    return {
      id: n.id,
      name_en: n.name_en,
      name_fr: n.name_fr,
      name_ar: n.name_ar,
      kind: n.kind,
      located: n.located,
      area_km2: n.area_km2,
      centre: n.centre,
      ...(n.mark ? { mark: n.mark } : {}),
      ...(shape ? { approximate: shape.properties.approximate, shape: polygons(simplify(shape.geometry, { tolerance: SHAPE_TOLERANCE, highQuality: true, mutate: false })) } : {}),
    };
  });
  return {
    scale: MAP_FILE_SCALE,
    places,
    groups: gazetteer.groups.map((g) => ({ id: g.id, name_en: g.name_en, name_fr: g.name_fr, name_ar: g.name_ar, members: g.members })),
    outline: outline.features.flatMap((f) => polygons(f.geometry)),
    fronts: fronts.features.map((f) => ({ ...f.properties, lines: f.geometry.coordinates.map((line) => encodeRing(line)) })),
  };
}
