import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../geo/src/contract';
import { ControlIndex } from '../model/control';
import { NEIGHBOURHOOD_CHANGED, NEIGHBOURHOOD_HATCH, buildStyle, drawnOnSomeDay, type MapFiles } from './style';

const timeline: Timeline = {
  start: '2016-09-15',
  end: '2016-12-16',
  changeDates: ['2016-09-15', '2016-11-30', '2016-12-12'],
  neighbourhoods: {
    quiet: [{ from: '2016-09-15', controller: 'regime', events: [], baseline: true }],
    falls: [
      { from: '2016-09-15', controller: 'rebel', events: [], baseline: true },
      { from: '2016-12-12', controller: 'regime', events: ['a'] },
    ],
    fought: [
      { from: '2016-09-15', controller: 'rebel', events: [], baseline: true },
      { from: '2016-11-30', controller: 'contested', events: ['b'] },
      { from: '2016-12-12', controller: 'regime', events: ['c'] },
    ],
  },
} as Timeline;

describe('layers drawn for the shapes that need them', () => {
  it('hatches only shapes contested or unknown on some day, rings only shapes that change', () => {
    const drawn = drawnOnSomeDay(new ControlIndex(timeline), ['quiet', 'falls', 'fought', 'no-timeline'])!;
    expect([...drawn.hatched].sort()).toEqual(['fought', 'no-timeline']);
    expect([...drawn.changing].sort()).toEqual(['falls', 'fought']);
    expect(drawnOnSomeDay(null, ['quiet'])).toBeNull();

    const files = { neighbourhoods: { type: 'FeatureCollection', features: [] }, centres: { type: 'FeatureCollection', features: [] }, outline: { type: 'FeatureCollection', features: [] }, frontlines: null } as unknown as MapFiles;
    const filterOf = (style: ReturnType<typeof buildStyle>, id: string) => JSON.stringify(style.layers.find((l) => l.id === id) && (style.layers.find((l) => l.id === id) as { filter?: unknown }).filter);
    const style = buildStyle({ files, drawn, baseUrl: 'http://localhost/' });
    expect(filterOf(style, NEIGHBOURHOOD_HATCH)).toMatch(/"literal",\["(no-timeline","fought|fought","no-timeline)"\]/);
    expect(filterOf(style, NEIGHBOURHOOD_CHANGED)).toMatch(/"literal",\["(falls","fought|fought","falls)"\]/);
    // Without lists (no timeline), both layers take every polygon.
    expect(filterOf(buildStyle({ files, baseUrl: 'http://localhost/' }), NEIGHBOURHOOD_HATCH)).not.toContain('"id"');
  });
});
