import { describe, expect, it } from 'vitest';
import { ACTORS, CUES, MODALITY, PAST_YEAR } from './lexicon';
import { ANY_ACTOR, ANY_CONTROL_CUE, anyOf, eachMatch, mayMatch, someMatch, withoutLeadingBoundary } from './matcher';

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

describe('someMatch and the joined tests', () => {
  it('write a look-behind that every pattern opens with once, and match where one pattern matches', () => {
    const joined = anyOf([/(?<![\p{L}])(?:cats?)(?![\p{L}])/gu, /(?<![\p{L}])(?:dogs?)/gu])!;
    expect(joined.source.startsWith('(?<![\\p{L}])(?:')).toBe(true);
    expect(withoutLeadingBoundary(joined)).not.toBeNull();
    for (const [text, want] of [['a cat sat', true], ['two dogs', true], ['concatenate', false], ['hotdogs', false], ['hot dogs', true], ['', false]] as const) {
      expect(mayMatch(joined, text), text).toBe(want);
    }
    // Patterns that open differently keep their own look-behinds, joined as they are.
    expect(anyOf([/(?<![\p{L}])cat/gu, /(?<![a-z])dog/gu])!.global).toBe(false);
  });

  it('say what re.test says from the start, for every lexicon pattern on every bundled sentence, and leave lastIndex alone', async () => {
    const { loadCorpus } = await import('../articles/load');
    const { bundledArticleFiles } = await import('../../../test/support/corpus');
    const { foldKeepingOffsets } = await import('../text/spans');
    const { Sentences } = await import('../text/sentences');
    const texts: string[] = ['', 'xrebelles 😀rebelles 𝐀ne pas', 'ne pas', 'en 2012 les rebelles'];
    for (const a of loadCorpus(bundledArticleFiles()).articles) {
      const folded = foldKeepingOffsets(a.text);
      const sentences = new Sentences(a.text, a.language);
      for (let at = 0; at < a.text.length; ) {
        const { start, end } = sentences.offsetsAt(at);
        if (end > start) texts.push(folded.slice(start, end));
        at = Math.max(end, at) + 1;
      }
    }
    const patterns = (['fr', 'en', 'ar'] as const).flatMap((l) => [
      ...CUES[l].map((c) => c.re),
      ...ACTORS[l].map(([, re]) => re),
      ...Object.values(MODALITY[l]),
      ...[ANY_ACTOR[l], ANY_CONTROL_CUE[l]].filter((re): re is RegExp => re !== null),
    ]);
    patterns.push(PAST_YEAR);
    let yes = 0;
    for (const re of patterns) {
      for (const text of texts) {
        const copy = new RegExp(re.source, re.flags);
        re.lastIndex = 2;
        const got = someMatch(re, text);
        expect(re.lastIndex).toBe(2);
        re.lastIndex = 0;
        expect(got, `${re.source.slice(0, 60)} on "${text.slice(0, 60)}"`).toBe(copy.test(text));
        if (got) yes++;
      }
    }
    expect(texts.length).toBeGreaterThan(500);
    expect(yes).toBeGreaterThan(1000);
  });

  it('the joined tests say whether some pattern of theirs matches, on every bundled sentence', async () => {
    const { loadCorpus } = await import('../articles/load');
    const { bundledArticleFiles } = await import('../../../test/support/corpus');
    const { foldKeepingOffsets } = await import('../text/spans');
    const texts = loadCorpus(bundledArticleFiles()).articles.flatMap((a) => foldKeepingOffsets(a.text).split(/[.!?\n]+/));
    let yes = 0;
    for (const language of ['fr', 'en', 'ar'] as const) {
      const control = CUES[language].filter((c) => c.kind === 'capture' || c.kind === 'withdrawal').map((c) => c.re);
      const actors = ACTORS[language].map(([, re]) => re);
      for (const text of texts) {
        const any = (list: RegExp[]) => list.some((re) => new RegExp(re.source, re.flags).test(text));
        expect(mayMatch(ANY_ACTOR[language], text)).toBe(any(actors));
        expect(mayMatch(ANY_CONTROL_CUE[language], text)).toBe(any(control));
        if (mayMatch(ANY_CONTROL_CUE[language], text)) yes++;
      }
    }
    expect(ANY_ACTOR.fr!.global).toBe(true); // French and English patterns share their look-behind
    expect(yes).toBeGreaterThan(50);
  });
});
