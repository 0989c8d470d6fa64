import { area } from '@turf/area';
import { describe, expect, it } from 'vitest';
import { bundledGazetteerSources } from '../../../test/support/corpus';
import { placeFinder } from '../pipeline';
import { CONTROLS, type Control } from '../timeline/types';
import { controlAreas } from './areas';
import { generateCells, locatedNeighbourhoods } from './cells';
import { shareTable } from './shares';
import { squareGrid, timelineOf } from './testing';

describe('shares on a hand-made grid', () => {
  const grid = squareGrid(2, 3);
  const km2 = (id: string) => area(grid.features.find((f) => f.id === id)!.geometry) / 1e6;
  const timeline = timelineOf({
    '2016-09-15': { r0c0: 'regime', r0c1: 'rebel', r0c2: 'rebel', r1c0: 'regime', r1c1: 'contested', r1c2: 'kurdish' },
    '2016-10-01': { r0c1: 'regime' },
    '2016-10-10': { r0c2: 'regime', r1c1: 'regime' },
  });
  const shares = shareTable(grid, timeline);

  it('counts neighbourhoods and their area per controller, unlisted ones unknown', () => {
    const first = shares.dates['2016-09-15']!.tally;
    expect(Object.fromEntries(CONTROLS.map((c) => [c, first[c].count]))).toEqual({ regime: 2, rebel: 2, kurdish: 1, contested: 1, unknown: 0 });
    expect(first.rebel.area_km2).toBeCloseTo(km2('r0c1') + km2('r0c2'), 4);
    expect(first.contested.area_km2).toBeCloseTo(km2('r1c1'), 4);
    expect(shares.baselineRebelArea_km2).toBeCloseTo(km2('r0c1') + km2('r0c2'), 4);
    expect(shareTable(grid, timelineOf({ '2016-09-15': { r0c0: 'rebel' } })).dates['2016-09-15']!.tally.unknown.count).toBe(5);
  });

  it('gives the share of the baseline rebel area the regime holds', () => {
    expect(Object.entries(shares.dates).map(([date, d]) => [date, d.regimeShareOfBaselineRebelArea])).toEqual([
      ['2016-09-15', 0],
      // The two rebel squares lie in one row: equal areas.
      ['2016-10-01', 0.5],
      // The contested square the regime takes was never rebel-held: it does not count.
      ['2016-10-10', 1],
    ]);
    expect([shares.start, shares.end]).toEqual(['2016-09-15', '2016-10-11']);
  });

  it('gives 0, not NaN, when the rebels held nothing at the start', () => {
    const none = shareTable(grid, timelineOf({ '2016-09-15': { r0c0: 'regime' }, '2016-10-01': { r0c1: 'regime' } }));
    expect(none.baselineRebelArea_km2).toBe(0);
    expect(none.dates['2016-10-01']!.regimeShareOfBaselineRebelArea).toBe(0);
  });
});

describe('shares over the real gazetteer’s cells', () => {
  const { gazetteer } = placeFinder(bundledGazetteerSources());
  const cells = generateCells(gazetteer);
  const located = locatedNeighbourhoods(gazetteer);
  const first: Record<string, Control> = {};
  // Every fifth neighbourhood left out of the timeline: unknown.
  located.forEach((n, i) => {
    if (i % 5) first[n.id] = n.centre[0] < 37.16 ? 'regime' : i % 7 ? 'rebel' : 'contested';
  });
  const second = Object.fromEntries(Object.entries(first).flatMap(([id, c]) => (c === 'rebel' && id < 'b' ? [[id, 'regime' as Control]] : [])));
  const shares = shareTable(cells, timelineOf({ '2016-09-15': first, '2016-11-28': second }));
  const total = cells.features.reduce((s, f) => s + area(f.geometry) / 1e6, 0);

  it('adds up to every shape and the whole area on every date', () => {
    for (const [date, { tally }] of Object.entries(shares.dates)) {
      expect(CONTROLS.reduce((s, c) => s + tally[c].count, 0), date).toBe(cells.features.length);
      expect(CONTROLS.reduce((s, c) => s + tally[c].area_km2, 0), date).toBeCloseTo(total, 3);
      expect(tally.unknown.count, date).toBe(Math.ceil(located.length / 5));
    }
  });

  it('moves the area the regime took from the rebels’ tally to the regime’s', () => {
    const [before, after] = [shares.dates['2016-09-15']!, shares.dates['2016-11-28']!];
    const taken = after.tally.regime.area_km2 - before.tally.regime.area_km2;
    expect(taken).toBeGreaterThan(0);
    expect(before.tally.rebel.area_km2 - after.tally.rebel.area_km2).toBeCloseTo(taken, 3);
    expect(after.regimeShareOfBaselineRebelArea).toBeCloseTo(taken / shares.baselineRebelArea_km2, 3);
  });

  it('matches the dissolved control areas', () => {
    const ids = cells.features.map((f) => f.id);
    const controls = ids.map((id): Control => first[id] ?? 'unknown');
    const areas = controlAreas(cells, controls);
    for (const c of CONTROLS) {
      const dissolved = areas[c] ? area(areas[c]) / 1e6 : 0;
      expect(dissolved, c).toBeCloseTo(shares.dates['2016-09-15']!.tally[c].area_km2, 2);
    }
  });
});
