import type { ArticleText } from './find';
import { tokenForm } from '../text/normalise';
import type { Sentences } from '../text/sentences';
import type { Token } from '../text/tokenise';
import type { Candidate, Mention } from './types';

const keys = (words: string[]) => new Set(words.map((w) => tokenForm(w).key));

/** Words after which the press names a neighbourhood: "le quartier de X", "حي X". */
const TRIGGERS = keys([
  'quartier', 'quartiers', 'secteur', 'secteurs', 'district', 'districts', 'faubourg',
  'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods',
  'حي', 'احياء',
]);
/** English puts the name first: "the Sakhour district". */
const TRIGGERS_AFTER = keys(['district', 'districts', 'neighbourhood', 'neighborhood', 'quarter']);
/** Small words allowed between the trigger and the name ("quartiers voisins d'X", "district of X"). */
const FILLERS = new Set([
  'de', 'd', 'du', 'des', 'la', 'le', 'voisin', 'voisins', 'voisine', 'rebelle', 'rebelles', 'cle', 'clé',
  'stratégique', 'strategique', 'important', 'of', 'the', 'nearby', 'neighbouring', 'neighboring',
  'adjacent', 'adjacents', 'central', 'rebel', 'rebel-held', 'key', 'in',
]);
/** Names that follow "quartiers de" but are not neighbourhoods. */
const NOT_PLACES = new Set(['alep', 'aleppo', 'halab', 'syrie', 'syria', 'حلب', 'est', 'ouest', 'nord', 'sud', 'east', 'west', 'north', 'south', 'nord-est', 'sud-est', 'nord-ouest', 'sud-ouest']);
/** Arabic small words that follow "حي" but name nothing: "حي من أكبر الأحياء", "حي في شرق حلب". */
const NOT_NAMES_AR = keys(['من', 'في', 'على', 'إلى', 'الى', 'عن', 'مع', 'خلال', 'أخرى', 'اخرى', 'عدة', 'كل', 'آخر', 'اخر', 'بعد', 'قبل']);

/**
 * Whether the Arabic word after "حي"/"أحياء" can be that district's name, by the grammar of a
 * name: the name completes a construct ("حي الصاخور"), whose first noun never takes the article,
 * so after "الحي"/"الأحياء" comes an adjective or a predicate ("الأحياء الشرقية", "الحي مكانة").
 * After an indefinite noun, a past verb, with or without its object pronoun, opens a relative
 * clause ("أول حي سيطرت عليه", "حي دخلته القوات"), and after
 * the plural a feminine word is its adjective ("أحياء شرقية").
 */
function mayNameArabic(trigger: Token, next: Token): boolean {
  if (NOT_NAMES_AR.has(next.form.key)) return false;
  const triggerWord = trigger.text.replace(/[\u064B-\u0652]/g, '');
  if (/^(ال|وال|بال|فال|لل)/.test(triggerWord)) return false;
  const word = next.text.replace(/[\u064B-\u0652]/g, '');
  if (!word.startsWith('ال') && /^\S{3,}(ت|وا)(ه|ها|هم)?$/.test(word)) return false;
  if (/^[اأإ]حياء$/.test(triggerWord) && /ة$/.test(word)) return false;
  return true;
}

/** Capitalised names after a trigger word that no mention covers. */
export function findCandidates(
  article: ArticleText,
  tokens: Token[],
  mentions: Mention[],
  sentences: Sentences,
): Candidate[] {
  const { text } = article;
  const covered = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  const found = new Map<number, Candidate>();
  const keep = (phrase: Token[]) => {
    const start = phrase[0]!.start;
    const end = phrase[phrase.length - 1]!.end;
    const surface = text.slice(start, end);
    if (covered(start, end) || NOT_PLACES.has(surface.toLowerCase())) return;
    // "Aleppo City", "Alep-Est": the city itself with a word beside it.
    if (NOT_PLACES.has(phrase[0]!.text.toLowerCase())) return;
    const sentence = sentences.offsetsAt(start);
    // In a headline in title case a capital says nothing about a name ("Allies Seize District of ...").
    if (titleCase(text.slice(sentence.start, sentence.end))) return;
    found.set(start, { article: article.id, start, end, surface, sentence });
  };

  for (const trigger of tokens) {
    const word = trigger.form.key;
    if (!TRIGGERS.has(word)) continue;
    if (trigger.arabic) {
      const next = tokens[trigger.index + 1];
      if (next?.arabic && onlySpace(text, trigger, next) && mayNameArabic(trigger, next)) keep([next]);
      continue;
    }
    if (TRIGGERS_AFTER.has(word)) {
      const before = phraseBefore(text, tokens, trigger.index);
      if (before.length) keep(before);
    }
    let k = trigger.index + 1;
    while (tokens[k] && !tokens[k]!.capitalised && FILLERS.has(tokens[k]!.text.toLowerCase()) && k - trigger.index <= 3) k++;
    // The name follows in the same clause: "quartier. L'agence..." names nothing.
    const first = tokens[k];
    if (!first || /[.!?;:,«»"“”()\n]/.test(text.slice(trigger.end, first.start))) continue;
    // A list: "les quartiers voisins d'A, B, C et D" names several places.
    for (let phrase = phraseAt(text, tokens, k); phrase.length; ) {
      keep(phrase);
      const after = phrase[phrase.length - 1]!;
      const next = tokens[after.index + 1];
      if (!next) break;
      const gap = text.slice(after.end, next.start);
      let n = after.index + 1;
      if (/^\s*,\s*$/.test(gap)) {
        // "A, B" or "A, et B"
      } else if (/^\s+$/.test(gap) && /^(et|and|ou|or)$/i.test(next.text)) n++;
      else break;
      if (tokens[n] && /^(et|and)$/i.test(tokens[n]!.text)) n++;
      phrase = phraseAt(text, tokens, n);
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** Most of the longer words capitalised, as English headlines are written. */
function titleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 4) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/** A run of capitalised words (articles and numbers allowed inside) starting at token k. */
function phraseAt(text: string, tokens: Token[], k: number): Token[] {
  const phrase: Token[] = [];
  for (let j = k; tokens[j]; j++) {
    const t = tokens[j]!;
    if (t.arabic) break;
    const ok = t.capitalised || /^\d+$/.test(t.text) || (t.article && phrase.length + 1 < 4);
    if (!ok || (phrase.length && !onlySpace(text, phrase[phrase.length - 1]!, t))) break;
    phrase.push(t);
  }
  while (phrase.length && phrase[phrase.length - 1]!.article) phrase.pop();
  return phrase.length && phrase.some((t) => !t.article) ? phrase : [];
}

function phraseBefore(text: string, tokens: Token[], k: number): Token[] {
  const phrase: Token[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (!(t.capitalised || t.article) || !onlySpace(text, t, tokens[j + 1]!)) break;
    phrase.unshift(t);
  }
  while (phrase.length && (phrase[0]!.article || /^the$/i.test(phrase[0]!.text))) phrase.shift();
  return phrase;
}

function onlySpace(text: string, a: Token, b: Token): boolean {
  return /^[ \t\-‐‑]{1,2}$/.test(text.slice(a.end, b.start));
}
