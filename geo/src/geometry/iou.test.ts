import { beforeAll, describe, expect, it } from 'vitest';
import { surveyedBoundaries } from '../../../test/support/boundaries';
import { bundledGazetteerSources } from '../../../test/support/corpus';
import { buildGazetteer } from '../gazetteer/build';
import type { Gazetteer } from '../gazetteer/types';
import { matchBoundaries } from './boundaries';
import { generateCells } from './cells';
import { formatIou, geometryIou, type IouReport } from './iou';
import type { CellCollection, CellFeature } from './types';

function square(id: string, lon: number, lat: number, d: number, approximate: boolean): CellFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] },
    properties: { id, name_en: id, name_fr: id, name_ar: '', kind: 'residential', area_km2: 1, approximate },
  };
}

const twoCentres: Gazetteer = {
  neighbourhoods: [
    { id: 'a', name_en: 'a', name_fr: 'a', name_ar: '', aliases: [], kind: 'residential', centre: [37.105, 36.205], area_km2: 1, located: true, parts: 1 },
    { id: 'b', name_en: 'b', name_fr: 'b', name_ar: '', aliases: [], kind: 'residential', centre: [37.305, 36.305], area_km2: 1, located: true, parts: 1 },
  ],
  places: [],
  groups: [],
  aliases: [],
  notPlaces: [],
  warnings: [],
};

describe('IoU of cells and surveyed shapes', () => {
  it('is 1 for the same shape, 0 for disjoint ones, and half for a half overlap', () => {
    const cells: CellCollection = { type: 'FeatureCollection', features: [square('a', 37.1, 36.2, 0.01, true), square('b', 37.3, 36.3, 0.01, true)] };
    const report = geometryIou(cells, [square('a', 37.1, 36.2, 0.01, false), square('b', 37.2, 36.3, 0.01, false)], twoCentres);
    expect(report.rows.map((r) => [r.id, Number(r.iou.toFixed(6))])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
    expect(report.mean).toBeCloseTo(0.5, 6);
    expect(report.centresInside).toBe(2);
    expect(formatIou(report).split('\n').at(-1)).toBe('mean IoU: 0.500, centres inside own cell: 2/2');
  });

  it('lists cells without a surveyed shape apart', () => {
    const cells: CellCollection = { type: 'FeatureCollection', features: [square('a', 37.1, 36.2, 0.01, true), square('b', 37.3, 36.3, 0.01, true)] };
    const report = geometryIou(cells, [square('a', 37.1, 36.2, 0.01, false)], twoCentres);
    expect(report.rows).toHaveLength(1);
    expect(report.unsurveyed).toEqual(['b']);
  });
});

describe('the generated cells against the surveyed polygons', () => {
  let report: IouReport;
  beforeAll(() => {
    const gazetteer = buildGazetteer(bundledGazetteerSources());
    const { path, text } = surveyedBoundaries();
    report = geometryIou(generateCells(gazetteer), matchBoundaries(text, gazetteer, path).features, gazetteer);
  });

  it('reaches a mean IoU of 0.6 with every centre inside its own cell', () => {
    expect(report.rows).toHaveLength(126);
    expect(report.mean).toBeGreaterThanOrEqual(0.6);
    expect(report.min).toBeGreaterThan(0.25);
    expect(report.centresInside).toBe(126);
  });
});
