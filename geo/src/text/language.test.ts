import { describe, expect, it } from 'vitest';
import { countEnglishForms, EN_FORMS, sentenceLanguage } from './language';
import { foldKeepingOffsets } from './spans';

const byRegex = (text: string) => [...text.matchAll(EN_FORMS)].length;

describe('countEnglishForms', () => {
  it('counts what the pattern matches, on edge cases', () => {
    const cases = [
      '',
      'seized',
      'pushing back',
      'Ahmed seized it',
      'bed red fled',
      'shed', // four letters: too short
      'sing ring bring', // "bring" has five letters, "ing" needs six
      'bringing',
      'seizedx seized1 1seized seized-ing',
      'éseized aébcing x𝐀seized seized𝐀 a𝐀𝐀ed a𝐀𝐀ing',
      'l’armée a repris',
      '\ud800seized seized\udc00',
    ];
    for (const text of cases) expect(countEnglishForms(text), text).toBe(byRegex(text));
    expect(countEnglishForms('they seized and were pushing, then retreated')).toBe(3);
  });

  it('counts what the pattern matches on every bundled article, as written and folded', async () => {
    const { loadCorpus } = await import('../articles/load');
    const { bundledArticleFiles } = await import('../../../test/support/corpus');
    let total = 0;
    for (const a of loadCorpus(bundledArticleFiles()).articles) {
      for (const text of [a.text, foldKeepingOffsets(a.text)]) {
        const n = countEnglishForms(text);
        expect(n, a.id).toBe(byRegex(text));
        total += n;
      }
    }
    expect(total).toBeGreaterThan(100);
  });

  it('still reads an English caption in a French article as English', () => {
    expect(sentenceLanguage('syrian rebels withdrew from six more neighbourhoods, retreating to the south', 'fr')).toBe('en');
    expect(sentenceLanguage("l'armee a repris le quartier de x", 'fr')).toBe('fr');
  });
});
