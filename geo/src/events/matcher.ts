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
 *
 * Most lexicon patterns open with "no letter or digit before" (lexicon.ts, `w`). The regex
 * engine would test that look-behind at every position of the text before trying the words;
 * without it, it skips quickly to where the words' first letters stand. So such a pattern is
 * run without its look-behind, and the character before each match is checked here: a match
 * that fails it is dropped and the search goes on from the next character, which finds the
 * same matches, in the same places, as the pattern itself (matcher.test.ts checks it on the corpus).
 */
export function eachMatch(re: RegExp, text: string, found: (m: RegExpExecArray) => void): void {
  if (!re.global) throw new Error(`eachMatch: ${re} is not global`);
  const bare = withoutLeadingBoundary(re);
  const run = bare ?? re;
  const start = re.lastIndex;
  run.lastIndex = start;
  let m: RegExpExecArray | null;
  try {
    while ((m = run.exec(text))) {
      if (bare && wordBefore(text, m.index)) {
        run.lastIndex = nextIndex(text, m.index, true);
        continue;
      }
      if (m[0] === '') run.lastIndex = nextIndex(text, run.lastIndex, re.unicode || re.flags.includes('v'));
      found(m);
    }
  } finally {
    re.lastIndex = start;
  }
}

const LEADING_BOUNDARY = '(?<![\\p{L}\\p{N}])';
const TRAILING_BOUNDARY = '(?![\\p{L}\\p{N}])';
const WORD_CHAR = /[\p{L}\p{N}]/u;
const bareOf = new WeakMap<RegExp, RegExp | null>();

/**
 * The pattern without its leading "no letter or digit before", when it is exactly that
 * look-behind, one group, and optionally "no letter or digit after" (so the look-behind
 * bears on the whole pattern, not on one alternative); null otherwise.
 */
export function withoutLeadingBoundary(re: RegExp): RegExp | null {
  let bare = bareOf.get(re);
  if (bare !== undefined) return bare;
  bare = null;
  const source = re.source;
  if (re.flags === 'gu' && source.startsWith(LEADING_BOUNDARY)) {
    const rest = source.slice(LEADING_BOUNDARY.length);
    const close = rest.startsWith('(?:') ? closingParen(rest) : -1;
    const after = close < 0 ? null : rest.slice(close + 1);
    if (after === '' || after === TRAILING_BOUNDARY) bare = new RegExp(rest, re.flags);
  }
  bareOf.set(re, bare);
  return bare;
}

/** Index of the parenthesis that closes the one opening `source`, skipping escapes and character classes; -1 if none. */
function closingParen(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A letter or digit is the code point just before `i` (what the look-behind refuses). */
function wordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  let from = i - 1;
  const low = text.charCodeAt(from);
  if (low >= 0xdc00 && low <= 0xdfff && from > 0) {
    const high = text.charCodeAt(from - 1);
    if (high >= 0xd800 && high <= 0xdbff) from--;
  }
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** The next index after `i`: over a whole surrogate pair in a Unicode pattern. */
function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
