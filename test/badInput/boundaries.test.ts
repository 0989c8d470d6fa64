/**
 * Bad boundaries files (--boundaries). A file that is not a GeoJSON FeatureCollection, or has
 * no usable feature, is refused (exit 1, nothing written): the user asked for surveyed shapes
 * and would otherwise get generated ones without noticing. A bad feature is skipped with its
 * line (its neighbourhood keeps a generated cell, marked approximate) and every other feature
 * is used. An unclosed ring and [lat, lon] order are repaired with a warning.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { surveyedBoundaries } from '../support/boundaries';
import { geo, messages, tmp, type GeoRun } from '../support/geoCli';

type Position = [number, number];
interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}
interface Shape {
  id: string;
  geometry: unknown;
  properties: { approximate: boolean };
}

/** One feature per line: feature i is on line 4 + i. */
const geojson = (features: unknown[]) => `{\n"type": "FeatureCollection",\n"features": [\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]\n}\n`;
const lineOf = (index: number) => 4 + index;

interface Run extends GeoRun {
  file: string;
  out: string;
}

async function build(name: string, text: string): Promise<Run> {
  const file = join(tmp(), name);
  writeFileSync(file, text);
  const out = tmp();
  return { ...(await geo('--boundaries', file, '--out', out)), file, out };
}

const shapes = (run: Run): Shape[] => JSON.parse(readFileSync(join(run.out, 'neighbourhoods.geojson'), 'utf8')).features;

let features: Feature[];
/** Indexes of features whose name no other feature has: skipping one leaves its neighbourhood without a surveyed shape. */
let pick: number[];
let clean: Run;
let damaged: Run;
let swapped: Run;
let worse: Run;
let refused: Record<'text' | 'feature' | 'nan' | 'nameless', Run>;

beforeAll(async () => {
  features = JSON.parse(surveyedBoundaries().text).features;
  const count = new Map<string, number>();
  for (const f of features) count.set(String(f.properties.NAME), (count.get(String(f.properties.NAME)) ?? 0) + 1);
  pick = features.flatMap((f, i) => (count.get(String(f.properties.NAME)) === 1 && f.geometry.type === 'MultiPolygon' ? [i] : [])).slice(0, 7);

  const bad = features.map((f) => structuredClone(f));
  const [lon, lat] = (features[pick[0]!]!.geometry.coordinates as Position[][][])[0]![0]![0]!;
  const d = 0.002;
  const polygon = (coordinates: unknown) => ({ type: 'Polygon', coordinates });
  bad[pick[0]!]!.geometry = polygon([[[lon, lat], [lon + d, lat + d], [lon + d, lat], [lon, lat + d], [lon, lat]]]);
  bad[pick[1]!]!.properties = { Id: 0 };
  bad[pick[2]!]!.geometry = polygon([[[lon, lat], [lon + d, lat], [lon, lat]]]);
  bad[pick[3]!]!.geometry = polygon([[[lon, lat], null, [lon + d, lat + d], [lon, lat + d], [lon, lat]]]);
  (bad[pick[4]!]!.geometry.coordinates as Position[][][])[0]![0]!.pop();
  bad[pick[5]!]!.geometry = { type: 'Point', coordinates: [lon, lat] };
  bad[pick[6]!]!.geometry = polygon([[[2.35, 48.85], [2.351, 48.85], [2.351, 48.851], [2.35, 48.851], [2.35, 48.85]]]);

  // Worse: coordinates nested 200,000 deep, a hole outside its ring, one polygon under two names.
  const more = features.map((f) => structuredClone(f));
  more[pick[0]!]!.geometry = { type: 'Polygon', coordinates: 'DEEP' };
  const outer = (features[pick[1]!]!.geometry.coordinates as Position[][][])[0]![0]!;
  const [maxLon, maxLat] = [Math.max(...outer.map((q) => q[0])), Math.max(...outer.map((q) => q[1]))];
  const e = 0.0005;
  const hole = [[maxLon + e, maxLat + e], [maxLon + 2 * e, maxLat + e], [maxLon + 2 * e, maxLat + 2 * e], [maxLon + e, maxLat + 2 * e], [maxLon + e, maxLat + e]];
  more[pick[1]!]!.geometry = polygon([outer, hole]);
  more[pick[3]!]!.geometry = structuredClone(features[pick[2]!]!.geometry);
  const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;

  const latLon = features.map((f) => ({ ...f, geometry: { ...f.geometry, coordinates: (f.geometry.coordinates as Position[][][][]).map((p) => p.map((r) => r.map(([x, y]) => [y, x]))) } }));
  const nameless = features.map((f) => ({ ...f, properties: { Id: f.properties.Id } }));
  const runs = await Promise.all([
    build('clean.geojson', geojson(features)),
    build('damaged.geojson', geojson(bad)),
    build('swapped.geojson', geojson(latLon)),
    build('text.geojson', 'Aleppo neighbourhoods, surveyed 2016\n'),
    build('feature.geojson', JSON.stringify(features[0])),
    build('nan.geojson', '{"type": "FeatureCollection", "features": [\n{"type": "Feature", "properties": {"NAME": "al-Marjeh"},\n "geometry": {"type": "Polygon", "coordinates": [[[37.17, NaN], [37.18, 36.18], [37.18, 36.19], [37.17, 36.18]]]}}\n]}\n'),
    build('nameless.geojson', geojson(nameless)),
    build('worse.geojson', geojson(more).replace('"DEEP"', deep)),
  ]);
  worse = runs[7]!;
  [clean, damaged, swapped] = runs;
  refused = { text: runs[3]!, feature: runs[4]!, nan: runs[5]!, nameless: runs[6]! };
}, 300_000);

