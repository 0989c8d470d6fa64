/** The languages the reader has a lexicon for, and the language of one sentence. */
import { eachMatch } from './matching';

export type Language = 'fr' | 'en' | 'ar';

const EN = /(?<![\p{L}'’])(?:the|and|of|in|at|for|to|from|with|was|were|been|have|has|had|their|they|after|said|says|took|this|that|is|are|its|by|into|over|who|which)(?![\p{L}'’])/giu;
const FR = /(?<![\p{L}'’])(?:le|la|les|des|du|de|et|est|sont|dans|au|aux|une|un|qui|que|pour|sur|par|ont|a été|selon|d|l)(?![\p{L}])/giu;

/**
 * English verb forms in lower case ("seized", "pushing"); names such as Ahmed are capitalised.
 * The pattern's meaning, counted by `countEnglishForms` without running it.
 */
export const EN_FORMS = /(?<![\p{L}])[a-z]\p{L}{2,}(?:ed|ing)(?![\p{L}])/gu;

const count = (re: RegExp, text: string) => {
  let n = 0;
  eachMatch(re, text, () => n++);
  return n;
};

/**
 * How many times EN_FORMS matches: a match starts where no letter stands before and ends where
 * none follows, with only letters between, so it is a whole run of letters: one starting with
 * a-z, ending in "ed" with at least 5 letters or in "ing" with at least 6 (letters counted by
 * code point, as the pattern counts them). One pass over the text; the regex engine tried
 * every lower-case letter as a start and backtracked over the rest of its word.
 */
export function countEnglishForms(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    if (!isLetter(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let letters = 0;
    while (i < text.length) {
      const c = text.codePointAt(i)!;
      if (!isLetter(c)) break;
      letters++;
      i += c > 0xffff ? 2 : 1;
    }
    const first = text.charCodeAt(start);
    if (first < 97 || first > 122) continue;
    if ((letters >= 5 && text.endsWith('ed', i)) || (letters >= 6 && text.endsWith('ing', i))) n++;
  }
  return n;
}

/** `\p{L}`, by table below U+0800, else tested once and remembered. */
const LETTERS = new Uint8Array(0x800);
for (let c = 0; c < LETTERS.length; c++) LETTERS[c] = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 0;
const wideLetters = new Map<number, boolean>();
function isLetter(code: number): boolean {
  if (code < 0x800) return LETTERS[code] === 1;
  let yes = wideLetters.get(code);
  if (yes === undefined) wideLetters.set(code, (yes = /^\p{L}$/u.test(String.fromCodePoint(code))));
  return yes;
}

/** The languages `sentenceLanguage` may give a sentence of an article in `articleLanguage`. */
export function sentenceLanguages(articleLanguage: Language): Language[] {
  return articleLanguage === 'ar' ? ['ar'] : articleLanguage === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
}

/**
 * The language of one sentence. French articles quote English tweets and carry English
 * captions ("Syrian rebels withdrew from six more neighbourhoods..."): their cues are
 * English, so the sentence is read with the English lexicon.
 */
export function sentenceLanguage(text: string, articleLanguage: Language): Language {
  if (articleLanguage === 'ar') return 'ar';
  // Each count is made only when the answer can still turn on it: a French sentence with fewer
  // than two English words, an English one with fewer than three French words, is not weighed further.
  if (articleLanguage === 'fr') {
    const en = count(EN, text) + countEnglishForms(text);
    if (en < 2) return 'fr';
    const fr = count(FR, text);
    return (en >= 2 && fr === 0) || (en >= 3 && en > 2 * fr) ? 'en' : 'fr';
  }
  const fr = count(FR, text);
  if (fr < 3) return 'en';
  const en = count(EN, text) + countEnglishForms(text);
  return fr > 2 * en ? 'fr' : 'en';
}
