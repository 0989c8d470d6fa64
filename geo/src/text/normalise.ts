/**
 * Spelling normalisation shared by the gazetteer's aliases and the text being searched.
 *
 * A Latin token becomes a phonetic key in which the press's transliteration noise
 * disappears (case, accents, ch/sh, ou/u, dj/j, k/q, doubled letters, final e/h).
 * Vowel *quality* still varies after that (Hellok/Halak/Holok, Khodr/Kheder), so
 * the matcher compares a key's consonant skeleton exactly and its vowel positions
 * loosely (see `vowelSlotsMatch`).
 */

export interface TokenForm {
  /** Normalised spelling, vowels kept ("bustan", "Seix" for cheikh). */
  key: string;
  /** The key without vowels: what the alias index is keyed on. */
  skeleton: string;
  /** The key with each vowel run replaced by "V": where vowels stand. */
  slots: string;
  /** Arabic only: the word carried the article ال (الأحياء الشرقية is East Aleppo, أحياء شرقية is not). */
  definite?: true;
}

const VOWELS = /[aeiou]+/g;

/** Lowercase, strip diacritics and ligatures: the bare pass the benchmark uses as its floor. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Latin token → phonetic key. Internal consonant symbols: S = sh/ch, X = kh. */
export function latinKey(token: string): string {
  let s = fold(token)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/['’‘ʿʾ`´]/g, '');
  s = s
    .replace(/x/g, 'ks')
    .replace(/sch|ch|sh/g, 'S')
    .replace(/Sh/g, 'S') // Mashhad = Machad
    .replace(/kh/g, 'X')
    .replace(/gh/g, 'g')
    .replace(/dj/g, 'j')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/ç/g, 's')
    .replace(/ou(?=[aeiy])/g, 'w') // Aouad = Awwad, ouest ≠ est
    .replace(/ou|oo/g, 'u')
    .replace(/y/g, 'i')
    .replace(/(?<=[aeiou])w(?![aeiou])/g, 'u') // Dawla = Dauleh
    .replace(/(.)\1+/g, '$1');
  // Final e/a (and h) are the Arabic tā' marbūṭa written every way: -eh, -é, -a, -ah.
  const stripped = s.replace(/[ae]+h?$/, '').replace(/(?<=[aeiou])h$/, '');
  if (/[^aeiou]/.test(stripped)) s = stripped;
  return s;
}

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Arabic token → key: letter variants and vowel marks folded, the article ال dropped. */
export function arabicKey(token: string): string {
  let s = token
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ی/g, 'ي');
  if (s.length >= 5 && /^(وال|بال|فال|كال)/.test(s)) s = s.slice(3);
  else if (s.length >= 4 && s.startsWith('ال')) s = s.slice(2);
  else if (s.length >= 4 && s.startsWith('لل')) s = s.slice(2);
  return s;
}

export function isArabic(token: string): boolean {
  return /[\u0600-\u06FF]/.test(token);
}

export function tokenForm(token: string): TokenForm {
  if (isArabic(token)) {
    const key = arabicKey(token);
    const form: TokenForm = { key, skeleton: key, slots: key };
    if (key.length < token.replace(ARABIC_MARKS, '').length - 1) form.definite = true;
    return form;
  }
  if (/^[IVX]+$/.test(token)) {
    // A roman numeral tells the parts apart (al-Hamdaniyeh I, II, III): keep it whole.
    const key = `#${token.toLowerCase()}`;
    return { key, skeleton: key, slots: key };
  }
  const key = latinKey(token);
  return { key, skeleton: key.replace(VOWELS, ''), slots: key.replace(VOWELS, 'V') };
}

/**
 * Two forms with the same skeleton match when their vowels stand in the same places,
 * but for at most one vowel inserted or dropped inside the word (Salhine/Salahine,
 * Qasr/Qaser, Karm/Karam). Word-initial and word-final vowels must agree: Hanan is
 * not Hanano.
 */
export function vowelSlotsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) {
    if (long[i] === 'V' && long.slice(0, i) + long.slice(i + 1) === short) {
      return i > 0 && i < long.length - 1;
    }
  }
  return false;
}
