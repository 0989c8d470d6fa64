import { describe, expect, it } from 'vitest';
import { tokenForm } from './normalise';
import { cachedForm, tokenise } from './tokenise';

describe('tokenise', () => {
  it("gives each word's own text and form, from the memoised table, on every bundled article", async () => {
    const { loadCorpus } = await import('../articles/load');
    const { bundledArticleFiles } = await import('../../../test/support/corpus');
    let n = 0;
    for (const a of loadCorpus(bundledArticleFiles()).articles) {
      for (const t of tokenise(a.text)) {
        expect(t.text).toBe(a.text.slice(t.start, t.end));
        expect(t.form).toEqual(tokenForm(t.text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(10_000);
  });

  it('splits elisions and possessives, and finds a word again by its text alone', () => {
    const tokens = tokenise("d'Alep, Aleppo's Sha'ar et al-Qasr");
    expect(tokens.map((t) => t.text)).toEqual(['d', 'Alep', 'Aleppo', "Sha'ar", 'et', 'al', 'Qasr']);
    expect(tokens[5]!.article).toBe(true);
    expect(cachedForm('Alep')).toBe(tokens[1]!.form);
    expect(cachedForm('Alepp')).toEqual(tokenForm('Alepp'));
  });
});
