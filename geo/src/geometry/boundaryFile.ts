/**
 * Reading a boundaries file (GeoJSON FeatureCollection of neighbourhood polygons) strictly.
 * A file that is not a FeatureCollection, or has no usable feature, is refused (BoundaryError:
 * the user asked for surveyed shapes and would silently get generated ones). A feature that
 * is wrong (no name, not polygons, positions that are not numbers, too few positions, a
 * self-intersecting or otherwise invalid ring, a hole outside its ring, far from the city,
 * most of its ground already another feature's) is skipped with its
 * index, name, line and problem: its neighbourhood keeps a generated cell, marked
 * approximate, and every other feature is used. Two problems are repaired with a warning
 * because the intent is unambiguous: an unclosed ring is closed, and [lat, lon] positions
 * are swapped back. Never a silent wrong map.
 */
import { area } from '@turf/area';
import { featureCollection, multiPolygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import { booleanValid } from '@turf/boolean-valid';
import { pointInRing, polygonArea } from './planar';
import { jsonLines, type JsonLines } from './jsonLines';
import type { LonLat } from './projection';

export class BoundaryError extends Error {
  override name = 'BoundaryError';
}

export interface BoundaryFeature {
  index: number;
  /** English name (NAME), '' when absent. */
  name: string;
  /** Arabic name (NAME_A), '' when absent. */
  nameAr: string;
  /** Polygons (outer ring, then holes), rings closed. */
  polygons: LonLat[][][];
}

/** Lon/lat box the shapes must fall in: the city, from the gazetteer's centres plus a margin. */
export interface Region {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** A feature left out of the map, and why. */
export interface SkippedFeature {
  index: number;
  /** 1-based line of the file where the feature starts; absent when the input was parsed JSON. */
  line?: number;
  /** NAME or NAME_A, '' when it has none. */
  name: string;
  problem: string;
}

export interface BoundaryFile {
  features: BoundaryFeature[];
  skipped: SkippedFeature[];
  warnings: string[];
}

/** `file[:line]: features[3] "al-Marjeh": problem`, the form of every message about one feature. */
export function skippedMessage(file: string, s: SkippedFeature): string {
  return `${file}${s.line ? `:${s.line}` : ''}: features[${s.index}]${s.name ? ` "${s.name}"` : ''}: ${s.problem}`;
}

class FeatureProblem extends Error {}

/** `input`: the file's text, or its already-parsed JSON. */
export function readBoundaryFile(input: unknown, file: string, region: Region | null): BoundaryFile {
  let data = input;
  const lines = typeof input === 'string' ? jsonLines(input) : null;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      const bad = lines?.badWord;
      if (bad) {
        const hint = /^(NaN|Infinity|undefined)$/.test(bad.word) ? ' (JSON has no NaN or Infinity: a position must be two numbers)' : '';
        throw new BoundaryError(`${file}:${bad.line}: not JSON: "${bad.word}" is not a JSON value${hint}`);
      }
      throw new BoundaryError(`${file}: not JSON (${(e as Error).message.slice(0, 200)})`);
    }
  }
  if (!isObject(data) || data.type !== 'FeatureCollection') {
    const type = isObject(data) && typeof data.type === 'string' ? `a GeoJSON ${data.type}` : 'GeoJSON';
    throw new BoundaryError(`${file}: not a GeoJSON FeatureCollection (${type === 'GeoJSON' ? 'no "type": "FeatureCollection"' : `found ${type}`})`);
  }
  if (!Array.isArray(data.features)) throw new BoundaryError(`${file}: the FeatureCollection has no "features" array`);
  if (data.features.length === 0) throw new BoundaryError(`${file}: the FeatureCollection has no features`);

  const warnings: string[] = [];
  const swapped: string[] = [];
  const skipped: SkippedFeature[] = [];
  const features: BoundaryFeature[] = [];
  data.features.forEach((raw: unknown, index: number) => {
    const line = lines?.features[index];
    let name = '';
    try {
      if (!isObject(raw) || raw.type !== 'Feature') throw new FeatureProblem('not a GeoJSON Feature');
      features.push(readFeature(raw, index, region, (label) => (name = label), (w) => warnings.push(skippedMessage(file, { index, ...(line ? { line } : {}), name, problem: w })), swapped));
    } catch (e) {
      if (!(e instanceof FeatureProblem)) throw e;
      skipped.push({ index, ...(line ? { line } : {}), name, problem: e.message });
    }
  });
  skipped.push(...overlapping(features, lines));
  if (features.length === 0) {
    const some = skipped.slice(0, 5).map((s) => `\n  ${skippedMessage(file, s)}`).join('');
    throw new BoundaryError(`${file}: none of its ${skipped.length} features is usable:${some}${skipped.length > 5 ? `\n  ... and ${skipped.length - 5} more` : ''}`);
  }
  if (swapped.length) {
    const some = swapped.slice(0, 3).map((n) => `"${n}"`).join(', ');
    warnings.push(`${file}: ${swapped.length} feature(s) gave positions as [lat, lon] (${some}${swapped.length > 3 ? ', ...' : ''}): the order looks swapped, read them as [lon, lat]`);
  }
  return { features, skipped, warnings };
}

