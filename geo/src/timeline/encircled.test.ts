import { describe, expect, it } from 'vitest';
import { inferEncircled, neighbourMap } from './encircled';
import type { Period, Timeline } from './types';

const START = '2016-09-15';
const baseline = (controller: Period['controller']): Period => ({ from: START, controller, events: [], baseline: true, tier: 'baseline' });
const taken = (from: string, controller: Period['controller'], event: string): Period => ({ from, controller, events: [event], tier: 'single' });

// A row of districts west to east: w (regime) | a b (rebel, never reported) | c (rebel, taken by the regime on 12-05) | d (rebel).
const neighbours = neighbourMap([
  ['w', 'a'],
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'd'],
]);
const timeline = (d: Period[]): Timeline => ({
  start: START,
  end: '2016-12-20',
  changeDates: [START, '2016-12-05', '2016-12-10'],
  neighbourhoods: { w: [baseline('regime')], a: [baseline('rebel')], b: [baseline('rebel')], c: [baseline('rebel'), taken('2016-12-05', 'regime', 'e1')], d },
});
const summary = (t: Timeline, id: string) => t.neighbourhoods[id]!.map((p) => `${p.from} ${p.controller} ${p.tier}`);

describe('districts nobody reports, surrounded by the other side', () => {
  it('fall with their neighbours, from the day the last one fell, at the inferred tier, with those neighbours’ reports', () => {
    const { timeline: t, inferred } = inferEncircled(timeline([baseline('rebel')]), neighbours);
    expect(summary(t, 'a')).toEqual([`${START} rebel baseline`, '2016-12-05 regime inferred']);
    expect(summary(t, 'b')).toEqual([`${START} rebel baseline`, '2016-12-05 regime inferred']);
    expect(t.neighbourhoods.a![1]).toMatchObject({ basis: 'encircled', events: ['e1'], flags: ['surrounded by districts the regime took: c'] });
    expect(inferred).toEqual([
      { ids: ['a', 'b'], from: '2016-12-05', controller: 'regime', by: ['c'] },
      { ids: ['d'], from: '2016-12-05', controller: 'regime', by: ['c'] },
    ]);
    // d: its only neighbour fell, and nobody reports d: it falls too.
    expect(summary(t, 'd')).toEqual([`${START} rebel baseline`, '2016-12-05 regime inferred']);
    expect(t.changeDates).toEqual([START, '2016-12-05', '2016-12-10']);
  });

  it('stay as they were while a source speaks of them after the front moved, or when the front has not moved', () => {
    // a–b touch d, which a source says the rebels still hold on 12-05, the day c fell.
    const touching = neighbourMap([['w', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'd'], ['a', 'd']]);
    const { timeline: t } = inferEncircled(timeline([baseline('rebel'), taken('2016-12-05', 'rebel', 'e2')]), touching);
    expect(summary(t, 'a')).toEqual([`${START} rebel baseline`]);
    expect(summary(t, 'd')).toEqual([`${START} rebel baseline`, '2016-12-05 rebel single']);
    const still = inferEncircled({ ...timeline([baseline('rebel')]), neighbourhoods: { w: [baseline('regime')], a: [baseline('rebel')] } }, neighbourMap([['w', 'a']]));
    expect(summary(still.timeline, 'a')).toEqual([`${START} rebel baseline`]);
  });

  it('take a small pocket a lone source spoke of before the front moved, contested districts in it too', () => {
    // d: one source said the rebels held it on 12-01; e, beside it, was reported contested on 12-02.
    // The regime took c and f, around them, on 12-05.
    const pocket = neighbourMap([['w', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'd'], ['c', 'e'], ['d', 'e'], ['d', 'f'], ['e', 'f']]);
    const contested: Period = { from: '2016-12-02', controller: 'contested', events: ['e3'], tier: 'single' };
    const base = timeline([baseline('rebel'), taken('2016-12-01', 'rebel', 'e2')]);
    const withPocket = { ...base, neighbourhoods: { ...base.neighbourhoods, e: [baseline('rebel'), contested], f: [baseline('rebel'), taken('2016-12-05', 'regime', 'e5')] } };
    const { timeline: t, inferred } = inferEncircled(withPocket, pocket);
    expect(summary(t, 'd')).toEqual([`${START} rebel baseline`, '2016-12-01 rebel single', '2016-12-05 regime inferred']);
    expect(summary(t, 'e')).toEqual([`${START} rebel baseline`, '2016-12-02 contested single', '2016-12-05 regime inferred']);
    expect(inferred.find((g) => g.ids.includes('d'))).toEqual({ ids: ['d', 'e'], from: '2016-12-05', controller: 'regime', by: ['c', 'f'] });
    // One neighbour (the rest the city's edge) is not a siege: without f, the pocket stays.
    const oneSide = inferEncircled(withPocket, neighbourMap([['w', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'd'], ['c', 'e'], ['d', 'e']]));
    expect(summary(oneSide.timeline, 'e')).toEqual([`${START} rebel baseline`, '2016-12-02 contested single']);
  });

  it('never infer away a besieged area the press speaks of: more than three districts, one of them reported', () => {
    const row = neighbourMap([['w', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'v']]);
    const t: Timeline = {
      start: START,
      end: '2016-12-20',
      changeDates: [START, '2016-12-05'],
      neighbourhoods: {
        w: [baseline('regime')],
        a: [baseline('rebel'), taken('2016-12-05', 'regime', 'e1')],
        b: [baseline('rebel'), taken('2016-11-20', 'rebel', 'e2')],
        c: [baseline('rebel')],
        d: [baseline('rebel')],
        e: [baseline('rebel')],
        f: [baseline('rebel'), taken('2016-12-05', 'regime', 'e4')],
        v: [baseline('regime')],
      },
    };
    expect(summary(inferEncircled(t, row).timeline, 'c')).toEqual([`${START} rebel baseline`]);
  });
});
