/**
 * How the lexicon is matched, apart from what it says (lexicon.ts): its patterns joined,
 * once per language, into quick existence tests, so that the reader skips the text the
 * lexicon cannot speak about before it runs each pattern on its own. A test only says
 * whether some pattern matches somewhere; where and which is still found pattern by
 * pattern (findCues, findActors), so the results are those of the patterns alone.
 */
import type { Language } from '../text/language';
import { ACTORS, CUES } from './lexicon';
import { someMatch, withoutLeadingBoundary } from '../text/matching';

/**
 * One expression that matches a text where any of `patterns` matches (alternation finds a
 * match of some alternative whenever one exists). Null when they cannot be joined
 * (different flags, numbered back-references): the caller then skips no text.
 *
 * When every pattern opens with the same "no letter or digit before" (most of the lexicon),
 * that look-behind is written once before the alternation: `(?<!X)(?:A|B)` matches where
 * `(?<!X)A|(?<!X)B` does, and `someMatch` then runs it without the look-behind, as eachMatch
 * runs each pattern (the look-behind at the head of every alternative was tested at every
 * position of the text). Such a joined pattern is global: test it with `mayMatch`.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp | null {
  if (!patterns.length) return null;
  const flags = (re: RegExp) => re.flags.replace(/[gy]/g, '');
  if (patterns.some((p) => flags(p) !== flags(patterns[0]!) || /\\[1-9]|\\k</.test(p.source))) return null;
  try {
    const bare = patterns.map((p) => (p.global ? withoutLeadingBoundary(p) : null));
    const lead = LEADING.exec(patterns[0]!.source)?.[0];
    if (lead && bare.every((b, i) => b && patterns[i]!.source.startsWith(lead))) {
      return new RegExp(`${lead}(?:${bare.map((b) => `(?:${b!.re.source})`).join('|')})`, `${flags(patterns[0]!)}g`);
    }
    return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags(patterns[0]!));
  } catch {
    return null;
  }
}
const LEADING = /^\(\?<!\[(?:\\.|[^\]\\])*\]\)/;

const perLanguage = <T>(make: (language: Language) => T): Record<Language, T> => ({ fr: make('fr'), en: make('en'), ar: make('ar') });

/** Any side of the language's lexicon. */
export const ANY_ACTOR = perLanguage((l) => anyOf(ACTORS[l].map(([, re]) => re)));

/** Any verb of capture or withdrawal of the language's lexicon. */
export const ANY_CONTROL_CUE = perLanguage((l) => anyOf(CUES[l].filter((c) => c.kind === 'capture' || c.kind === 'withdrawal').map((c) => c.re)));

/** False only when no pattern can match `text`. */
export function mayMatch(test: RegExp | null, text: string): boolean {
  return test === null || someMatch(test, text);
}

/** How a pattern is run over a text lives with the text helpers (text/matching.ts); the reader uses it here. */
export { eachMatch, someMatch, withoutLeadingBoundary } from '../text/matching';