function readFeature(
  raw: Record<string, unknown>,
  index: number,
  region: Region | null,
  named: (label: string) => void,
  warn: (w: string) => void,
  swapped: string[],
): BoundaryFeature {
  const props = isObject(raw.properties) ? raw.properties : {};
  const name = text(props.NAME);
  const nameAr = text(props.NAME_A);
  const label = name || nameAr;
  if (!label) throw new FeatureProblem('no name (properties NAME and NAME_A are both missing or empty)');
  named(label);
  const polygons = readGeometry(raw.geometry, (problem) => new FeatureProblem(problem), warn);
  if (region) {
    const box = boxOf(polygons);
    if (!inside(box, region)) {
      if (inside({ minLon: box.minLat, maxLon: box.maxLat, minLat: box.minLon, maxLat: box.maxLon }, region)) {
        for (const p of polygons) for (const r of p) for (const q of r) q.reverse();
        swapped.push(label);
      } else {
        throw new FeatureProblem(
          `lies outside the city (lon ${box.minLon.toFixed(4)}..${box.maxLon.toFixed(4)}, lat ${box.minLat.toFixed(4)}..${box.maxLat.toFixed(4)}; ` +
            `expected lon ${region.minLon.toFixed(2)}..${region.maxLon.toFixed(2)}, lat ${region.minLat.toFixed(2)}..${region.maxLat.toFixed(2)})`,
        );
      }
    }
  }
  checkShape(polygons, (problem) => new FeatureProblem(problem));
  return { index, name, nameAr, polygons };
}

function readGeometry(geometry: unknown, fail: (problem: string) => Error, warn: (w: string) => void): LonLat[][][] {
  if (!isObject(geometry)) throw fail('no geometry');
  let polygons: unknown[];
  if (geometry.type === 'Polygon') polygons = [geometry.coordinates];
  else if (geometry.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)) polygons = geometry.coordinates;
  else throw fail(`geometry is ${typeof geometry.type === 'string' ? `a ${geometry.type}` : 'of no known type'}, not a Polygon or MultiPolygon`);
  if (polygons.length === 0) throw fail('geometry has no polygon');
  return polygons.map((polygon, p) => {
    if (!Array.isArray(polygon) || polygon.length === 0) throw fail(`polygon ${p} has no rings`);
    return polygon.map((ring: unknown, r) => {
      const at = polygons.length > 1 ? `polygon ${p} ring ${r}` : `ring ${r}`;
      if (!Array.isArray(ring)) throw fail(`${at} is not an array of positions`);
      const positions = ring.map((q: unknown, k): LonLat => {
        if (!Array.isArray(q) || q.length < 2 || typeof q[0] !== 'number' || typeof q[1] !== 'number' || !Number.isFinite(q[0]) || !Number.isFinite(q[1])) {
          throw fail(`${at} position ${k} is not [lon, lat] numbers (${brief(q)})`);
        }
        return [q[0], q[1]];
      });
      const first = positions[0];
      const last = positions[positions.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        positions.push([first[0], first[1]]);
        warn(`${at} was not closed: closed it`);
      }
      if (positions.length < 4) throw fail(`${at} has ${Math.max(0, positions.length - 1)} distinct positions, a ring needs at least 3`);
      return positions;
    });
  });
}

function checkShape(polygons: LonLat[][][], fail: (problem: string) => Error): void {
  const geometry = { type: 'MultiPolygon' as const, coordinates: polygons };
  const crossings = kinks(geometry).features;
  if (crossings.length) {
    const [lon, lat] = crossings[0]!.geometry.coordinates;
    throw fail(`self-intersecting ring: its edges cross at [${lon!.toFixed(5)}, ${lat!.toFixed(5)}]`);
  }
  if (!booleanValid(geometry)) throw fail('invalid polygon (a spike, a hole outside its ring, or parts that overlap)');
  // booleanValid lets a hole lie wholly outside its ring (it only looks for crossings).
  polygons.forEach((polygon, p) => {
    for (let r = 1; r < polygon.length; r++) {
      if (polygon[r]!.every((q) => !pointInRing(q, polygon[0]!))) {
        throw fail(`${polygons.length > 1 ? `polygon ${p} ` : ''}ring ${r}, a hole, lies outside its outer ring`);
      }
    }
  });
}

