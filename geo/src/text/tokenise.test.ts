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

  it('reads articles, capitals and Arabic from the word, as the text around it allows', () => {
    const tokens = tokenise('Al Chahidine, al-Halak, al, El-Bab, ÉTAT état حلب Al');
    const flags = (t: { text: string; article: boolean; capitalised: boolean; arabic: boolean }) => `${t.text}:${+t.article}${+t.capitalised}${+t.arabic}`;
    // "al" before a comma or at the end is no article: the word after must follow a space or a hyphen.
    expect(tokens.map(flags)).toEqual(['Al:110', 'Chahidine:010', 'al:100', 'Halak:010', 'al:000', 'El:110', 'Bab:010', 'ÉTAT:010', 'état:000', 'حلب:001', 'Al:010']);
    // A proclitic with nothing after it asks for the form of an empty word (places/find.ts).
    expect(cachedForm('')).toEqual(tokenForm(''));
  });
});
