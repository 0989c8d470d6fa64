import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../geo/src/contract';
import { ControlIndex } from '../model/control';
import { keyDays, type StoryFile } from './data';
import { busiestDay, changesPerDay, openingDay } from './opening';
import { CHANGE_HOLD_MS, KEY_HOLD_MS, playbackOptions, playbackPlan } from './playback';

// Day 0 = 09-15; a changes on day 5, b and c on day 8, d on day 12; the end (day 20) is quiet.
const timeline: Timeline = {
  start: '2016-09-15',
  end: '2016-10-05',
  changeDates: ['2016-09-15', '2016-09-20', '2016-09-23', '2016-09-27'],
  neighbourhoods: {
    a: [{ from: '2016-09-15', controller: 'rebel', events: [] }, { from: '2016-09-20', controller: 'regime', events: ['e1'] }],
    b: [{ from: '2016-09-15', controller: 'rebel', events: [] }, { from: '2016-09-23', controller: 'regime', events: ['e2'] }],
    c: [{ from: '2016-09-15', controller: 'rebel', events: [] }, { from: '2016-09-23', controller: 'contested', events: ['e3'] }],
    d: [{ from: '2016-09-15', controller: 'regime', events: [] }, { from: '2016-09-27', controller: 'rebel', events: ['e4'] }],
  },
};
const index = new ControlIndex(timeline);
const story = (opening: string | null, dates: string[]): StoryFile => ({
  opening,
  days: dates.map((date) => ({ date, caption: { fr: date, en: date, ar: date }, evidence: [] })),
});

describe('the opening day', () => {
  it('is the story’s opening day when it lies in the window', () => {
    expect(openingDay(index, story('2016-09-20', []))).toBe(5);
  });

  it('is otherwise the day of the most changes, never the quiet last day', () => {
    expect(busiestDay(index)).toBe(8);
    expect(openingDay(index, null)).toBe(8);
    expect(openingDay(index, story('2017-01-01', []))).toBe(8);
    expect(openingDay(index, story(null, ['2016-09-16']))).toBe(8);
    expect(changesPerDay(index).filter((n) => n > 0)).toEqual([1, 2, 1]);
    expect(changesPerDay(index)[8]).toBe(2);
  });

  it('is the last day only when nothing ever changes', () => {
    const still = new ControlIndex({ ...timeline, changeDates: ['2016-09-15'], neighbourhoods: { a: [{ from: '2016-09-15', controller: 'rebel', events: [] }] } });
    expect(openingDay(still, null)).toBe(still.lastDay);
  });
});

describe('playback', () => {
  const keys = keyDays(index, story(null, ['2016-09-17', '2016-12-01']));

  it('keeps the key days inside the window only', () => {
    expect(keys.map((k) => k.day)).toEqual([2]);
  });

  it('steps day by day, holding change days and key days longer than a quiet day', () => {
    const plan = playbackPlan(index, [2], 'day', false);
    expect(plan.next(0)).toBe(1);
    expect(plan.next(index.lastDay)).toBeUndefined();
    expect(plan.hold(1, 100)).toBe(100);
    expect(plan.hold(5, 100)).toBe(CHANGE_HOLD_MS);
    expect(plan.hold(2, 100)).toBe(KEY_HOLD_MS);
    // At 2 days per second a quiet day already lasts longer than a change day's minimum.
    expect(plan.hold(5, 2000)).toBe(2000);
  });

  it('with step=change jumps from change (or key) day to change day and stops at the last one', () => {
    const plan = playbackPlan(index, [2], 'change', true);
    const visited: number[] = [];
    for (let d: number | undefined = 0; d !== undefined; d = plan.next(d)) visited.push(d);
    expect(visited).toEqual([0, 2, 5, 8, 12]);
    expect(plan.loop).toBe(true);
  });

  it('reads step= and loop= from the URL, dropping bad values', () => {
    expect(playbackOptions('https://x.org/?step=change&loop=1')).toEqual({ step: 'change', loop: true });
    expect(playbackOptions('https://x.org/?step=week&loop=yes')).toEqual({ step: 'day', loop: false });
    expect(playbackOptions('https://x.org/')).toEqual({ step: 'day', loop: false });
  });
});
