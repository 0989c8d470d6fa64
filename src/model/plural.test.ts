import { describe, expect, it } from 'vitest';
import { strings } from '../i18n';
import { plural } from './plural';

describe('plural', () => {
  it("takes each language's own category: Arabic has six", () => {
    const forms = { zero: () => 'zero', one: () => 'one', two: () => 'two', few: () => 'few', many: () => 'many', other: () => 'other' };
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map((n) => plural('ar', n, forms))).toEqual([
      'zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'few', 'many',
    ]);
    expect([0, 1, 2].map((n) => plural('fr', n, forms))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => plural('en', n, forms))).toEqual(['other', 'one', 'other']);
    // A form not given falls back to `other`.
    expect(plural('ar', 2, { other: (n) => `${n}!` })).toBe('٢!');
  });

  it('counts neighbourhoods, outlets, results and speeds in the right form in every language', () => {
    const ar = strings.ar;
    expect([0, 1, 2, 3, 11, 100, 123].map(ar.neighbourhoodsCount)).toEqual([
      'لا أحياء', 'حي واحد', 'حيّان', '٣ أحياء', '١١ حيًا', '١٠٠ حي', '١٢٣ حيًا',
    ]);
    expect([1, 2, 5, 45].map(ar.outletCount)).toEqual(['وسيلة إعلامية واحدة', 'وسيلتان إعلاميتان', '٥ وسائل إعلامية', '٤٥ وسيلة إعلامية']);
    expect([1, 2, 4, 12].map(ar.searchResults)).toEqual(['نتيجة واحدة', 'نتيجتان', '٤ نتائج', '١٢ نتيجة']);
    expect([1, 2, 5, 10, 20].map(ar.speeds)).toEqual(['يوم/ث', 'يومان/ث', '٥ أيام/ث', '١٠ أيام/ث', '٢٠ يومًا/ث']);
    expect([0, 1, 2].map(strings.fr.neighbourhoodsCount)).toEqual(['0 quartier', '1 quartier', '2 quartiers']);
    expect([1, 45].map(strings.fr.outletCount)).toEqual(['1 média', '45 médias']);
    expect([1, 5].map(strings.fr.speeds)).toEqual(['1 jour/s', '5 jours/s']);
    expect([0, 1, 2].map(strings.en.neighbourhoodsCount)).toEqual(['0 neighbourhoods', '1 neighbourhood', '2 neighbourhoods']);
    expect([1, 3].map(strings.en.searchResults)).toEqual(['1 neighbourhood found', '3 neighbourhoods found']);
    expect(strings.en.outletCount(1)).toBe('1 outlet');
    expect(strings.en.speeds(1)).toBe('1 day/s');
    // Thousands are grouped as each language writes them.
    expect(strings.fr.neighbourhoodsCount(1200)).toBe('1\u202f200 quartiers');
  });
});
