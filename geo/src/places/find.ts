import { vowelSlotsMatch } from '../text/normalise';
import type { IndexedAlias, PlaceIndex } from './index';
import { findCandidates } from './candidates';
import { Sentences } from '../text/sentences';
import { cachedForm, HYPHEN_ARTICLES, tokenise, type Token } from '../text/tokenise';
import type { Candidate, Mention } from './types';

export interface ArticleText {
  id: string;
  language: string;
  text: string;
}

export interface PlacesFound {
  mentions: Mention[];
  candidates: Candidate[];
}

/** Every neighbourhood or group an article names, and the "quartier de X" it could not resolve. */
export function findPlaces(article: ArticleText, index: PlaceIndex, unlocated: ReadonlySet<string>): PlacesFound {
  const { text } = article;
  const tokens = tokenise(text);
  const sentences = new Sentences(text, article.language);
  const content: Token[] = [];
  for (const t of tokens) if (!t.article) content.push(t.arabic ? withoutProclitic(t, index) : t);
  const mentions: Mention[] = [];

  for (let i = 0; i < content.length; ) {
    const head = content[i]!;
    const starts = head.capitalised || head.arabic || articleCapitalised(tokens, head) ? index.firstWord : index.firstWordLower;
    if (!starts.has(head.form.skeleton) && !index.notPlaces.has(head.form.key)) {
      i++;
      continue;
    }
    const skip = notPlaceAt(content, i, index);
    if (skip) {
      i += skip;
      continue;
    }
    const hit = insideCompound(text, head) ? undefined : matchAt(text, tokens, content, i, index, starts);
    if (!hit) {
      i++;
      continue;
    }
    const first = content[i]!;
    const last = content[i + hit.length - 1]!;
    const start = leadingArticleStart(tokens, first);
    const { target, place } = hit.alias.alias;
    const mention: Mention = {
      article: article.id,
      start,
      end: last.end,
      surface: text.slice(start, last.end),
      ...(target.type === 'group' ? { group: target.id } : { neighbourhood: target.id }),
      ...(place ? { place } : {}),
      ...(target.type === 'neighbourhood' && unlocated.has(target.id) ? { unlocated: true as const } : {}),
      sentence: sentences.offsetsAt(start),
    };
    mentions.push(mention);
    i += hit.length;
  }
  return { mentions, candidates: findCandidates(article, tokens, mentions, sentences) };
}

interface Hit {
  alias: IndexedAlias;
  length: number;
}

/** The longest alias starting at content word `i`; among equals, the closest spelling. */
function matchAt(text: string, tokens: Token[], content: Token[], i: number, index: PlaceIndex, starts: Map<string, number>): Hit | undefined {
  const head = content[i]!;
  const maxWords = starts.get(head.form.skeleton);
  if (maxWords === undefined) return undefined;

  // The keys of the first n words, n = 1, 2, ...: each the one before plus a word (not a join per n).
  const keys: string[] = [];
  let words = 0;
  for (let j = i; j < content.length && words < maxWords; j++, words++) {
    if (j > i && !adjacent(text, content[j - 1]!, content[j]!)) break;
    keys.push(j === i ? content[j]!.form.skeleton : `${keys[keys.length - 1]!} ${content[j]!.form.skeleton}`);
  }
  for (let n = keys.length; n >= 1; n--) {
    const candidates = index.bySkeleton.get(keys[n - 1]!);
    if (!candidates) continue;
    const span = content.slice(i, i + n);
    let best: IndexedAlias | undefined;
    let bestExact = -1;
    for (const c of candidates) {
      const exact = fits(c, span, text, tokens);
      if (exact > bestExact) {
        best = c;
        bestExact = exact;
      }
    }
    if (best) return { alias: best, length: n };
  }
  return undefined;
}

/** -1 when the alias does not fit the words; otherwise how many words match it exactly. */
function fits(alias: IndexedAlias, span: Token[], text: string, tokens: Token[]): number {
  if (alias.needsCapital && !span[0]!.capitalised && !articleCapitalised(tokens, span[0]!)) return -1;
  let exact = 0;
  for (let k = 0; k < span.length; k++) {
    const word = span[k]!.form;
    const form = alias.forms[k]!;
    if (form.definite && !word.definite) return -1;
    if (k > 0 && alias.hyphenated[k - 1] && !span[k]!.capitalised && text[span[k - 1]!.end] !== '-') return -1;
    if (word.key === form.key) exact++;
    else if (alias.strict || span[k]!.arabic || !vowelSlotsMatch(word.slots, form.slots)) return -1;
  }
  return exact;
}

/** "وبستان" is "and Bustan": drop a one-letter Arabic conjunction or preposition when that reveals a name. */
function withoutProclitic(token: Token, index: PlaceIndex): Token {
  if (!token.arabic || index.firstWord.has(token.form.skeleton) || !/^[وفبلك]/.test(token.text)) return token;
  const rest = token.text.slice(1);
  const form = cachedForm(rest);
  return index.firstWord.has(form.skeleton) ? { ...token, start: token.start + 1, text: rest, form } : token;
}

/** Words that start a known non-place ("Syrian", "تشرين الثاني"): how many to skip, or 0. */
function notPlaceAt(content: Token[], i: number, index: PlaceIndex): number {
  const sequences = index.notPlaces.get(content[i]!.form.key);
  if (!sequences) return 0;
  for (const keys of sequences) {
    if (keys.every((k, n) => content[i + n]?.form.key === k)) return keys.length;
  }
  return 0;
}

/** "nord-est", "sud-ouest": a name never starts inside a hyphenated word, unless after an article. */
function insideCompound(text: string, token: Token): boolean {
  return text[token.start - 1] === '-' && /\p{L}/u.test(text[token.start - 2] ?? '') && !/\b(?:al|el|ad|as|ash|az|at|an|ar|aj|ed|es|ech|ez)-$/i.test(text.slice(Math.max(0, token.start - 5), token.start));
}

/** Two words belong to one name when only spaces, hyphens or an article stand between them. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^[ \t\-‐‑'’]{1,2}$/.test(gap)) return true;
  const between = /^[ \t]([\p{L}]{1,3})[ \t\-‐‑]$/u.exec(gap);
  return !!between && HYPHEN_ARTICLES.has(between[1]!.toLowerCase());
}

/** "Al-kallasé": the capital is on the article. */
function articleCapitalised(tokens: Token[], token: Token): boolean {
  const before = tokens[token.index - 1];
  return !!before?.article && before.capitalised && token.start - before.end <= 1;
}

/** Include an article written just before the name (al-Halak, Al Chahidine) in the mention. */
function leadingArticleStart(tokens: Token[], first: Token): number {
  const prev = first.index > 0 ? tokens[first.index - 1] : undefined;
  if (prev?.article && first.start - prev.end <= 1) return prev.start;
  return first.start;
}
