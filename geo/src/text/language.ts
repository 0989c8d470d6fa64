/** The languages the reader has a lexicon for, and the language of one sentence. */
import { eachMatch } from './matching';

export type Language = 'fr' | 'en' | 'ar';

const EN = /(?<![\p{L}'’])(?:the|and|of|in|at|for|to|from|with|was|were|been|have|has|had|their|they|after|said|says|took|this|that|is|are|its|by|into|over|who|which)(?![\p{L}'’])/giu;
const FR = /(?<![\p{L}'’])(?:le|la|les|des|du|de|et|est|sont|dans|au|aux|une|un|qui|que|pour|sur|par|ont|a été|selon|d|l)(?![\p{L}])/giu;

/** English verb forms in lower case ("seized", "pushing"); names such as Ahmed are capitalised. */
const EN_FORMS = /(?<![\p{L}])[a-z]\p{L}{2,}(?:ed|ing)(?![\p{L}])/gu;

const count = (re: RegExp, text: string) => {
  let n = 0;
  eachMatch(re, text, () => n++);
  return n;
};

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
    const en = count(EN, text) + count(EN_FORMS, text);
    if (en < 2) return 'fr';
    const fr = count(FR, text);
    return (en >= 2 && fr === 0) || (en >= 3 && en > 2 * fr) ? 'en' : 'fr';
  }
  const fr = count(FR, text);
  if (fr < 3) return 'en';
  const en = count(EN, text) + count(EN_FORMS, text);
  return fr > 2 * en ? 'fr' : 'en';
}
