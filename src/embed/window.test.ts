import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../geo/src/contract';
import { ControlIndex } from '../model/control';
import { timelineWindow } from './window';

const timeline: Timeline = {
  start: '2016-09-15',
  end: '2016-12-23',
  changeDates: ['2016-09-15', '2016-10-06', '2016-11-28', '2016-12-12'],
  neighbourhoods: {
    a: [
      { from: '2016-09-15', controller: 'rebel', events: [], baseline: true },
      { from: '2016-11-28', controller: 'regime', events: ['e1'] },
    ],
    b: [
      { from: '2016-09-15', controller: 'rebel', events: [], baseline: true },
      { from: '2016-12-12', controller: 'regime', events: ['e2'] },
    ],
  },
};

describe('a window on the timeline', () => {
  it('moves the ends, keeps the periods whole and who held what on each day', () => {
    const w = timelineWindow(timeline, '2016-11-20', '2016-12-15');
    expect([w.start, w.end]).toEqual(['2016-11-20', '2016-12-15']);
    expect(w.changeDates).toEqual(['2016-11-20', '2016-11-28', '2016-12-12']);
    expect(w.neighbourhoods).toBe(timeline.neighbourhoods);
    const full = new ControlIndex(timeline);
    const part = new ControlIndex(w);
    expect(part.lastDay).toBe(25);
    for (let day = 0; day <= part.lastDay; day++) {
      const date = part.date(day);
      expect(part.controllersOn(day)).toEqual(full.controllersOn(full.day(date)));
    }
    expect(part.changeDays.map((d) => part.date(d))).toEqual(['2016-11-28', '2016-12-12']);
  });

  it('leaves the timeline alone for bounds outside it or a window that misses it', () => {
    expect(timelineWindow(timeline, null, null)).toBe(timeline);
    expect(timelineWindow(timeline, '2015-01-01', '2017-01-01')).toBe(timeline);
    expect(timelineWindow(timeline, '2017-01-01', null)).toBe(timeline);
    expect(timelineWindow(timeline, null, '2016-01-01')).toBe(timeline);
  });
});
