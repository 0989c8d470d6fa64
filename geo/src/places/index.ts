import type { Alias, Gazetteer } from '../gazetteer/types';
import type { TokenForm } from '../text/normalise';
import { tokenise, type Token } from '../text/tokenise';

export interface IndexedAlias {
  alias: Alias;
  forms: TokenForm[];
  /** A one-word Latin name must be capitalised in the text: "Sable" may be a place, "sable" is sand. */
  needsCapital: boolean;
  /** Short words (two consonants or fewer) must match their key exactly, not just by skeleton. */
  strict: boolean;
  /** Per gap between words: the alias joins them with a hyphen (Alep-Est), so "Alep est devenu" is no match. */
  hyphenated: boolean[];
}

export interface PlaceIndex {
  bySkeleton: Map<string, IndexedAlias[]>;
  /** Word sequences (exact keys) that look like places but are not: "Syrian", "تشرين الثاني" (November). */
  notPlaces: Map<string, string[][]>;
  /** Skeleton of an alias's first word → the most words any alias starting with it has. */
  firstWord: Map<string, number>;
  /** The same, for aliases that may start with a lower-case word ("vieille ville"): most text is lower case. */
  firstWordLower: Map<string, number>;
  warnings: string[];
}

/** Words the press puts before a name that are not part of it ("حي الهلك" = "the al-Hellok district"). */
const LEADING_GENERIC = new Set(['حي', 'منطقه']);

const RANK = { group: 3, name: 2, variant: 1 } as const;

function aliasTokens(text: string): Token[] {
  const tokens = tokenise(text).filter((t) => !t.article);
  while (tokens.length > 1 && LEADING_GENERIC.has(tokens[0]!.form.key)) tokens.shift();
  return tokens;
}

export function aliasForms(text: string): TokenForm[] {
  return aliasTokens(text).map((t) => t.form);
}

export function buildPlaceIndex(gazetteer: Gazetteer): PlaceIndex {
  const warnings: string[] = [];
  // Same spelling claimed by two entries: the stronger rank keeps it, a tie drops it.
  const byKey = new Map<string, IndexedAlias[]>();
  for (const alias of gazetteer.aliases) {
    const tokens = aliasTokens(alias.text);
    if (tokens.length === 0) continue;
    const forms = tokens.map((t) => t.form);
    const key = forms.map((f) => f.key).join(' ');
    const latin = !/[\u0600-\u06FF]/.test(alias.text);
    const entry: IndexedAlias = {
      alias,
      forms,
      // Names written capitalised must be capitalised in the text ("Syrian" is not as-Siryan's
      // "siryan", "un tel" is not Ayn at-Tal); aliases written in lower case ("vieille ville") need not.
      needsCapital: latin && alias.target.type !== 'group' && tokens[0]!.capitalised,
      strict: forms.length === 1 && forms[0]!.skeleton.length <= 2,
      hyphenated: tokens.slice(1).map((t, k) => /^[-‐‑]$/.test(alias.text.slice(tokens[k]!.end, t.start))),
    };
    const list = byKey.get(key) ?? [];
    const twin = list.find((e) => sameTarget(e.alias, alias));
    // The same spelling twice for one place: it needs a capital only if every form has one.
    if (twin) twin.needsCapital &&= entry.needsCapital;
    else list.push(entry);
    byKey.set(key, list);
  }

  const bySkeleton = new Map<string, IndexedAlias[]>();
  const firstWord = new Map<string, number>();
  const firstWordLower = new Map<string, number>();
  for (const [key, list] of byKey) {
    const best = Math.max(...list.map((e) => RANK[e.alias.rank]));
    const winners = list.filter((e) => RANK[e.alias.rank] === best);
    if (winners.length > 1) {
      const targets = winners.map((e) => e.alias.target.id).join(', ');
      warnings.push(`the spelling "${winners[0]!.alias.text}" (${key}) is claimed by ${targets}: left out`);
      continue;
    }
    const winner = winners[0]!;
    const skeleton = winner.forms.map((f) => f.skeleton).join(' ');
    bySkeleton.set(skeleton, [...(bySkeleton.get(skeleton) ?? []), winner]);
    const first = winner.forms[0]!.skeleton;
    firstWord.set(first, Math.max(firstWord.get(first) ?? 0, winner.forms.length));
    if (!winner.needsCapital) firstWordLower.set(first, Math.max(firstWordLower.get(first) ?? 0, winner.forms.length));
  }
  const notPlaceIndex = new Map<string, string[][]>();
  for (const text of gazetteer.notPlaces) {
    const keys = aliasForms(text).map((f) => f.key);
    if (keys.length) notPlaceIndex.set(keys[0]!, [...(notPlaceIndex.get(keys[0]!) ?? []), keys]);
  }
  return { bySkeleton, notPlaces: notPlaceIndex, firstWord, firstWordLower, warnings };
}

function sameTarget(a: Alias, b: Alias): boolean {
  return a.target.type === b.target.type && a.target.id === b.target.id && a.place === b.place;
}
