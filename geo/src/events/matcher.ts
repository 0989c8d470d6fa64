/**
 * How the lexicon is matched, apart from what it says (lexicon.ts): its patterns joined,
 * once per language, into quick existence tests, so that the reader skips the text the
 * lexicon cannot speak about before it runs each pattern on its own. A test only says
 * whether some pattern matches somewhere; where and which is still found pattern by
 * pattern (findCues, findActors), so the results are those of the patterns alone.
 */
import type { Language } from '../text/language';
import { ACTORS, CUES } from './lexicon';

/**
 * One expression that matches a text where any of `patterns` matches (alternation finds a
 * match of some alternative whenever one exists). Null when they cannot be joined
 * (different flags, numbered back-references): the caller then skips no text.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp | null {
  if (!patterns.length) return null;
  const flags = (re: RegExp) => re.flags.replace(/[gy]/g, '');
  if (patterns.some((p) => flags(p) !== flags(patterns[0]!) || /\\[1-9]|\\k</.test(p.source))) return null;
  try {
    return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags(patterns[0]!));
  } catch {
    return null;
  }
}

const perLanguage = <T>(make: (language: Language) => T): Record<Language, T> => ({ fr: make('fr'), en: make('en'), ar: make('ar') });

/** Any side of the language's lexicon. */
export const ANY_ACTOR = perLanguage((l) => anyOf(ACTORS[l].map(([, re]) => re)));

/** Any verb of capture or withdrawal of the language's lexicon. */
export const ANY_CONTROL_CUE = perLanguage((l) => anyOf(CUES[l].filter((c) => c.kind === 'capture' || c.kind === 'withdrawal').map((c) => c.re)));

/** False only when no pattern can match `text`. */
export function mayMatch(test: RegExp | null, text: string): boolean {
  return test === null || test.test(text);
}

/**
 * Each match of a global pattern, as `text.matchAll(re)` gives them, without the copy of the
 * pattern that matchAll makes on every call (the reader calls it for every pattern of every
 * sentence). Starts where matchAll would (the pattern's lastIndex) and leaves it as it was.
 */
export function eachMatch(re: RegExp, text: string, found: (m: RegExpExecArray) => void): void {
  if (!re.global) throw new Error(`eachMatch: ${re} is not global`);
  const start = re.lastIndex;
  let m: RegExpExecArray | null;
  try {
    while ((m = re.exec(text))) {
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
      found(m);
    }
  } finally {
    re.lastIndex = start;
  }
}

/** The next index after an empty match: over a whole surrogate pair in a Unicode pattern. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
