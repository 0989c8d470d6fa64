import { describe, expect, it } from 'vitest';
import { parseUrlState, urlWithState } from './state';

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
