import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../geo/src/contract';
import { ControlIndex } from '../model/control';
import { dayEvidence } from './evidence';
import type { DistrictQuotes, Quote } from './quotes';

const quote = (eventId: string, date: string | null, group: string | null = null): Quote => ({
  eventId,
  article: 'art',
  group,
  text: eventId,
  date,
  outlet: null,
  title: null,
  url: null,
  kind: 'capture',
  controller: 'regime',
  lang: 'fr',
});

// ash-Sha'ar as the issue tells it: contested from 3 December, regime from 6 December.
const timeline: Timeline = {
  start: '2016-12-01',
  end: '2016-12-10',
  changeDates: ['2016-12-01', '2016-12-03', '2016-12-06'],
  neighbourhoods: {
    x: [
      { from: '2016-12-01', controller: 'rebel', events: [], baseline: true, lastReported: '2016-12-01' },
      { from: '2016-12-03', controller: 'contested', events: ['c1', 'c2'] },
      { from: '2016-12-06', controller: 'regime', events: ['r1'], tier: 'inferred', basis: 'area' },
    ],
  },
};
const index = new ControlIndex(timeline);
const quotes: DistrictQuotes = {
  behind: [quote('r1', '2016-12-06', 'east-aleppo'), quote('c2', '2016-12-04'), quote('c1', '2016-12-03'), quote('old', '2016-11-20')],
  others: [quote('m-late', '2016-12-08'), quote('m-early', '2016-12-02')],
};

describe('the evidence for the day shown', () => {
  it('on 5 December: the contested period’s own quotes decide, the 6 December report is folded away as later', () => {
    const e = dayEvidence(index.periodsOf('x'), 4, '2016-12-05', quotes);
    expect(e.period?.controller).toBe('contested');
    expect(e.tier).toBe('single');
    expect(e.deciding.map((q) => q.eventId)).toEqual(['c1', 'c2']);
    expect(e.earlier.map((q) => q.eventId)).toEqual(['old']);
    expect(e.later.map((q) => q.eventId)).toEqual(['r1']);
    expect(e.mentions.map((q) => q.eventId)).toEqual(['m-early']);
    expect(e.laterMentions.map((q) => q.eventId)).toEqual(['m-late']);
    expect(e.earlierPeriods.map((p) => p.controller)).toEqual(['rebel']);
    expect(e.laterPeriods.map((p) => p.controller)).toEqual(['regime']);
    expect(e.area).toBeNull();
  });

  it('on 6 December: the colour rests on a claim about a whole area, and says which', () => {
    const e = dayEvidence(index.periodsOf('x'), 5, '2016-12-06', quotes);
    expect(e.tier).toBe('inferred');
    expect(e.area).toBe('east-aleppo');
    expect(e.later).toEqual([]);
    // Without a tier from the pipeline, an area report still reads as inferred.
    const untiered = new ControlIndex({ ...timeline, neighbourhoods: { x: timeline.neighbourhoods.x!.map(({ tier: _t, basis: _b, ...p }) => p) } });
    expect(dayEvidence(untiered.periodsOf('x'), 5, '2016-12-06', quotes).tier).toBe('inferred');
  });

  it('on the baseline after the last report: says how long it has gone unreported', () => {
    const e = dayEvidence(index.periodsOf('x'), 1, '2016-12-02', quotes);
    expect(e.tier).toBe('baseline');
    expect(e.unreported).toEqual({ since: '2016-12-01', days: 1 });
    expect(e.deciding).toEqual([]);
  });
});
