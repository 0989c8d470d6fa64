import { describe, expect, it } from 'vitest';
import { readDayField, readIdField } from './dialogFields';

const MIN = '2016-09-15';
const MAX = '2016-12-22';

describe('a day typed in the Embed dialog', () => {
  it('takes an ISO day inside the timeline, spaces around forgiven', () => {
    expect(readDayField(' 2016-11-28 ', MIN, MAX, MIN)).toEqual({ value: '2016-11-28', problem: null });
    expect(readDayField(MAX, MIN, MAX, MIN)).toEqual({ value: MAX, problem: null });
  });

  it('keeps the fallback, silently, when the field is blank', () => {
    expect(readDayField('', MIN, MAX, MAX)).toEqual({ value: MAX, problem: null });
  });

  it('says the format is wrong for locale formats and days that do not exist', () => {
    for (const text of ['12/13/2016', '13.12.2016', '2016-12-3', '2016-02-30', 'yesterday']) {
      expect(readDayField(text, MIN, MAX, MIN), text).toEqual({ value: MIN, problem: 'format' });
    }
  });

  it('says a real day outside the timeline is out of range', () => {
    expect(readDayField('2016-09-14', MIN, MAX, MIN)).toEqual({ value: MIN, problem: 'range' });
    expect(readDayField('2017-01-01', MIN, MAX, MAX)).toEqual({ value: MAX, problem: 'range' });
  });
});

describe('an id typed in the Embed dialog', () => {
  it('takes letters, digits, - and _, and otherwise keeps the one before', () => {
    expect(readIdField('story-map_2', 'aleppo-x')).toEqual({ value: 'story-map_2', valid: true });
    expect(readIdField('two words', 'aleppo-x')).toEqual({ value: 'aleppo-x', valid: false });
    expect(readIdField('"><script>', 'aleppo-x')).toEqual({ value: 'aleppo-x', valid: false });
    expect(readIdField('', 'aleppo-x')).toEqual({ value: 'aleppo-x', valid: false });
  });
});
