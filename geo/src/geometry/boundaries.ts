/**
 * Surveyed neighbourhood shapes from a boundaries file, matched to the gazetteer by name.
 *
 * A feature's English name (NAME) or Arabic name (NAME_A) is compared with each located
 * neighbourhood's names and aliases through the place finder's spelling normalisation
 * (`aliasForms`), strongest evidence first: the English name against the English and
 * French names, then against the aliases, then the Arabic name against the Arabic name,
 * then against the aliases. The Arabic name alone is often shared (الراموسة names four
 * districts), so a tie is no match. Features that reach the same neighbourhood (one in
 * several parts) are merged into one shape.
 */
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import { difference } from '@turf/difference';
import { union } from '@turf/union';
import type { Gazetteer } from '../gazetteer/types';
import { aliasForms } from '../places/index';
import { readBoundaryFile, type BoundaryFeature, type Region, type SkippedFeature } from './boundaryFile';
import { locatedNeighbourhoods } from './cells';
import type { LonLat } from './projection';
import type { CellCollection, CellFeature, PolygonGeometry } from './types';
import { lonLatGeometry } from './wgs84';

export { BoundaryError, skippedMessage, type SkippedFeature } from './boundaryFile';

export interface BoundaryMatch {
  /** Features in the file. */
  read: number;
  /** One surveyed shape per matched neighbourhood (parts merged), `approximate: false`, by id. */
  features: CellFeature[];
  /** Features left out because they are wrong (boundaryFile.ts): their neighbourhoods keep a generated cell. */
  skipped: SkippedFeature[];
  /** Names of the features that match no located neighbourhood. */
  unmatched: string[];
  /** Located neighbourhoods no feature matched: they keep their generated cell. */
  missing: string[];
  /** Repairs made to the file and ambiguous names. */
  warnings: string[];
}

/** How far (degrees) past the gazetteer's centres a shape may reach before it is "outside the city". */
const REGION_MARGIN = 0.15;

/** `input`: the file's text or its parsed JSON; `file` names it in every message. Throws BoundaryError. */
export function matchBoundaries(input: unknown, gazetteer: Gazetteer, file: string): BoundaryMatch {
  const located = locatedNeighbourhoods(gazetteer);
  const read = readBoundaryFile(input, file, regionOf(located.map((n) => n.centre)));
  const warnings = [...read.warnings];
  const tiers = nameTiers(gazetteer);
  const parts = new Map<string, BoundaryFeature[]>();
  const unmatched: string[] = [];
  for (const feature of read.features) {
    const found = matchFeature(feature, tiers);
    if (typeof found === 'string') {
      parts.set(found, [...(parts.get(found) ?? []), feature]);
      continue;
    }
    const label = feature.name || feature.nameAr;
    unmatched.push(label);
    if (found.length) warnings.push(`${file}: features[${feature.index}] "${label}" could be ${found.join(' or ')}: left unmatched`);
  }
  const features: CellFeature[] = [];
  for (const n of located) {
    const mine = parts.get(n.id);
    if (!mine) continue;
    features.push({
      type: 'Feature',
      id: n.id,
      geometry: merged(mine.flatMap((f) => f.polygons)),
      properties: { id: n.id, name_en: n.name_en, name_fr: n.name_fr, name_ar: n.name_ar, kind: n.kind, area_km2: n.area_km2, approximate: false },
    });
  }
  const missing = located.filter((n) => !parts.has(n.id)).map((n) => n.id);
  return { read: read.features.length + read.skipped.length, features, skipped: read.skipped, unmatched, missing, warnings };
}

/**
 * The map's shapes: each surveyed shape, and for the neighbourhoods without one their
 * generated cell less whatever surveyed shapes overlap it (so nothing is drawn twice).
 * A cell the surveyed shapes cover almost entirely keeps its whole shape.
 */
export function combineShapes(cells: CellCollection, surveyed: BoundaryMatch): { shapes: CellCollection; warnings: string[] } {
  const byId = new Map(surveyed.features.map((f) => [f.id, f]));
  const warnings: string[] = [];
  const features = cells.features.map((cell) => {
    const shape = byId.get(cell.id);
    if (shape) return shape;
    const others = surveyed.features.filter((f) => boxesMeet(boxOf(f.geometry), boxOf(cell.geometry)));
    if (others.length === 0) return cell;
    const rest = difference(featureCollection([asTurf(cell.geometry), union2(others.map((f) => asTurf(f.geometry)))]));
    const restGeometry = rest ? lonLatGeometry(polygonsOf(rest.geometry as PolygonGeometry)) : null;
    if (!restGeometry || restGeometry.coordinates.length === 0 || lonLatArea(restGeometry) < 0.1 * lonLatArea(cell.geometry)) {
      warnings.push(`${cell.id}: the surveyed shapes cover its generated cell: kept the whole cell`);
      return cell;
    }
    return { ...cell, geometry: restGeometry };
  });
  return { shapes: { type: 'FeatureCollection', features }, warnings };
}