describe('a boundaries file with bad features', () => {
  it('names each bad feature by file, line, index and name, skips it, and exits 0', () => {
    expect(damaged.code).toBe(0);
    const name = (k: number) => String(features[pick[k]!]!.properties.NAME);
    const at = (k: number) => `${damaged.file}:${lineOf(pick[k]!)}: features[${pick[k]}]`;
    const [lon, lat] = (features[pick[0]!]!.geometry.coordinates as Position[][][])[0]![0]![0]!;
    const skipped = ' (feature skipped: its neighbourhood keeps a generated cell)';
    const errors = messages(damaged.stderr, 'error: ');
    expect(errors.filter((e) => !e.includes('lies outside the city'))).toEqual(
      [
        `error: ${at(0)} "${name(0)}": self-intersecting ring: its edges cross at [${(lon + 0.001).toFixed(5)}, ${(lat + 0.001).toFixed(5)}]${skipped}`,
        `error: ${at(1)}: no name (properties NAME and NAME_A are both missing or empty)${skipped}`,
        `error: ${at(2)} "${name(2)}": ring 0 has 2 distinct positions, a ring needs at least 3${skipped}`,
        `error: ${at(3)} "${name(3)}": ring 0 position 1 is not [lon, lat] numbers (null)${skipped}`,
        `error: ${at(5)} "${name(5)}": geometry is a Point, not a Polygon or MultiPolygon${skipped}`,
      ].sort(),
    );
    const outside = errors.filter((e) => e.includes('lies outside the city'));
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatch(
      new RegExp(`^error: ${at(6).replace(/[.[\]]/g, '\\$&')} "${name(6)}": lies outside the city \\(lon 2\\.3500\\.\\.2\\.3510, lat 48\\.8500\\.\\.48\\.8510; expected lon \\d+\\.\\d\\d\\.\\.\\d+\\.\\d\\d, lat \\d+\\.\\d\\d\\.\\.\\d+\\.\\d\\d\\) \\(feature skipped`),
    );
    expect(messages(damaged.stderr, 'warning: ')).toContain(`warning: geometry: ${at(4)} "${name(4)}": ring 0 was not closed: closed it`);
    expect(damaged.stdout).toContain(`shapes: 126 (120 surveyed, from ${features.length} features of which 6 skipped, 0 match nothing)`);
  });

  it('uses every other feature as it is: only the skipped features’ neighbourhoods fall back to generated cells', () => {
    const before = new Map(shapes(clean).map((s) => [s.id, s]));
    const after = shapes(damaged);
    expect(after.map((s) => s.id)).toEqual([...before.keys()]);
    expect(after.filter((s) => s.properties.approximate)).toHaveLength(6);
    for (const s of after.filter((s) => !s.properties.approximate)) expect(s, s.id).toEqual(before.get(s.id));
  });
});

