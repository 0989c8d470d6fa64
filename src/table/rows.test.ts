import { describe, expect, it } from 'vitest';
import type { Neighbourhood } from '../../geo/src/contract';
import type { Timeline } from '../../geo/src/contract';
import type { Article, ControlEvent } from '../../geo/src/contract';
import { ControlIndex } from '../model/control';
import { sourceLabel } from '../panel/strings';
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

  it('link an editor’s event sourced by a URL alone, and name each source without "outlet not given"', () => {
    const byUrl = new Map([['e1', { id: 'e1', article: '', review: { action: 'added', at: 'events.yaml:3', url: 'https://example.org/report' } } as ControlEvent]]);
    const row = tableRows(new ControlIndex(timeline), 3, places, byUrl, articles, (p) => p.name_en, new Intl.Collator('en')).find((r) => r.id === 'a')!;
    expect(row.source).toEqual({ outlet: null, title: null, article: '', url: 'https://example.org/report' });
    expect(sourceLabel('en', row.source!)).toBe('example.org');
    expect(sourceLabel('en', { outlet: null, title: 'A title', article: 'x', url: null })).toBe('article “A title”');
    expect(sourceLabel('fr', { outlet: null, title: null, article: 'seed-002', url: null })).toBe('article « seed-002 »');
    expect(sourceLabel('fr', { outlet: 'RFI', title: 'T', article: 'x', url: null })).toBe('RFI');
  });
});
