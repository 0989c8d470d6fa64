import { describe, expect, it } from 'vitest';
import { parseUrlState, urlWithState, type UrlState } from './state';

const BASE = 'https://example.org/sub/path/';

describe('URL state', () => {
  it('round-trips date, district, language and view', () => {
    const state = { date: '2016-12-13', district: 'bustan-al-qaser', lang: 'ar' as const, view: { zoom: 13.5, lat: 36.19, lon: 37.15 } };
    const href = urlWithState(BASE, state);
    expect(href).toBe(`${BASE}?date=2016-12-13&district=bustan-al-qaser&lang=ar&view=13.50%2F36.19000%2F37.15000`);
    expect(parseUrlState(href)).toEqual(state);
  });

  it('leaves defaults out and keeps other parameters', () => {
    const href = urlWithState(`${BASE}?utm=x&lang=en`, { date: null, district: null, lang: 'fr', view: null });
    expect(href).toBe(`${BASE}?utm=x`);
  });

  it('drops bad values instead of failing', () => {
    expect(parseUrlState(`${BASE}?date=yesterday&district=<script>&lang=de&view=1/2`)).toEqual({
      date: null,
      district: null,
      lang: 'fr',
      view: null,
    });
  });
});

describe('URL state from junk', () => {
  const DEFAULTS: UrlState = { date: null, district: null, lang: 'fr', view: null };
  /** The state of `?key=value`, value encoded as a link would carry it. */
  const one = (key: string, value: string) => parseUrlState(`${BASE}?${key}=${encodeURIComponent(value)}`);
  const LONG = 'x'.repeat(100_000);
  const HOSTILE = ['<script>alert(1)</script>', 'javascript:alert(1)', `"'><img src=x onerror=alert(1)>`, '\u202Ebidi', LONG, ''];

  it('drops dates that are not real days written YYYY-MM-DD', () => {
    const junk = ['2016-13-45', '2016-02-30', '2015-02-29', '2016-04-31', '2016-00-10', '2016-1-5', '20161212', '2016-12-12T00:00', ' 2016-12-12', '2016-12-12 ', '٢٠١٦-١٢-١٢', `2016-12-12${LONG}`, ...HOSTILE];
    for (const date of junk) expect(one('date', date), JSON.stringify(date.slice(0, 40))).toEqual(DEFAULTS);
    // Real days stand, a leap day included; the app clamps those outside the timeline.
    for (const date of ['2016-02-29', '2016-12-13', '1999-01-01']) expect(one('date', date).date).toBe(date);
  });

  it('drops districts that are not ids, and leaves unknown ids to the app', () => {
    const junk = ['Bustan-al-qaser', 'bustan al qaser', 'bustan-al-qaser"', 'bustan-al-qaser\n', '-x', '../x', 'a'.repeat(82), ...HOSTILE];
    for (const district of junk) expect(one('district', district), JSON.stringify(district.slice(0, 40))).toEqual(DEFAULTS);
    // Well formed but in no gazetteer: the app opens no panel (tested in the browser).
    expect(one('district', 'nowhere').district).toBe('nowhere');
  });

  it('falls back to French for any other language', () => {
    for (const lang of ['de', 'FR', 'ar ', 'fr-FR', 'toString', '__proto__', 'constructor', ...HOSTILE]) {
      expect(one('lang', lang), JSON.stringify(lang.slice(0, 40))).toEqual(DEFAULTS);
    }
  });

  it('drops views that are not three plain numbers in range', () => {
    const junk = ['//', '1/2', '1/2/3/4', '23/36/37', '13/91/37', '13/36/181', '0x10/36/37', '1e1/36/37', ' 13/36/37', '13/36/37 ', 'NaN/36/37', 'Infinity/36/37', '13/36/37<script>', `${'1'.repeat(400)}/36/37`, ...HOSTILE];
    for (const view of junk) expect(one('view', view), JSON.stringify(view.slice(0, 40))).toEqual(DEFAULTS);
    expect(one('view', '13.5/36.2/-37').view).toEqual({ zoom: 13.5, lat: 36.2, lon: -37 });
  });

  it('takes the first of repeated parameters, and a link written back carries each once', () => {
    expect(parseUrlState(`${BASE}?date=2016-12-12&date=junk&lang=ar&lang=en`)).toMatchObject({ date: '2016-12-12', lang: 'ar' });
    expect(parseUrlState(`${BASE}?date=junk&date=2016-12-12&lang=xx&lang=ar`)).toMatchObject({ date: null, lang: 'fr' });
    const href = urlWithState(`${BASE}?date=junk&date=2016-12-12&lang=xx&lang=ar&view=1&view=2`, { ...DEFAULTS, date: '2016-12-13' });
    expect([...new URL(href).searchParams]).toEqual([['date', '2016-12-13']]);
  });

  it('never throws, whatever the query', () => {
    for (const query of ['%', 'date=%E0%A4%A', 'date', '=', '&&&', 'lang=%00', `${LONG}=${LONG}`, 'district=%F0%9F%92%A9']) {
      expect(parseUrlState(`${BASE}?${query}#<script>`), query.slice(0, 40)).toEqual(DEFAULTS);
    }
  });
});