describe('a boundaries file with worse features', () => {
  it('nesting 200,000 deep, a hole outside its ring, a polygon already another feature’s: each named and skipped, exit 0', () => {
    expect(worse.code).toBe(0);
    const name = (k: number) => String(features[pick[k]!]!.properties.NAME);
    const at = (k: number) => `${worse.file}:${lineOf(pick[k]!)}: features[${pick[k]}] "${name(k)}"`;
    const skipped = ' (feature skipped: its neighbourhood keeps a generated cell)';
    const errors = messages(worse.stderr, 'error: ');
    expect(errors).toHaveLength(3);
    expect(errors.filter((m) => !m.includes('overlaps'))).toEqual(
      [`error: ${at(0)}: ring 0 position 0 is not [lon, lat] numbers ([[[…]]])${skipped}`, `error: ${at(1)}: ring 1, a hole, lies outside its outer ring${skipped}`].sort(),
    );
    expect(errors.find((m) => m.includes('overlaps'))).toMatch(new RegExp(`^error: ${at(3).replace(/[.[\]()]/g, '\\$&')}: overlaps features\\[${pick[2]}\\] "${name(2)}" on [\\d,]+ m², 100% of the smaller: two features cannot hold the same ground`));
    expect(worse.stdout).toContain(`shapes: 126 (123 surveyed, from ${features.length} features of which 3 skipped, 0 match nothing)`);
  });

  it('uses every other feature as it is', () => {
    const before = new Map(shapes(clean).map((s) => [s.id, s]));
    const after = shapes(worse);
    expect(after.map((s) => s.id)).toEqual([...before.keys()]);
    expect(after.filter((s) => s.properties.approximate)).toHaveLength(3);
    for (const s of after.filter((s) => !s.properties.approximate)) expect(s, s.id).toEqual(before.get(s.id));
  });
});

describe('a boundaries file in [lat, lon] order', () => {
  it('says the order looks swapped, reads it as [lon, lat], and draws the same shapes', () => {
    expect(swapped.code).toBe(0);
    expect(messages(swapped.stderr, 'warning: ')).toContain(
      `warning: geometry: ${swapped.file}: ${features.length} feature(s) gave positions as [lat, lon] ("${features[0]!.properties.NAME}", "${features[1]!.properties.NAME}", "${features[2]!.properties.NAME}", ...): the order looks swapped, read them as [lon, lat]`,
    );
    expect(readFileSync(join(swapped.out, 'neighbourhoods.geojson')).equals(readFileSync(join(clean.out, 'neighbourhoods.geojson')))).toBe(true);
  });
});

describe('a boundaries file that cannot be used', () => {
  it.each([
    ['text', (f: string) => `error: ${f}:1: not JSON: "Aleppo" is not a JSON value`],
    ['feature', (f: string) => `error: ${f}: not a GeoJSON FeatureCollection (found a GeoJSON Feature)`],
    ['nan', (f: string) => `error: ${f}:3: not JSON: "NaN" is not a JSON value (JSON has no NaN or Infinity: a position must be two numbers)`],
    ['nameless', (f: string) => `error: ${f}: none of its ${features.length} features is usable:`],
  ] as const)('%s: is refused with exit 1 and nothing written', (kind, message) => {
    const run = refused[kind];
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(message(run.file));
    expect(readdirSync(run.out)).toEqual([]);
  });

  it('lists the first problems when no feature is usable', () => {
    const lines = refused.nameless.stderr.trim().split('\n');
    expect(lines.slice(1)).toEqual([
      ...[0, 1, 2, 3, 4].map((i) => `  ${refused.nameless.file}:${lineOf(i)}: features[${i}]: no name (properties NAME and NAME_A are both missing or empty)`),
      `  ... and ${features.length - 5} more`,
    ]);
  });
});
