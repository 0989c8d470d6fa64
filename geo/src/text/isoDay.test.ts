import { describe, expect, it } from 'vitest';
import { addDays, dateAt, dayIndex, daysBetween, fromIso, isIsoDay, toIso } from './isoDay';

describe('ISO days', () => {
  it('refuses days the calendar does not have and anything not written YYYY-MM-DD', () => {
    expect(isIsoDay('2016-02-29')).toBe(true);
    expect(isIsoDay('2016-02-30')).toBe(false);
    expect(isIsoDay('2015-02-29')).toBe(false);
    expect(isIsoDay('2016-13-01')).toBe(false);
    expect(isIsoDay('2016-1-01')).toBe(false);
    expect(isIsoDay('2016-12-01T00:00')).toBe(false);
    expect(isIsoDay(20161201)).toBe(false);
  });

  it('counts days across month and year ends, in UTC', () => {
    expect(addDays('2016-11-30', 1)).toBe('2016-12-01');
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(daysBetween('2016-09-15', '2016-12-22')).toBe(98);
    expect(daysBetween('2016-12-22', '2016-09-15')).toBe(-98);
    expect(toIso(fromIso('2016-10-30'))).toBe('2016-10-30');
  });

  it('numbers days from a start, and back', () => {
    for (const n of [0, 1, 45, 98, -3]) expect(dayIndex('2016-09-15', dateAt('2016-09-15', n))).toBe(n);
  });
});
