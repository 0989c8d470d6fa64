// map.json: everything the map's first view draws and names, in one small file (issue 13,
// item 9): every place's names (for the map's labels and the day's summary), the located
// ones' shapes and centres, the groups (the first view frames one), the city's edge and the
// front lines of every day. The pipeline writes it beside neighbourhoods.geojson,
// centres.geojson, outline.geojson and frontlines.geojson, which stay for newsrooms and
// downloads; the page fetches only this one for its map.
//
// Coordinates are the GeoJSON files' own, on their 5-decimal grid, written as Google's
// "encoded polyline" (each ring: its first position, then each step from the one before, as
// whole 1e-5 degrees, zig-zag varints in printable characters): a third or less of the bytes
// of the GeoJSON once gzipped. The city's edge and the front lines decode to exactly the
// GeoJSON's positions; the shapes to a subset of theirs, those a metre's simplification keeps.
// Encoding: geo/src/geometry/mapFile.ts. Decoding (here): what the page and the bench's floor run.
import type { Mark } from '../gazetteer/types';

/** Degrees per step of the grid the positions are written on. */
export const MAP_FILE_SCALE = 1e5;

/** One gazetteer neighbourhood, as the first view needs it. */
export interface MapPlace {
  id: string;
  name_en: string;
  name_fr: string;
  name_ar: string;
  kind: string;
  /** On the map (it has a shape and a centre). */
  located: boolean;
  area_km2?: number | null;
  /** [lon, lat]: where its name goes. */
  centre?: [number, number] | null;
  mark?: Mark;
  /** A generated cell, not a surveyed shape. */
  approximate?: boolean;
  /** Its polygons, each a list of encoded rings (outer ring first). */
  shape?: string[][];
}

export interface MapGroup {
  id: string;
  name_en: string;
  name_fr: string;
  name_ar: string;
  members: string[];
}

/** One front line of frontlines.geojson: the same properties, its lines encoded. */
export interface MapFront {
  pair: string;
  from: string;
  until: string | null;
  /** Days since the timeline's start, as in frontlines.geojson. */
  fromDay: number;
  untilDay: number | null;
  lines: string[];
}

export interface MapFile {
  /** Always MAP_FILE_SCALE: said in the file so a reader needs nothing else. */
  scale: number;
  places: MapPlace[];
  groups: MapGroup[];
  /** The city's edge: polygons of encoded rings. */
  outline: string[][];
  fronts: MapFront[];
}

type Position = [number, number];

/** One encoded ring back to positions on the grid (`scale` steps per degree). */
export function decodeRing(text: string, scale = MAP_FILE_SCALE): Position[] {
  const out: Position[] = [];
  let x = 0;
  let y = 0;
  let i = 0;
  const next = (): number => {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = text.charCodeAt(i++) - 63;
      result |= (byte & 0x1f) << shift;
      shift += 5;
    } while (byte >= 0x20 && i < text.length);
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  while (i < text.length) {
    x += next();
    y += next();
    // Rounded to the grid's decimals, as the GeoJSON files write them.
    out.push([Math.round(x) / scale, Math.round(y) / scale]);
  }
  return out;
}

/** What the map's sources take: the same features as the GeoJSON files, properties the map reads. */
export interface ShapeProperties {
  id: string;
  name_en: string;
  name_fr: string;
  name_ar: string;
  kind: string;
  area_km2: number | null;
  approximate: boolean;
}
export interface ShapeFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
  properties: ShapeProperties;
}
export interface CentreFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: Position };
  properties: Omit<ShapeProperties, 'approximate'> & { mark?: Mark };
}
export interface OutlineFeature {
  type: 'Feature';
  id: 'city';
  geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
  properties: { parts: number };
}
export interface FrontFeature {
  type: 'Feature';
  geometry: { type: 'MultiLineString'; coordinates: Position[][] };
  properties: Omit<MapFront, 'lines'>;
}
export interface Collection<F> {
  type: 'FeatureCollection';
  features: F[];
}
export interface MapShapes {
  neighbourhoods: Collection<ShapeFeature>;
  centres: Collection<CentreFeature>;
  outline: Collection<OutlineFeature>;
  /** frontlines.geojson's features. */
  fronts: Collection<FrontFeature>;
}

/** map.json as the collections the map draws (those of neighbourhoods.geojson, centres.geojson, outline.geojson, frontlines.geojson). */
export function decodeMapFile(file: MapFile): MapShapes {
  const scale = file.scale;
  const polygons = (list: string[][]) => list.map((rings) => rings.map((ring) => decodeRing(ring, scale)));
  const neighbourhoods: ShapeFeature[] = [];
  const centres: CentreFeature[] = [];
  for (const p of file.places) {
    const names = { id: p.id, name_en: p.name_en, name_fr: p.name_fr, name_ar: p.name_ar, kind: p.kind, area_km2: p.area_km2 ?? null };
    if (p.shape && p.shape.length > 0) {
      const coordinates = polygons(p.shape);
      neighbourhoods.push({
        type: 'Feature',
        id: p.id,
        geometry: coordinates.length === 1 ? { type: 'Polygon', coordinates: coordinates[0]! } : { type: 'MultiPolygon', coordinates },
        properties: { ...names, approximate: p.approximate === true },
      });
    }
    // As centres.geojson: the located places with a centre and an area.
    if (p.located && p.centre && p.area_km2 !== undefined && p.area_km2 !== null) {
      centres.push({ type: 'Feature', id: p.id, geometry: { type: 'Point', coordinates: p.centre }, properties: { ...names, ...(p.mark ? { mark: p.mark } : {}) } });
    }
  }
  const outline: OutlineFeature[] =
    file.outline.length > 0 ? [{ type: 'Feature', id: 'city', geometry: { type: 'MultiPolygon', coordinates: polygons(file.outline) }, properties: { parts: file.outline.length } }] : [];
  const fronts = file.fronts.map(({ lines, ...properties }): FrontFeature => ({
    type: 'Feature',
    geometry: { type: 'MultiLineString', coordinates: lines.map((line) => decodeRing(line, scale)) },
    properties,
  }));
  return {
    fronts: { type: 'FeatureCollection', features: fronts },
    neighbourhoods: { type: 'FeatureCollection', features: neighbourhoods },
    centres: { type: 'FeatureCollection', features: centres },
    outline: { type: 'FeatureCollection', features: outline },
  };
}
