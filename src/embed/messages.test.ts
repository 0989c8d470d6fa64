import { describe, expect, it } from 'vitest';
import { heightMessage, parseHostMessage } from './messages';

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
});
