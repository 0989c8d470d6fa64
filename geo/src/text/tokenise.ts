import { detach } from './detach';
import { tokenForm, type TokenForm } from './normalise';

export interface Token {
  /** Position in the article's token list. */
  index: number;
  start: number;
  end: number;
  text: string;
  form: TokenForm;
  /** An Arabic article written as a word of its own (al-, el-, ash-...): skipped when matching. */
  article: boolean;
  capitalised: boolean;
  arabic: boolean;
}

/** Article tokens joined by a hyphen to the next word: al-Qasr, as-Salheen, Ad-Ramouseh. */
export const HYPHEN_ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'ed', 'ash', 'esh', 'ech', 'as', 'es', 'az', 'ez', 'at', 'et', 'an', 'en',
  'ar', 'er', 'aj', 'ej', 'adh', 'ath', 'ul', 'ud', 'us', 'ut', 'ur', 'un', 'ag', 'ak',
]);
/** Written apart (Karam al Daadaa, Al Chahidine) only al and el are articles. */
const FREE_ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);
/** French elisions split off a word: d'Alep → d + Alep. */
const ELISIONS: ReadonlySet<string> = new Set(['d', 'l', 'j', 'n', 's', 'm', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

/**
 * The forms of the words met so far, memoised: news text reuses a small vocabulary. Bounded
 * (cleared when full) so memory does not grow with the corpus. An open-addressing table looked
 * up by the word's place in the text: a word met before is found without cutting it out of
 * the text (a Map needed the slice and its hash), and the token takes the table's copy of it.
 * Words are copied off the text when first kept (text/detach.ts): a slice of an article kept
 * as a key kept the whole article alive.
 */
const FORM_CACHE_LIMIT = 50_000;
const SLOTS = 1 << 17;
let words: (string | undefined)[] = new Array<string | undefined>(SLOTS);
let forms: (TokenForm | undefined)[] = new Array<TokenForm | undefined>(SLOTS);
let hashes = new Int32Array(SLOTS);
/** What pushToken asks of each word, worked out once per word (bits below): no lower-casing per token. */
let traits = new Uint8Array(SLOTS);
let stored = 0;
const HYPHEN_ARTICLE = 1;
const FREE_ARTICLE = 2;
const CAPITALISED = 4;
const ARABIC = 8;

function traitsOf(word: string): number {
  if (word === '') return 0; // cachedForm('') (a proclitic with nothing after it): no token is made of it
  const first = word.charCodeAt(0);
  let bits = 0;
  if (first >= 0x600 && first <= 0x6ff) bits |= ARABIC;
  else if (word.length <= 3) {
    const lower = word.toLowerCase();
    if (HYPHEN_ARTICLES.has(lower)) bits |= HYPHEN_ARTICLE;
    if (FREE_ARTICLES.has(lower)) bits |= FREE_ARTICLE;
  }
  if (first < 128 ? first >= 65 && first <= 90 : word[0] !== word[0]!.toLowerCase()) bits |= CAPITALISED;
  return bits;
}

/** The slot of text[start, end) in the table, added when new. */
function slotOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  const length = end - start;
  for (let slot = h & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
    const word = words[slot];
    if (word === undefined) {
      if (stored >= FORM_CACHE_LIMIT) {
        words = new Array<string | undefined>(SLOTS);
        forms = new Array<TokenForm | undefined>(SLOTS);
        hashes = new Int32Array(SLOTS);
        traits = new Uint8Array(SLOTS);
        stored = 0;
        return slotOf(text, start, end);
      }
      const kept = detach(text.slice(start, end));
      words[slot] = kept;
      forms[slot] = tokenForm(kept);
      hashes[slot] = h;
      traits[slot] = traitsOf(kept);
      stored++;
      return slot;
    }
    if (hashes[slot] === h && word.length === length && text.startsWith(word, start)) return slot;
  }
}

/** Memoised: news text reuses a small vocabulary; bounded so memory does not grow with the corpus. */
export function cachedForm(word: string): TokenForm {
  return forms[slotOf(word, 0, word.length)]!;
}

// Character classes for the scanner, looked up by code unit below U+0800 (Latin, Greek,
// Cyrillic, Arabic); anything above is classified by a Unicode regex and remembered.
const LETTER = 1;
const APOSTROPHE = 2;
const table = new Uint8Array(0x800);
for (let c = 0; c < table.length; c++) {
  if (/[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c))) table[c] = LETTER;
}
for (const c of "'ʿʾ") table[c.charCodeAt(0)] = APOSTROPHE;
const wide = new Map<number, number>([[0x2019, APOSTROPHE]]);

function classOf(code: number): number {
  if (code < 0x800) return table[code]!;
  let k = wide.get(code);
  if (k === undefined) {
    k = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? LETTER : 0;
    wide.set(code, k);
  }
  return k;
}

/**
 * Words of a text: letters and digits, apostrophes kept inside a word (Sha'ar, Da'ada'a),
 * French elisions and the English possessive split off. A hand-written scanner rather than
 * a regex: it runs over every character of the corpus and sets the place finder's speed.
 */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (classOf(text.charCodeAt(i)) !== LETTER) {
      i++;
      continue;
    }
    let start = i;
    let end = i;
    while (end < n) {
      const k = classOf(text.charCodeAt(end));
      if (k === LETTER) end++;
      else if (k === APOSTROPHE && end + 1 < n && classOf(text.charCodeAt(end + 1)) === LETTER) {
        // d'Alep: an elision ends the word before the apostrophe.
        if (end - start <= 7 && ELISIONS.has(text.slice(start, end).toLowerCase())) {
          pushToken(tokens, text, start, end);
          start = end + 1;
        }
        end++;
      } else break;
    }
    let wordEnd = end;
    // Aleppo's → Aleppo
    if (wordEnd - start > 3 && (text[wordEnd - 1] === 's' || text[wordEnd - 1] === 'S') && classOf(text.charCodeAt(wordEnd - 2)) === APOSTROPHE) {
      wordEnd -= 2;
    }
    pushToken(tokens, text, start, wordEnd);
    i = end;
  }
  return tokens;
}

function pushToken(tokens: Token[], text: string, start: number, end: number): void {
  const slot = slotOf(text, start, end);
  const word = words[slot]!;
  const bits = traits[slot]!;
  let article = false;
  if (bits & (HYPHEN_ARTICLE | FREE_ARTICLE)) {
    const next = text.charCodeAt(end);
    const after = end + 1 < text.length && classOf(text.charCodeAt(end + 1)) === LETTER;
    article = after && ((next === 45 /* - */ && (bits & HYPHEN_ARTICLE) !== 0) || (next === 32 && (bits & FREE_ARTICLE) !== 0));
  }
  tokens.push({ index: tokens.length, start, end, text: word, form: forms[slot]!, article, capitalised: (bits & CAPITALISED) !== 0, arabic: (bits & ARABIC) !== 0 });
}