type Tier = Map<string, Set<string>>;

/** Normalised name → ids, per tier of evidence. */
function nameTiers(gazetteer: Gazetteer): { en: Tier; enAlias: Tier; ar: Tier; arAlias: Tier } {
  const tiers = { en: new Map(), enAlias: new Map(), ar: new Map(), arAlias: new Map() } as { en: Tier; enAlias: Tier; ar: Tier; arAlias: Tier };
  const add = (tier: Tier, text: string, id: string) => {
    const k = key(text);
    if (!k) return;
    tier.set(k, (tier.get(k) ?? new Set()).add(id));
  };
  for (const n of locatedNeighbourhoods(gazetteer)) {
    add(tiers.en, n.name_en, n.id);
    add(tiers.en, n.name_fr, n.id);
    add(tiers.ar, n.name_ar, n.id);
    for (const a of n.aliases) add(isArabic(a) ? tiers.arAlias : tiers.enAlias, a, n.id);
  }
  return tiers;
}

/** The matched id, or the candidates of the first ambiguous tier ([] for no candidate at all). */
function matchFeature(feature: BoundaryFeature, tiers: ReturnType<typeof nameTiers>): string | string[] {
  const en = key(feature.name);
  const ar = key(feature.nameAr);
  let ambiguous: string[] = [];
  for (const [tier, k] of [
    [tiers.en, en],
    [tiers.enAlias, en],
    [tiers.ar, ar],
    [tiers.arAlias, ar],
  ] as const) {
    const ids = k ? tier.get(k) : undefined;
    if (!ids) continue;
    if (ids.size === 1) return [...ids][0]!;
    if (!ambiguous.length) ambiguous = [...ids].sort();
  }
  return ambiguous;
}

function key(text: string): string {
  return text ? aliasForms(text).map((f) => f.key).join(' ') : '';
}

function isArabic(text: string): boolean {
  return /[\u0600-\u06FF]/.test(text);
}

function regionOf(centres: LonLat[]): Region | null {
  if (centres.length === 0) return null;
  const lons = centres.map((c) => c[0]);
  const lats = centres.map((c) => c[1]);
  return {
    minLon: Math.min(...lons) - REGION_MARGIN,
    maxLon: Math.max(...lons) + REGION_MARGIN,
    minLat: Math.min(...lats) - REGION_MARGIN,
    maxLat: Math.max(...lats) + REGION_MARGIN,
  };
}

/** The parts of one neighbourhood as one shape: their union (parts that touch become one). */
function merged(polygons: LonLat[][][]): PolygonGeometry {
  if (polygons.length === 1) return lonLatGeometry(polygons);
  const u = union(featureCollection(polygons.map((p) => polygon(p))));
  return lonLatGeometry(u ? polygonsOf(u.geometry as PolygonGeometry) : polygons);
}

function union2(features: ReturnType<typeof asTurf>[]) {
  if (features.length === 1) return features[0]!;
  const u = union(featureCollection(features));
  return u ?? features[0]!;
}

function asTurf(g: PolygonGeometry) {
  return multiPolygon(polygonsOf(g));
}

function polygonsOf(g: PolygonGeometry): LonLat[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

type LonLatBox = [number, number, number, number];

function boxOf(g: PolygonGeometry): LonLatBox {
  const box: LonLatBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polygonsOf(g)) {
    for (const [lon, lat] of p[0]!) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

function boxesMeet(a: LonLatBox, b: LonLatBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function lonLatArea(g: PolygonGeometry): number {
  let s = 0;
  for (const p of polygonsOf(g)) {
    p.forEach((r, k) => {
      let a = 0;
      for (let i = 0; i + 1 < r.length; i++) a += r[i]![0] * r[i + 1]![1] - r[i + 1]![0] * r[i]![1];
      s += (k === 0 ? 1 : -1) * Math.abs(a / 2);
    });
  }
  return s;
}
