import { area } from '@turf/area';
import { booleanValid } from '@turf/boolean-valid';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { beforeAll, describe, expect, it } from 'vitest';
import { surveyedBoundaries } from '../../../test/support/boundaries';
import { bundledGazetteerSources } from '../../../test/support/corpus';
import { buildGazetteer } from '../gazetteer/build';
import { BoundaryError, combineShapes, matchBoundaries, type BoundaryMatch } from './boundaries';
import { generateCells } from './cells';

const gazetteer = buildGazetteer(bundledGazetteerSources());
const located = gazetteer.neighbourhoods.filter((n) => n.located);
const FILE = 'test.geojson';

/** A small square (≈ 110 m a side) at [lon, lat], as GeoJSON positions. */
function square(lon: number, lat: number, d = 0.001): number[][][] {
  return [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]];
}

function collection(...features: object[]) {
  return { type: 'FeatureCollection', features };
}

function poly(props: Record<string, unknown>, coordinates: unknown = square(37.15, 36.2)) {
  return { type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates } };
}

const marjeh = gazetteer.neighbourhoods.find((n) => n.id === 'al-marjeh')!;

describe('matching the surveyed boundaries', () => {
  let surveyed: { path: string; text: string };
  let match: BoundaryMatch;
  beforeAll(() => {
    surveyed = surveyedBoundaries();
    match = matchBoundaries(surveyed.text, gazetteer, surveyed.path);
  });

  it('matches all 133 features and leaves no located neighbourhood without a shape', () => {
    expect(match.read).toBe(133);
    expect(match.unmatched).toEqual([]);
    expect(match.missing).toEqual([]);
    expect(match.warnings).toEqual([]);
    expect(match.features.map((f) => f.id).sort()).toEqual(located.map((n) => n.id).sort());
    for (const f of match.features) {
      expect(f.properties.approximate).toBe(false);
      expect(booleanValid(f.geometry), f.id).toBe(true);
    }
  });

  it('merges a neighbourhood given in several features into one shape', () => {
    const raw = JSON.parse(surveyed.text) as { features: { properties: { NAME: string }; geometry: never }[] };
    for (const [id, name, parts] of [
      ['tishreen', 'Tishreen', 3],
      ['as-salheen', 'as-Salheen', 2],
      ['muhammad-bek', 'Muhammad Bek', 2],
    ] as const) {
      const features = raw.features.filter((f) => f.properties.NAME === name);
      expect(features).toHaveLength(parts);
      const shapes = match.features.filter((f) => f.id === id);
      expect(shapes).toHaveLength(1);
      const expected = features.reduce((s, f) => s + area(f.geometry), 0);
      expect(area(shapes[0]!.geometry) / expected).toBeCloseTo(1, 3);
    }
  });

  it('keeps surveyed shapes whole and trims generated cells where they overlap them', () => {
    const partial = matchBoundaries(
      { ...JSON.parse(surveyed.text), features: (JSON.parse(surveyed.text) as { features: { properties: { NAME: string } }[] }).features.filter((f) => f.properties.NAME !== 'al-Marjeh') },
      gazetteer,
      surveyed.path,
    );
    expect(partial.missing).toEqual(['al-marjeh']);
    const { shapes } = combineShapes(generateCells(gazetteer), partial);
    expect(shapes.features).toHaveLength(located.length);
    const cell = shapes.features.find((f) => f.id === 'al-marjeh')!;
    expect(cell.properties.approximate).toBe(true);
    for (const f of shapes.features) {
      if (f.id === 'al-marjeh') continue;
      expect(f.properties.approximate).toBe(false);
      const common = intersect(featureCollection([feature(cell.geometry), feature(f.geometry)]));
      // Both sides are rounded to 5 decimals: a few square metres along a shared edge at most.
      expect(common ? area(common) : 0, f.id).toBeLessThan(50);
    }
  });
});

describe('matching names', () => {
  it('matches by English name, by a spelling variant, or by the Arabic name alone', () => {
    const m = matchBoundaries(
      collection(
        poly({ NAME: 'al-Marjeh', NAME_A: null }, square(37.175, 36.18)),
        poly({ NAME: 'Al Marja' }, square(37.176, 36.181)),
        poly({ NAME: '', NAME_A: 'الشيخ مقصود' }, square(37.154, 36.236)),
      ),
      gazetteer,
      FILE,
    );
    expect(m.unmatched).toEqual([]);
    expect(m.features.map((f) => f.id)).toEqual(['al-marjeh', 'ash-sheikh-maqsoud']);
    expect(m.features[0]!.properties.name_en).toBe(marjeh.name_en);
    expect(m.missing).toHaveLength(located.length - 2);
  });

  it('leaves a name shared by several neighbourhoods unmatched, and says so', () => {
    const m = matchBoundaries(collection(poly({ NAME_A: 'الراموسة' }, square(37.13, 36.155)), poly({ NAME: 'Nowhere Street' })), gazetteer, FILE);
    expect(m.features).toEqual([]);
    expect(m.unmatched).toEqual(['الراموسة', 'Nowhere Street']);
    expect(m.warnings).toEqual([
      `${FILE}: features[0] "الراموسة" could be ad-ramouseh-industrial-district-i or ad-ramouseh-industrial-district-ii or ad-ramouseh-industrial-district-iii or ad-ramouseh-industrial-district-iv: left unmatched`,
    ]);
  });
});

