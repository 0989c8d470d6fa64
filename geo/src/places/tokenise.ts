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

// Letters and digits, with apostrophes kept inside a word (Sha'ar, Da'ada'a, Qal’et).
const WORD = /[\p{L}\p{N}]+(?:['’ʿʾ][\p{L}\p{N}]+)*/gu;
// French elisions and the English possessive are split off: d'Alep → d + Alep.
const ELISION = /^(?:[dljnsmtc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;
const POSSESSIVE = /['’]s$/i;

/** Article tokens joined by a hyphen to the next word: al-Qasr, as-Salheen, Ad-Ramouseh. */
export const HYPHEN_ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'ed', 'ash', 'esh', 'ech', 'as', 'es', 'az', 'ez', 'at', 'et', 'an', 'en',
  'ar', 'er', 'aj', 'ej', 'adh', 'ath', 'ul', 'ud', 'us', 'ut', 'ur', 'un', 'ag', 'ak', 'al',
]);
/** Written apart (Karam al Daadaa, Al Chahidine) only al and el are articles. */
const FREE_ARTICLES = new Set(['al', 'el']);

const formCache = new Map<string, TokenForm>();
const FORM_CACHE_LIMIT = 50_000;

/** Memoised: news text reuses a small vocabulary; bounded so memory does not grow with the corpus. */
export function cachedForm(word: string): TokenForm {
  let form = formCache.get(word);
  if (!form) {
    if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
    form = tokenForm(word);
    formCache.set(word, form);
  }
  return form;
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let start = m.index;
    let word = m[0];
    const elided = ELISION.exec(word);
    if (elided) {
      pushToken(tokens, text, start, word.slice(0, elided[0].length - 1));
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    if (POSSESSIVE.test(word) && word.length > 3) word = word.slice(0, -2);
    pushToken(tokens, text, start, word);
  }
  return tokens;
}

function pushToken(tokens: Token[], text: string, start: number, word: string): void {
  const end = start + word.length;
  const arabic = /[\u0600-\u06FF]/.test(word);
  const lower = word.toLowerCase();
  const next = text[end];
  const article =
    !arabic &&
    ((next === '-' && HYPHEN_ARTICLES.has(lower) && /\p{L}/u.test(text[end + 1] ?? '')) ||
      (FREE_ARTICLES.has(lower) && next === ' ' && /\p{L}/u.test(text[end + 1] ?? '')));
  const first = word[0] ?? '';
  tokens.push({
    index: tokens.length,
    start,
    end,
    text: word,
    form: cachedForm(word),
    article,
    capitalised: first !== first.toLowerCase(),
    arabic,
  });
}
