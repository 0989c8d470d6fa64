import { describe, expect, it } from 'vitest';
import { ACTORS, CUES } from './lexicon';
import { ANY_ACTOR, ANY_CONTROL_CUE, anyOf, eachMatch, mayMatch, withoutLeadingBoundary } from './matcher';

describe('joined patterns', () => {
  it('match where one of the patterns matches, and nowhere else', () => {
    const joined = anyOf([/(?<![a-z])cat(?![a-z])/gu, /dogs?/gu])!;
    expect(joined.test('a cat sat')).toBe(true);
    expect(joined.test('two dogs')).toBe(true);
    expect(joined.test('concatenate')).toBe(false); // each pattern keeps its own look-arounds
    expect(joined.test('a bird')).toBe(false);
  });

  it('are not made when the patterns cannot be joined, and then skip nothing', () => {
    expect(anyOf([/a/gu, /b/giu])).toBeNull();
    expect(anyOf([/(a)\1/gu])).toBeNull();
    expect(anyOf([])).toBeNull();
    expect(mayMatch(null, 'anything')).toBe(true);
  });

  it('say of a sentence what the lexicon says, pattern by pattern', () => {
    const sentences = [
      "l'armee a repris le quartier de x",
      'les rebelles se sont retires de x',
      'des frappes ont vise x',
      'the army seized x',
      'civilians fled x',
      'سيطر الجيش على حي x',
      'rien ici',
    ];
    for (const language of ['fr', 'en', 'ar'] as const) {
      for (const s of sentences) {
        const actor = ACTORS[language].some(([, re]) => new RegExp(re.source, re.flags).test(s));
        const control = CUES[language].filter((c) => c.kind === 'capture' || c.kind === 'withdrawal').some((c) => new RegExp(c.re.source, c.re.flags).test(s));
        expect(mayMatch(ANY_ACTOR[language], s)).toBe(actor);
        expect(mayMatch(ANY_CONTROL_CUE[language], s)).toBe(control);
      }
    }
    expect(ANY_CONTROL_CUE.fr).not.toBeNull();
    expect(mayMatch(ANY_CONTROL_CUE.fr, 'des frappes ont vise x')).toBe(false);
  });
});

describe('eachMatch', () => {
  it('finds what matchAll finds, empty matches and surrogate pairs included, and leaves lastIndex alone', () => {
    const text = 'Les rebelles 😀 ont perdu Hanano; les rebelles, encore.';
    for (const re of [/rebelles?/gu, /(?:)/gu, /(?:)/g, /\p{L}*/gu, /e/g]) {
      const got: [number, string][] = [];
      re.lastIndex = 3;
      eachMatch(re, text, (m) => got.push([m.index, m[0]]));
      expect(re.lastIndex).toBe(3);
      expect(got).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));
    }
    expect(() => eachMatch(/x/, text, () => {})).toThrow(/not global/);
  });
});

describe('eachMatch without the leading look-behind', () => {
  const all = [
    ...(['fr', 'en', 'ar'] as const).flatMap((l) => [...CUES[l].map((c) => c.re), ...ACTORS[l].map(([, re]) => re)]),
    // The shapes of the language test's word lists (text/language.ts): another class, case-blind.
    /(?<![\p{L}'’])(?:the|and|of|in|at|is|its)(?![\p{L}'’])/giu,
    /(?<![\p{L}'’])(?:le|la|les|de|et|a été|d|l)(?![\p{L}])/giu,
  ];

  it('runs most lexicon patterns without it, and never one where it bears on one alternative only', () => {
    expect(all.filter((re) => withoutLeadingBoundary(re)).length).toBeGreaterThan(all.length / 2);
    expect(withoutLeadingBoundary(/(?<![\p{L}\p{N}])(?:a)|b/gu)).toBeNull();
    expect(withoutLeadingBoundary(/(?<![\p{L}\p{N}])(?:a)(?:b)/gu)).toBeNull();
    expect(withoutLeadingBoundary(/(?<![a-z])(?:a|b)/g)).toBeNull();
    expect(withoutLeadingBoundary(/(?<![\p{L}'’])(?:the|and)(?![\p{L}'’])/giu)?.re.source).toBe("(?:the|and)(?![\\p{L}'’])");
    expect(withoutLeadingBoundary(/(?<![\p{L}\p{N}])(?:a[)]|b\))(?![\p{L}\p{N}])/gu)?.re.source).toBe('(?:a[)]|b\\))(?![\\p{L}\\p{N}])');
  });

  it('finds what matchAll finds with every lexicon pattern, on every sentence of the bundled corpus and on edge cases', async () => {
    const { loadCorpus } = await import('../articles/load');
    const { bundledArticleFiles } = await import('../../../test/support/corpus');
    const { foldKeepingOffsets } = await import('../text/spans');
    const texts = loadCorpus(bundledArticleFiles()).articles.flatMap((a) => [a.text, foldKeepingOffsets(a.text)]);
    texts.push('xrebelles rebelles 9rebelles 😀rebelles 𝐀rebelles \udc00rebelles \ud800rebelles', 'اللجيش الجيش', 'armee armees larmee');
    let matches = 0;
    for (const re of all) {
      for (const text of texts) {
        const got: [number, string][] = [];
        eachMatch(re, text, (m) => got.push([m.index, m[0]]));
        const want = [...text.matchAll(re)].map((m): [number, string] => [m.index, m[0]]);
        expect(got, `${re} on "${text.slice(0, 40)}"`).toEqual(want);
        matches += got.length;
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });
});
