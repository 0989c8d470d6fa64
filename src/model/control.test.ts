import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../geo/src/contract';
import { ControlIndex } from './control';
import { dateAt, dayIndex, isIsoDay, longDate } from './days';
import { changeClauses } from './summary';

const timeline: Timeline = {
  start: '2016-09-15',
  end: '2016-12-16',
  changeDates: ['2016-09-15', '2016-12-12'],
  neighbourhoods: {
    'bustan-al-qaser': [
      { from: '2016-09-15', controller: 'rebel', events: [], baseline: true },
      { from: '2016-12-12', controller: 'regime', events: ['seed-001@1606:withdrawal'] },
    ],
    'sheikh-said': [
      { from: '2016-09-15', controller: 'rebel', events: [], baseline: true },
      { from: '2016-11-30', controller: 'contested', events: ['a'] },
      { from: '2016-12-12', controller: 'regime', events: ['b'] },
    ],
    'no-periods': [],
  },
};

describe('days', () => {
  it('counts days in UTC both ways', () => {
    expect(dayIndex('2016-09-15', '2016-12-12')).toBe(88);
    expect(dateAt('2016-09-15', 88)).toBe('2016-12-12');
    expect(dateAt('2016-09-15', 0)).toBe('2016-09-15');
    expect(isIsoDay('2016-02-30')).toBe(false); // not a day, though Date.parse rolls it over to 1 March
    expect(isIsoDay('2016-02-29')).toBe(true);
    expect(isIsoDay('2016-1-3')).toBe(false);
    expect(isIsoDay(null)).toBe(false);
  });

  it('writes dates out per language', () => {
    expect(longDate('2016-12-12', 'fr')).toBe('12 décembre 2016');
    expect(longDate('2016-12-12', 'en')).toBe('12 December 2016');
    expect(longDate('2016-12-12', 'ar')).toMatch(/ديسمبر|كانون/);
  });
});

describe('ControlIndex', () => {
  const index = new ControlIndex(timeline);

  it('answers who held what on a day', () => {
    expect(index.lastDay).toBe(92);
    expect(index.controllerOn('bustan-al-qaser', index.day('2016-12-01'))).toBe('rebel');
    expect(index.controllerOn('bustan-al-qaser', index.day('2016-12-13'))).toBe('regime');
    expect(index.controllerOn('no-periods', 10)).toBe('unknown');
    expect(index.controllerOn('not-there', 10)).toBe('unknown');
  });

  it('lists change days from the periods themselves, not only changeDates', () => {
    expect(index.changeDays.map((d) => index.date(d))).toEqual(['2016-11-30', '2016-12-12']);
  });

  it('diffs any two days, and a day against the one before', () => {
    const a = index.day('2016-12-01');
    const b = index.day('2016-12-13');
    expect(index.diff(a, b).map((c) => c.id)).toEqual(['bustan-al-qaser', 'sheikh-said']);
    expect(index.diff(a, a)).toEqual([]);
    expect(index.changes(index.day('2016-11-30'))).toEqual([{ id: 'sheikh-said', before: 'rebel', after: 'contested' }]);
    expect(index.changes(0)).toEqual([]);
  });

  it('steps between change days', () => {
    const dec12 = index.day('2016-12-12');
    expect(index.nextChange(0)).toBe(index.day('2016-11-30'));
    expect(index.nextChange(dec12)).toBeUndefined();
    expect(index.previousChange(dec12)).toBe(index.day('2016-11-30'));
    expect(index.previousChange(index.day('2016-11-30'))).toBe(0);
    expect(index.previousChange(0)).toBeUndefined();
  });

  it('gives each period its day range', () => {
    const periods = index.periodsOf('sheikh-said');
    expect(periods.map((p) => [p.fromDay, p.untilDay])).toEqual([
      [0, 76],
      [76, 88],
      [88, 93],
    ]);
  });
});

describe('day summary', () => {
  const names: Record<string, string> = { 'bustan-al-qaser': 'Boustane al-Qasr', 'sheikh-said': 'Cheikh Saïd', x: 'X' };
  const name = (id: string) => names[id] ?? id;

  it('groups what changed by who gained it, in each language', () => {
    const changes = [
      { id: 'sheikh-said', before: 'rebel', after: 'regime' },
      { id: 'bustan-al-qaser', before: 'rebel', after: 'regime' },
      { id: 'x', before: 'rebel', after: 'contested' },
    ] as const;
    // Each name between FSI and PDI (invisible): see the next test.
    const visible = (text: string) => text.replace(/[\u2068\u2069]/g, '');
    expect(visible(changeClauses(changes, 'fr', name))).toBe('le régime prend Boustane al-Qasr et Cheikh Saïd ; combats pour X');
    expect(visible(changeClauses(changes, 'en', name))).toBe('the regime takes Boustane al-Qasr and Cheikh Saïd; fighting for X');
    expect(changeClauses(changes, 'ar', name)).toContain('النظام يسيطر على');
    expect(changeClauses([], 'fr', name)).toBe('aucun changement rapporté');
  });

  it('isolates each name, so bidi controls in one cannot reorder the sentence', () => {
    const hostile = (id: string) => (id === 'x' ? 'X\u2069\u202Eevil' : name(id));
    const changes = [
      { id: 'x', before: 'rebel', after: 'regime' },
      { id: 'sheikh-said', before: 'rebel', after: 'regime' },
    ] as const;
    expect(changeClauses(changes, 'en', hostile)).toBe('the regime takes \u2068Cheikh Saïd\u2069 and \u2068X\u202Eevil\u202C\u2069');
  });

  it('shortens long lists', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `n${i}`, before: 'rebel' as const, after: 'regime' as const }));
    expect(changeClauses(many, 'fr', name)).toMatch(/et 3 autres quartiers$/);
  });
});

describe('confidence per day', () => {
  it('reads a period without a tier as inferred when it rests on a report about a whole area, baseline or one source otherwise', () => {
    const timeline: Timeline = {
      start: '2016-12-20',
      end: '2016-12-23',
      changeDates: ['2016-12-20', '2016-12-22'],
      neighbourhoods: {
        a: [{ from: '2016-12-20', controller: 'rebel', events: [], baseline: true }, { from: '2016-12-22', controller: 'regime', events: ['area-report'] }],
        b: [{ from: '2016-12-20', controller: 'rebel', events: [], baseline: true }, { from: '2016-12-22', controller: 'regime', events: ['own-report'] }],
      },
    };
    const index = new ControlIndex(timeline, (id) => id === 'area-report');
    expect(index.weakOn(0)).toEqual([true, true]);
    expect(index.weakOn(2)).toEqual([true, false]);
    // Without knowing which events are about areas, both read as one source.
    expect(new ControlIndex(timeline).weakOn(2)).toEqual([false, false]);
  });
});
