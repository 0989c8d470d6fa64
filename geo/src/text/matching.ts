/**
 * Running a global pattern over a text, as `matchAll` would, but faster (the reader and the
 * language test run many patterns over every sentence): see eachMatch.
 */

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
  const run = bare?.re ?? re;
  const start = re.lastIndex;
  run.lastIndex = start;
  let m: RegExpExecArray | null;
  try {
    while ((m = run.exec(text))) {
      if (bare && charBefore(text, m.index, bare)) {
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

/**
 * Every match of a global pattern, in order, as `[...text.matchAll(re)]` gives them, but without
 * the copy of the pattern matchAll makes on each call (eachMatch): for loops that `continue`.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  eachMatch(re, text, (m) => out.push(m));
  return out;
}

/**
 * Whether a pattern matches anywhere in the text, from its start: `re.test(text)` with
 * lastIndex at 0, but for a global pattern with a leading look-behind run as eachMatch runs
 * it (without the look-behind, the character before each match checked), stopping at the
 * first match that holds. The pattern's lastIndex is left as it was.
 */
export function someMatch(re: RegExp, text: string): boolean {
  const bare = re.global ? withoutLeadingBoundary(re) : null;
  if (!bare) {
    const last = re.lastIndex;
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = last;
    return found;
  }
  const run = bare.re;
  run.lastIndex = 0;
  try {
    let m: RegExpExecArray | null;
    while ((m = run.exec(text))) {
      if (!charBefore(text, m.index, bare)) return true;
      run.lastIndex = nextIndex(text, m.index, true);
    }
    return false;
  } finally {
    run.lastIndex = 0;
  }
}

/** A leading "no character of this class before" (a negative look-behind of one character class). */
const LEADING_BOUNDARY = /^\(\?<!(\[(?:\\.|[^\]\\])*\])\)/;
/** An optional trailing "no character of this class after". */
const TRAILING_BOUNDARY = /^\(\?!\[(?:\\.|[^\]\\])*\]\)$/;
interface Bare {
  re: RegExp;
  /** The look-behind's class, as a pattern for one character. */
  before: RegExp;
  /** Its answer for each code point below U+0800 (0: not yet asked, 1: outside the class, 2: in it), each worked out once. */
  table: Uint8Array;
}
const bareOf = new WeakMap<RegExp, Bare | null>();
/**
 * The pattern without its leading look-behind of one character class ("no letter or digit
 * before"), when it is exactly that look-behind, one group, and optionally a look-ahead of one
 * class (so the look-behind bears on the whole pattern, not on one alternative); null otherwise.
 * Unicode patterns only, so that "the character before" is one code point, as the look-behind reads it.
 */
export function withoutLeadingBoundary(re: RegExp): Bare | null {
  let bare = bareOf.get(re);
  if (bare !== undefined) return bare;
  bare = null;
  const lead = LEADING_BOUNDARY.exec(re.source);
  if (lead && re.unicode && !re.sticky) {
    const rest = re.source.slice(lead[0].length);
    const close = rest.startsWith('(?:') ? closingParen(rest) : -1;
    const after = close < 0 ? null : rest.slice(close + 1);
    if (after !== null && (after === '' || TRAILING_BOUNDARY.test(after))) {
      const before = new RegExp(`^${lead[1]}$`, re.flags.replace(/[gy]/g, ''));
      bare = { re: new RegExp(rest, re.flags), before, table: new Uint8Array(0x800) };
    }
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

/** The code point just before `i` is of the class `before` (what the look-behind refuses). */
function charBefore(text: string, i: number, bare: Bare): boolean {
  if (i === 0) return false;
  const unit = text.charCodeAt(i - 1);
  const before = bare.before;
  if (unit < 0x800) {
    let known = bare.table[unit]!;
    if (known === 0) bare.table[unit] = known = before.test(String.fromCharCode(unit)) ? 2 : 1;
    return known === 2;
  }
  let from = i - 1;
  const low = text.charCodeAt(from);
  if (low >= 0xdc00 && low <= 0xdfff && from > 0) {
    const high = text.charCodeAt(from - 1);
    if (high >= 0xd800 && high <= 0xdbff) from--;
  }
  return before.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** The next index after `i`: over a whole surrogate pair in a Unicode pattern. */
function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
