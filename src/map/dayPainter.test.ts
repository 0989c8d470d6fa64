import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Timeline } from '../../geo/src/contract';
import { ControlIndex } from '../model/control';
import { DayPainter } from './dayPainter';

const timeline: Timeline = {
  start: '2016-09-15',
  end: '2016-09-25',
  changeDates: ['2016-09-15', '2016-09-20'],
  neighbourhoods: {
    a: [{ from: '2016-09-15', controller: 'rebel', events: [] }, { from: '2016-09-20', controller: 'regime', events: ['e'] }],
    b: [{ from: '2016-09-15', controller: 'rebel', events: [] }],
    c: [{ from: '2016-09-15', controller: 'kurdish', events: [] }],
  },
};

function fakeMap() {
  const states: { id: string; state: Record<string, unknown> }[] = [];
  const global: Record<string, unknown> = {};
  const map = {
    setFeatureState: (target: { id: string }, state: Record<string, unknown>) => states.push({ id: target.id, state }),
    setGlobalStateProperty: (key: string, value: unknown) => (global[key] = value),
  } as unknown as MapLibreMap;
  return { map, states, global };
}

describe('DayPainter', () => {
  const index = new ControlIndex(timeline);

  it('paints every neighbourhood once, then only those whose controller differs', () => {
    const { map, states, global } = fakeMap();
    const painter = new DayPainter(map, index);
    painter.show(0);
    expect(states.filter((s) => 'controller' in s.state).map((s) => [s.id, s.state.controller])).toEqual([
      ['a', 'rebel'],
      ['b', 'rebel'],
      ['c', 'kurdish'],
    ]);
    expect(global.day).toBe(0);

    states.length = 0;
    painter.show(3); // nothing changes between day 0 and day 3
    expect(states).toEqual([]);
    expect(global.day).toBe(3);

    painter.show(5); // a flips on day 5, and is marked as changed that day
    expect(states).toEqual([
      { id: 'a', state: { controller: 'regime' } },
      { id: 'a', state: { changed: true } },
    ]);

    states.length = 0;
    painter.show(7); // the mark moves off; no controller differs
    expect(states).toEqual([{ id: 'a', state: { changed: false } }]);

    states.length = 0;
    painter.show(7);
    expect(states).toEqual([]);
  });

  it('draws a weaker fill where the colour rests on the baseline or an inference, writing only the flags that flip', () => {
    const tiered = new ControlIndex({
      ...timeline,
      neighbourhoods: {
        a: [{ from: '2016-09-15', controller: 'rebel', events: [], baseline: true }, { from: '2016-09-20', controller: 'regime', events: ['e'] }],
        b: [{ from: '2016-09-15', controller: 'rebel', events: [], baseline: true }, { from: '2016-09-20', controller: 'regime', events: ['g'], tier: 'inferred', basis: 'area' }],
        c: [{ from: '2016-09-15', controller: 'kurdish', events: ['k'], tier: 'confirmed' }],
      },
    });
    const { map, states } = fakeMap();
    const painter = new DayPainter(map, tiered);
    painter.show(0);
    expect(states.filter((s) => 'weak' in s.state).map((s) => [s.id, s.state.weak])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
    states.length = 0;
    painter.show(5); // a is now reported (one source); b only inferred from an area: still weak
    expect(states.filter((s) => 'weak' in s.state)).toEqual([{ id: 'a', state: { weak: false } }]);
  });
});
