import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { surveyedBoundaries } from '../../../test/support/boundaries';
import { bundledGazetteerSources } from '../../../test/support/corpus';
import { buildGazetteer } from '../gazetteer/build';
import { matchBoundaries } from './boundaries';
import { cityOutline } from './cityOutline';
import { squareCell, squareGrid } from './testing';

describe('cityOutline', () => {
  it('closes the streets between surveyed districts into a few outer rings holding every district', () => {
    const { path, text } = surveyedBoundaries();
    const shapes = { type: 'FeatureCollection' as const, features: matchBoundaries(text, buildGazetteer(bundledGazetteerSources()), path).features };
    const outline = cityOutline(shapes);
    expect(outline.features).toHaveLength(1);
    const city = outline.features[0]!;
    // 126 separate districts become a handful of pieces (the city and outlying areas), with no holes.
    expect(city.geometry.coordinates.length).toBeLessThan(10);
    for (const p of city.geometry.coordinates) expect(p).toHaveLength(1);
    // Every district's centre-of-ring vertex lies inside the outline.
    const missed = shapes.features.filter((f) => {
      const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]! : f.geometry.coordinates[0]![0]!;
      const [lon, lat] = ring.reduce(([x, y], q) => [x + q[0] / ring.length, y + q[1] / ring.length], [0, 0]);
      return !booleanPointInPolygon([lon, lat], city);
    });
    expect(missed.map((f) => f.id)).toEqual([]);
    // At least the districts' own area, and not a blanket far beyond it.
    const districts = shapes.features.reduce((sum, f) => sum + area(f), 0);
    expect(area(city)).toBeGreaterThan(districts);
    expect(area(city)).toBeLessThan(districts * 1.5);
  });

  it('keeps apart pieces farther apart than a street, and joins touching ones', () => {
    const grid = squareGrid(2, 2);
    const far = squareCell('far', [37.3, 36.3], 0.01);
    const outline = cityOutline({ type: 'FeatureCollection', features: [...grid.features, far] });
    expect(outline.features[0]!.geometry.coordinates).toHaveLength(2);
    expect(cityOutline({ type: 'FeatureCollection', features: [] }).features).toEqual([]);
  });
});
