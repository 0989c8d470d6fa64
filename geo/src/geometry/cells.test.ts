import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { booleanValid } from '@turf/boolean-valid';
import { bbox } from '@turf/bbox';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { describe, expect, it } from 'vitest';
import { bundledGazetteerSources } from '../../../test/support/corpus';
import { buildGazetteer } from '../gazetteer/build';
import type { Gazetteer, Neighbourhood } from '../gazetteer/types';
import { generateCells, tessellate } from './cells';
import type { PolygonGeometry } from './types';

const gazetteer = buildGazetteer(bundledGazetteerSources());
const located = gazetteer.neighbourhoods.filter((n) => n.located);
const { cells, outline } = tessellate(gazetteer);

const overlap = (a: PolygonGeometry, b: PolygonGeometry) => {
  const common = intersect(featureCollection([feature(a), feature(b)]));
  return common ? area(common) : 0;
};

describe('generated cells', () => {
  it('gives exactly one cell per located neighbourhood, with its properties', () => {
    expect(located).toHaveLength(126);
    expect(cells.features.map((f) => f.id).sort()).toEqual(located.map((n) => n.id).sort());
    for (const f of cells.features) {
      const n = located.find((x) => x.id === f.id)!;
      expect(f.properties).toEqual({ id: n.id, name_en: n.name_en, name_fr: n.name_fr, name_ar: n.name_ar, kind: n.kind, area_km2: n.area_km2, approximate: true });
    }
  });

  it('draws valid polygons in WGS84 rounded to 5 decimals', () => {
    for (const f of cells.features) {
      expect(booleanValid(f.geometry), f.id).toBe(true);
      const positions = f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2);
      for (const [lon, lat] of positions) {
        expect(Math.round(lon * 1e5) / 1e5).toBe(lon);
        expect(Math.round(lat * 1e5) / 1e5).toBe(lat);
        expect(lon).toBeGreaterThan(36.9);
        expect(lon).toBeLessThan(37.4);
        expect(lat).toBeGreaterThan(36.0);
        expect(lat).toBeLessThan(36.4);
      }
    }
  });

  it('tiles the outline: cell areas add up to its area, each cell lies inside it', () => {
    const outlineArea = area(outline);
    const total = cells.features.reduce((s, f) => s + area(f.geometry), 0);
    expect(Math.abs(total - outlineArea) / outlineArea).toBeLessThan(0.001);
    const inside = cells.features.reduce((s, f) => s + overlap(f.geometry, outline), 0);
    expect(Math.abs(inside - outlineArea) / outlineArea).toBeLessThan(0.001);
  });

  it('has no overlaps: neighbouring cells meet along their edges only', () => {
    const boxes = cells.features.map((f) => bbox(f.geometry));
    let pairs = 0;
    let shared = 0;
    for (let i = 0; i < cells.features.length; i++) {
      for (let j = i + 1; j < cells.features.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
        pairs++;
        const common = overlap(cells.features[i]!.geometry, cells.features[j]!.geometry);
        // Rounding to 5 decimals (about a metre) leaves a few square metres at most.
        expect(common, `${cells.features[i]!.id} / ${cells.features[j]!.id}`).toBeLessThan(10);
        shared += common;
      }
    }
    expect(pairs).toBeGreaterThan(200);
    expect(shared / area(outline)).toBeLessThan(1e-5);
  });

  it('keeps each centre inside its own cell and sizes cells from the facts', () => {
    const errors: number[] = [];
    for (const f of cells.features) {
      const n = located.find((x) => x.id === f.id)!;
      expect(booleanPointInPolygon(n.centre!, f.geometry), f.id).toBe(true);
      errors.push(Math.abs(area(f.geometry) / 1e6 / n.area_km2! - 1));
    }
    errors.sort((a, b) => a - b);
    // Cells next to a gap between discs take a share of it: most stay close to the facts.
    expect(errors[Math.floor(errors.length / 2)]).toBeLessThan(0.05);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generateCells(gazetteer))).toBe(JSON.stringify(cells));
  });

  it('copes with one neighbourhood, and with two at the same centre', () => {
    const one = generateCells(tiny([entry('a', [37.15, 36.2], 1)]));
    expect(one.features).toHaveLength(1);
    expect(area(one.features[0]!.geometry) / 1e6).toBeCloseTo(1, 2);

    const twins = generateCells(tiny([entry('a', [37.15, 36.2], 0.5), entry('b', [37.15, 36.2], 0.2), entry('c', [37.17, 36.2], 0.3)]));
    expect(twins.features.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    for (const f of twins.features) expect(area(f.geometry), f.id).toBeGreaterThan(0);
  });

  it('gives nothing when nothing is located', () => {
    expect(generateCells(tiny([])).features).toEqual([]);
  });
});

function entry(id: string, centre: [number, number], area_km2: number): Neighbourhood {
  return { id, name_en: id, name_fr: id, name_ar: '', aliases: [], kind: 'residential', centre, area_km2, located: true, parts: 1 };
}

function tiny(neighbourhoods: Neighbourhood[]): Gazetteer {
  return { neighbourhoods, places: [], groups: [], aliases: [], notPlaces: [], warnings: [] };
}
