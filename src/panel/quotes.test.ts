import { describe, expect, it } from 'vitest';
import type { ControlEvent } from '../../geo/src/events/types';
import type { Article } from '../data';
import type { DayPeriod } from '../model/control';
import { districtQuotes, eventsByNeighbourhood, safeHttpUrl } from './quotes';

const event = (id: string, date: string, article: string, neighbourhood = 'b'): ControlEvent => ({
  id,
  article,
  date,
  datePrecision: 'day',
  neighbourhood,
  controller: 'regime',
  kind: 'capture',
  confidence: 1,
  quote: { text: `<b>${id}</b>`, start: 0, end: 1 },
  origin: 'extracted',
  cues: [],
});

describe('quotes', () => {
  it('links only http(s) URLs', () => {
    expect(safeHttpUrl('https://www.lemonde.fr/a')).toBe('https://www.lemonde.fr/a');
    expect(safeHttpUrl('http://x.org')).toBe('http://x.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });

  it('puts the events behind the periods first, newest first, then the other mentions', () => {
    const events = [event('e1', '2016-10-01', 'a1'), event('e2', '2016-12-12', 'a2'), event('e3', '2016-11-01', 'a1'), event('g', '2016-12-01', 'a1', 'group')];
    events[3]!.group = true;
    const byId = new Map(events.map((e) => [e.id, e]));
    const articles = new Map<string, Article>([
      ['a1', { id: 'a1', outlet: 'Le Monde', url: 'javascript:x', language: 'fr' } as unknown as Article],
      ['a2', { id: 'a2', outlet: 'RFI', url: 'https://rfi.fr/x', language: 'fr' } as unknown as Article],
    ]);
    const periods = [{ from: '2016-09-15', controller: 'rebel', events: ['e1', 'e2'], fromDay: 0, untilDay: 5 }] as DayPeriod[];
    const quotes = districtQuotes('b', periods, byId, eventsByNeighbourhood(events), articles);
    expect(quotes.behind.map((q) => q.eventId)).toEqual(['e2', 'e1']);
    expect(quotes.behind[0]).toMatchObject({ outlet: 'RFI', url: 'https://rfi.fr/x', text: '<b>e2</b>' });
    expect(quotes.behind[1]!.url).toBeNull();
    expect(quotes.others.map((q) => q.eventId)).toEqual(['e3']);
  });
});
