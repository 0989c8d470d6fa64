import { describe, expect, it } from 'vitest';
import type { Neighbourhood } from '../../geo/src/gazetteer/types';
import type { Timeline } from '../../geo/src/timeline/types';
import type { Article, ControlEvent } from '../data';
import { ControlIndex } from '../model/control';
import { tableRows } from './rows';

const timeline: Timeline = {
  start: '2016-12-01',
  end: '2016-12-10',
  changeDates: ['2016-12-01', '2016-12-04'],
  neighbourhoods: {
    a: [{ from: '2016-12-01', controller: 'rebel', events: [], baseline: true }, { from: '2016-12-04', controller: 'regime', events: ['e1'] }],
    b: [{ from: '2016-12-01', controller: 'rebel', events: [], baseline: true }],
    c: [{ from: '2016-12-01', controller: 'regime', events: ['e2'], tier: 'confirmed' }],
  },
};
const place = (id: string, name: string) => ({ id, name_en: name, name_fr: name, name_ar: name, located: true }) as Neighbourhood;
const places = new Map([place('a', 'Alpha'), place('b', 'Beta'), place('c', 'Gamma')].map((p) => [p.id, p]));
const events = new Map([
  ['e1', { id: 'e1', article: 'no-outlet' } as ControlEvent],
  ['e2', { id: 'e2', article: 'with-outlet' } as ControlEvent],
]);
const articles = new Map([
  ['no-outlet', { id: 'no-outlet', title: 'A title', url: 'javascript:alert(1)' } as unknown as Article],
  ['with-outlet', { id: 'with-outlet', outlet: 'RFI', url: 'https://rfi.fr/x' } as unknown as Article],
]);
const rows = (day: number) =>
  tableRows(new ControlIndex(timeline), day, places, events, articles, (p) => p.name_en, new Intl.Collator('en'));

describe('table rows', () => {
  it('give each neighbourhood its holder, since when, tier and deciding source, regime first', () => {
    const r = rows(3);
    expect(r.map((row) => [row.id, row.controller, row.since, row.changedToday, row.tier])).toEqual([
      ['a', 'regime', '2016-12-04', true, 'single'],
      ['c', 'regime', '2016-12-01', false, 'confirmed'],
      ['b', 'rebel', '2016-12-01', false, 'baseline'],
    ]);
    expect(r[0]!.source).toEqual({ outlet: null, title: 'A title', article: 'no-outlet', url: null });
    expect(r[1]!.source).toEqual({ outlet: 'RFI', title: null, article: 'with-outlet', url: 'https://rfi.fr/x' });
    expect(r[2]!.source).toBeNull();
  });

  it('follow the day', () => {
    expect(rows(0).map((row) => [row.id, row.controller])).toEqual([
      ['c', 'regime'],
      ['a', 'rebel'],
      ['b', 'rebel'],
    ]);
  });
});
