import { describe, expect, it } from 'vitest';
import { enclosingQuote } from './quotes';

describe('enclosingQuote', () => {
  const at = (text: string, word: string) => enclosingQuote(text, text.indexOf(word));

  it('finds the guillemets, curly or straight quotes a word stands in, and where they close', () => {
    const fr = '« Nous avons repris le quartier », a dit un commandant.';
    expect(at(fr, 'repris')).toEqual({ open: 0, close: fr.indexOf('»') });
    const en = 'He said: “we took it” and left.';
    expect(at(en, 'took')).toEqual({ open: en.indexOf('“'), close: en.indexOf('”') });
    const straight = 'An official said "the brothers have taken X," then hung up.';
    expect(at(straight, 'taken')).toEqual({ open: straight.indexOf('"'), close: straight.lastIndexOf('"') });
  });

  it('says a word after a closed quote, or in none, stands in no quote', () => {
    expect(at('« Ils avancent », dit-il, et l\'armée a pris X.', 'pris')).toBeUndefined();
    expect(at('He said "no" and the army took X.', 'took')).toBeUndefined();
    expect(at('The army took X.', 'took')).toBeUndefined();
  });

  it('gives a quote still open at the end of the text a close of -1', () => {
    expect(at('Il affirme : « l\'armée a pris X', 'pris')).toMatchObject({ close: -1 });
  });
});
