import { describe, expect, it } from 'vitest';
import { NEEDS, NEEDS_OF } from '../events/eventDate';
import { DATE_PATTERNS } from './dateExpressions';
import type { Language } from './language';
import { Sentences } from './sentences';

/** Sentences with every kind of date the patterns read, besides the bundled articles'. */
const INVENTED: Record<Language, string[]> = {
  fr: [
    "Dans la nuit de vendredi à samedi, l'armée a repris le quartier.",
    'Il y a trois jours, les rebelles tenaient encore Hanano. Il y a encore deux semaines, rien.',
    'Deux jours après la chute de Hanano, ce vendredi 9, puis le 15 novembre 2016 et décembre 13, 2016.',
    'Samedi 24 septembre, hier mardi, aujourd’hui jeudi.',
  ],
  en: [
    'On the night of Friday to Saturday the army took it. Three days ago rebels held it.',
    'Two weeks after the fall, on Saturday (November 26), then Dec. 13, and the 15th of December, 2016.',
    'Yesterday Tuesday, today Thursday, this Monday, 3 weeks ago.',
  ],
  ar: ['سيطرت القوات على الحي اليوم السبت، بعد يومين من خسارة الحي، وأمس الإثنين.', 'بعد أسبوع واحد على سقوط الحي يوم الأحد.'],
};

async function sentencesByLanguage(): Promise<Record<Language, string[]>> {
  const { loadCorpus } = await import('../articles/load');
  const { bundledArticleFiles } = await import('../../../test/support/corpus');
  const out: Record<Language, string[]> = { fr: [...INVENTED.fr], en: [...INVENTED.en], ar: [...INVENTED.ar] };
  for (const a of loadCorpus(bundledArticleFiles()).articles) {
    const sentences = new Sentences(a.text, a.language);
    for (let at = 0; at < a.text.length; ) {
      const s = sentences.offsetsAt(at);
      out[a.language].push(a.text.slice(s.start, s.end));
      at = Math.max(s.end, at) + 1;
    }
  }
  return out;
}

const matches = (re: RegExp, text: string) => {
  const copy = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...text.matchAll(copy)].length > 0;
};

describe('the quick tests before the date patterns', () => {
  it('pass wherever their pattern matches, on every bundled sentence and invented dates', async () => {
    const all = await sentencesByLanguage();
    let checked = 0;
    for (const language of ['fr', 'en', 'ar'] as const) {
      const [weekday, ...digitPatterns] = DATE_PATTERNS.patterns[language];
      const pairs: [RegExp, RegExp][] = [[weekday!, DATE_PATTERNS.weekdayName[language]], ...digitPatterns.map((p): [RegExp, RegExp] => [p, DATE_PATTERNS.digit])];
      for (const kind of ['night', 'ago', 'after'] as const) {
        const pattern = NEEDS_OF[kind][language];
        if (pattern) pairs.push([pattern, NEEDS[kind][language]!]);
      }
      for (const [pattern, needs] of pairs) {
        const matched = all[language].filter((s) => matches(pattern, s));
        // Each pattern meets at least one sentence, so the test can fail.
        expect(matched.length, `${language} ${pattern.source.slice(0, 40)}`).toBeGreaterThan(0);
        for (const s of matched) expect(needs.test(s), `${language}: ${needs} before ${pattern.source.slice(0, 40)} on "${s}"`).toBe(true);
        checked += matched.length;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