describe('a broken boundaries file', () => {
  const fails = (input: unknown, message: string) => {
    expect(() => matchBoundaries(input, gazetteer, FILE)).toThrow(BoundaryError);
    expect(() => matchBoundaries(input, gazetteer, FILE)).toThrow(message);
  };

  it('that is not JSON', () => {
    fails('{"type": "FeatureCollection", "features": [', `${FILE}: not JSON (`);
  });

  it('that is not a FeatureCollection', () => {
    fails({ type: 'Feature', properties: {}, geometry: null }, `${FILE}: not a GeoJSON FeatureCollection (found a GeoJSON Feature)`);
    fails([1, 2], `${FILE}: not a GeoJSON FeatureCollection`);
  });

  it('whose features have no names: those are skipped and the others used; none usable refuses the file', () => {
    const m = matchBoundaries(collection(poly({ NAME: 'al-Marjeh' }, square(37.175, 36.18)), poly({ Id: 3 })), gazetteer, FILE);
    expect(m.skipped).toEqual([{ index: 1, name: '', problem: 'no name (properties NAME and NAME_A are both missing or empty)' }]);
    expect(m.read).toBe(2);
    expect(m.features.map((f) => f.id)).toEqual(['al-marjeh']);
    fails(collection(poly({ Id: 3 })), `${FILE}: none of its 1 features is usable:\n  ${FILE}: features[0]: no name (properties NAME and NAME_A are both missing or empty)`);
  });

  it('with a self-intersecting (bow-tie) ring', () => {
    const bowTie = [[[37.15, 36.2], [37.16, 36.21], [37.16, 36.2], [37.15, 36.21], [37.15, 36.2]]];
    fails(collection(poly({ NAME: 'al-Marjeh' }, bowTie)), `${FILE}: features[0] "al-Marjeh": self-intersecting ring: its edges cross at [37.15500, 36.20500]`);
  });

  it('with something other than polygons, or positions that are not numbers', () => {
    fails(collection({ type: 'Feature', properties: { NAME: 'al-Marjeh' }, geometry: { type: 'Point', coordinates: [37.1, 36.2] } }), `${FILE}: features[0] "al-Marjeh": geometry is a Point, not a Polygon or MultiPolygon`);
    fails(collection(poly({ NAME: 'al-Marjeh' }, [[[37.15, 36.2], ['37.16', 36.2], [37.16, 36.21], [37.15, 36.2]]])), `${FILE}: features[0] "al-Marjeh": ring 0 position 1 is not [lon, lat] numbers`);
    fails(collection(poly({ NAME: 'al-Marjeh' }, [[[37.15, 36.2], [37.16, 36.2], [37.15, 36.2]]])), `${FILE}: features[0] "al-Marjeh": ring 0 has 2 distinct positions, a ring needs at least 3`);
  });

  it('with shapes far from Aleppo', () => {
    fails(collection(poly({ NAME: 'al-Marjeh' }, square(2.35, 48.85))), `${FILE}: features[0] "al-Marjeh": lies outside the city (lon 2.3500..2.3510, lat 48.8500..48.8510;`);
  });

  it('with [lat, lon] positions: swapped back, with a warning', () => {
    const swapped = square(37.175, 36.18).map((r) => r.map(([lon, lat]) => [lat, lon]));
    const m = matchBoundaries(collection(poly({ NAME: 'al-Marjeh' }, swapped)), gazetteer, FILE);
    expect(m.warnings).toEqual([`${FILE}: 1 feature(s) gave positions as [lat, lon] ("al-Marjeh"): the order looks swapped, read them as [lon, lat]`]);
    expect(m.features[0]!.geometry.coordinates).toEqual(square(37.175, 36.18).map((r) => r.map(([lon, lat]) => [Math.round(lon! * 1e5) / 1e5, Math.round(lat! * 1e5) / 1e5])));
  });

  it('with an unclosed ring: closed, with a warning', () => {
    const open = [square(37.175, 36.18)[0]!.slice(0, 4)];
    const m = matchBoundaries(collection(poly({ NAME: 'al-Marjeh' }, open)), gazetteer, FILE);
    expect(m.warnings).toEqual([`${FILE}: features[0] "al-Marjeh": ring 0 was not closed: closed it`]);
    expect(area(m.features[0]!.geometry)).toBeGreaterThan(9_000);
  });
});
