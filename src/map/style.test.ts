import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../geo/src/contract';
import { ControlIndex } from '../model/control';
import {
  FRONT_CASING,
  LANDMARK_LABELS,
  NEIGHBOURHOOD_CHANGED,
  NEIGHBOURHOOD_FOCUS,
  NEIGHBOURHOOD_HATCH,
  NEIGHBOURHOOD_LABELS,
  buildStyle,
  drawnOnSomeDay,
  laterLayers,
  type MapFiles,
} from './style';

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
    const later = laterLayers({ drawn });
    expect(JSON.stringify((later.find((l) => l.layer.id === NEIGHBOURHOOD_CHANGED)!.layer as { filter?: unknown }).filter)).toMatch(/"literal",\["(falls","fought|fought","falls)"\]/);
    // Without lists (no timeline), both layers take every polygon.
    expect(filterOf(buildStyle({ files, baseUrl: 'http://localhost/' }), NEIGHBOURHOOD_HATCH)).not.toContain('"id"');
  });
});

describe('layers the first paint does without', () => {
  const files = { neighbourhoods: { type: 'FeatureCollection', features: [] }, centres: { type: 'FeatureCollection', features: [] }, outline: { type: 'FeatureCollection', features: [] }, frontlines: null } as unknown as MapFiles;

  it('leaves the rings and landmarks to later, each put back where it stood in the order of layers', () => {
    const first = buildStyle({ files, baseUrl: 'http://localhost/' }).layers.map((l) => l.id);
    const later = laterLayers({});
    for (const { layer } of later) expect(first).not.toContain(layer.id);
    // Added as the map does (addLayer before `before`, else on top): the full order.
    const all = [...first];
    for (const { layer, before } of later) all.splice(before ? all.indexOf(before) : all.length, 0, layer.id);
    expect(all.indexOf(NEIGHBOURHOOD_CHANGED)).toBe(all.indexOf(FRONT_CASING) - 1);
    expect(all.indexOf(NEIGHBOURHOOD_FOCUS)).toBe(all.indexOf(NEIGHBOURHOOD_LABELS) - 1);
    expect(all.at(-1)).toBe(LANDMARK_LABELS);
    // Every `before` is a layer of the first paint.
    for (const { before } of later) if (before) expect(first).toContain(before);
  });

  it('draws no edge pass under the hatch (one shader fewer for the first frame)', () => {
    const hatch = buildStyle({ files, baseUrl: 'http://localhost/' }).layers.find((l) => l.id === NEIGHBOURHOOD_HATCH) as { paint: Record<string, unknown> };
    expect(hatch.paint['fill-antialias']).toBe(false);
  });
});
