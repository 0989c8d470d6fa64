import { describe, expect, it } from 'vitest';
import type { ControlEvent } from '../../geo/src/contract';
import type { Article } from '../../geo/src/contract';
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

  it('sees through the disguises a browser would still run', () => {
    // The URL parser drops leading spaces and controls, tabs and newlines, and ignores case.
    for (const url of [' javascript:alert(1)', '\u0001javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'vbscript:x', 'file:///etc/passwd', '//evil.org/x', 'https//x.org']) {
      expect(safeHttpUrl(url), JSON.stringify(url)).toBeNull();
    }
    // What is linked is the parsed URL: markup and quotes come out escaped.
    expect(safeHttpUrl(`https://example.org/a?q=<script>&x="'`)).toBe('https://example.org/a?q=%3Cscript%3E&x=%22%27');
    expect(safeHttpUrl(' https://example.org/a ')).toBe('https://example.org/a');
  });

  it('gives the text and the outlet with their bidi controls paired', () => {
    const hostile = event('h', '2016-12-12', 'a1');
    hostile.quote.text = 'a\u2069\u202Eb';
    const articles = new Map<string, Article>([['a1', { id: 'a1', outlet: 'O\u202E', url: 'https://x.org/', language: 'fr' } as unknown as Article]]);
    const [quote] = districtQuotes('b', [], new Map(), eventsByNeighbourhood([hostile]), articles).others;
    expect(quote).toMatchObject({ text: 'a\u202Eb\u202C', outlet: 'O\u202E\u202C', url: 'https://x.org/' });
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