/** Two features may share edges and slivers, not most of their ground: past this share of the smaller one, the later is skipped. */
const MAX_OVERLAP = 0.5;

/**
 * Features that cover most of an earlier feature's ground (the same polygon pasted under
 * two names): each is taken out of `features` and returned as skipped, naming the feature
 * it overlaps. Only pairs whose boxes meet are intersected.
 */
function overlapping(features: BoundaryFeature[], lines: JsonLines | null): SkippedFeature[] {
  const boxes = features.map((f) => boxOf(f.polygons));
  // In square degrees, for a first cut: two boxes sharing less than half the smaller shape cannot.
  const planar = features.map((f) => f.polygons.reduce((sum, p) => sum + Math.abs(polygonArea(p)), 0));
  const areas = new Map<number, number>();
  const areaOf = (k: number) => areas.get(k) ?? areas.set(k, area(multiPolygon(features[k]!.polygons))).get(k)!;
  const out: SkippedFeature[] = [];
  const dropped = new Set<number>();
  for (let j = 0; j < features.length; j++) {
    for (let i = 0; i < j; i++) {
      if (dropped.has(i) || boxOverlap(boxes[i]!, boxes[j]!) <= MAX_OVERLAP * Math.min(planar[i]!, planar[j]!)) continue;
      const common = intersect(featureCollection([multiPolygon(features[i]!.polygons), multiPolygon(features[j]!.polygons)]));
      const shared = common ? area(common) : 0;
      if (shared <= MAX_OVERLAP * Math.min(areaOf(i), areaOf(j))) continue;
      const [a, b] = [features[i]!, features[j]!];
      const line = lines?.features[b.index];
      out.push({
        index: b.index,
        ...(line ? { line } : {}),
        name: b.name || b.nameAr,
        problem: `overlaps features[${a.index}] "${a.name || a.nameAr}" on ${Math.round(shared).toLocaleString('en')} m², ${Math.round((100 * shared) / Math.min(areaOf(i), areaOf(j)))}% of the smaller: two features cannot hold the same ground`,
      });
      dropped.add(j);
      break;
    }
  }
  const kept = features.filter((_, k) => !dropped.has(k));
  features.splice(0, features.length, ...kept);
  return out;
}

/** The area (square degrees) two boxes share, 0 when they do not meet. */
function boxOverlap(p: Region, q: Region): number {
  const w = Math.min(p.maxLon, q.maxLon) - Math.max(p.minLon, q.minLon);
  const h = Math.min(p.maxLat, q.maxLat) - Math.max(p.minLat, q.minLat);
  return w > 0 && h > 0 ? w * h : 0;
}

function boxOf(polygons: LonLat[][][]): Region {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const p of polygons) {
    for (const r of p) {
      for (const [lon, lat] of r) {
        box.minLon = Math.min(box.minLon, lon);
        box.maxLon = Math.max(box.maxLon, lon);
        box.minLat = Math.min(box.minLat, lat);
        box.maxLat = Math.max(box.maxLat, lat);
      }
    }
  }
  return box;
}

function inside(box: Region, region: Region): boolean {
  return box.minLon >= region.minLon && box.maxLon <= region.maxLon && box.minLat >= region.minLat && box.maxLat <= region.maxLat;
}

/**
 * A value shown in a message, at most two levels deep and 60 characters long: JSON.stringify
 * of an array nested 200,000 deep would overflow the stack instead of saying what is wrong.
 */
function brief(x: unknown, depth = 0): string {
  if (Array.isArray(x)) {
    if (depth >= 2) return x.length ? '[…]' : '[]';
    const inner = x.slice(0, 3).map((v) => brief(v, depth + 1)).join(', ');
    return `[${inner}${x.length > 3 ? ', …' : ''}]`.slice(0, 60);
  }
  if (typeof x === 'object' && x !== null) return '{…}';
  return String(JSON.stringify(x) ?? x).slice(0, 60);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function text(x: unknown): string {
  return typeof x === 'string' ? x.trim() : '';
}
