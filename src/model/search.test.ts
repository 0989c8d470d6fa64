import { describe, expect, it } from 'vitest';
import { placeFinder } from '../../geo/src/pipeline';
import { bundledGazetteerSources } from '../../test/support/corpus';
import { searchDistricts, searchIndex, searchKey } from './search';

const { gazetteer } = placeFinder(bundledGazetteerSources());
const index = searchIndex(gazetteer);
const first = (query: string) => searchDistricts(index, query)[0]?.id;

describe('district search', () => {
  it('finds a district by its French, English, Arabic and press spellings', () => {
    expect(first('Boustane al-Qasr')).toBe('bustan-al-qaser');
    expect(first('Bustan al-Qaser')).toBe('bustan-al-qaser');
    expect(first('bostan al qasr')).toBe('bustan-al-qaser');
    expect(first('بستان القصر')).toBe('bustan-al-qaser');
    expect(first('Cheikh Said')).toBe(first('Sheikh Saeed'));
  });

  it('finds while typing and ignores the article', () => {
    expect(first('Bousta')).toBe('bustan-al-qaser');
    expect(searchKey('al-Machad')).toBe(searchKey('Mashhad'));
  });

  it('finds nothing for nothing', () => {
    expect(searchDistricts(index, '   ')).toEqual([]);
    expect(searchDistricts(index, 'zzzzqqq')).toEqual([]);
  });

});
