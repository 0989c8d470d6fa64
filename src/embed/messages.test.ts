import { describe, expect, it } from 'vitest';
import { heightMessage, parseHostMessage, readHeight } from './messages';

describe('messages between the embed and its host', () => {
  it('sends its height the way Datawrapper charts do', () => {
    expect(heightMessage('aleppo-frontlines', 612.2)).toEqual({ 'datawrapper-height': { 'aleppo-frontlines': 613 } });
  });

  it('takes a date or a height request, as an object or as JSON text', () => {
    expect(parseHostMessage({ 'aleppo-frontlines': { date: '2016-11-28' } })).toEqual({ kind: 'date', date: '2016-11-28' });
    expect(parseHostMessage('{"aleppo-frontlines":{"date":"2016-11-28"}}')).toEqual({ kind: 'date', date: '2016-11-28' });
    expect(parseHostMessage({ 'aleppo-frontlines': { height: true } })).toEqual({ kind: 'height' });
  });

  it('ignores anything else', () => {
    const junk: unknown[] = [
      null,
      undefined,
      42,
      'hello',
      '{not json',
      `{"aleppo-frontlines":{"date":"2016-11-28"},"pad":"${'x'.repeat(1000)}"}`,
      [],
      { 'datawrapper-height': { x: 1 } },
      { 'aleppo-frontlines': { date: '2016-13-45' } },
      { 'aleppo-frontlines': { date: '<script>alert(1)</script>' } },
      { 'aleppo-frontlines': { date: 20161128 } },
      { 'aleppo-frontlines': { date: '2016-11-28', extra: 1 } },
      { 'aleppo-frontlines': { height: 'yes' } },
      { 'aleppo-frontlines': ['date', '2016-11-28'] },
      { 'aleppo-frontlines': { date: '2016-11-28' }, other: 1 },
      Object.create({ 'aleppo-frontlines': { date: '2016-11-28' } }),
      new Date(),
    ];
    for (const data of junk) expect(parseHostMessage(data)).toBeNull();
  });

  it('reads back a height only under the id asked for, and only a sane one', () => {
    expect(readHeight(heightMessage('map-a', 700.2), 'map-a')).toBe(701);
    expect(readHeight(heightMessage('map-b', 700), 'map-a')).toBeNull();
    expect(readHeight(heightMessage('map-a', 99999), 'map-a')).toBeNull();
    expect(readHeight({ 'datawrapper-height': { 'map-a': 'tall' } }, 'map-a')).toBeNull();
    expect(readHeight({ 'datawrapper-height': {} }, 'toString')).toBeNull();
    expect(readHeight('datawrapper-height', 'map-a')).toBeNull();
    expect(readHeight(null, 'map-a')).toBeNull();
  });
});
