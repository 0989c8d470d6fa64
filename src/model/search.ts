// Finding a district by any spelling: the query and every name go through the
// place finder's own spelling rules (geo/src/text/normalise.ts), so what the
// pipeline recognises in an article, the search box recognises too.
import { fold, HYPHEN_ARTICLES, tokenForm, type Gazetteer } from '../../geo/src/contract';

export interface SearchEntry {
  id: string;
  /** Every spelling it answers to, the names first. */
  spellings: string[];
  keys: string[];
  folded: string[];
}

export interface SearchHit {
  id: string;
  /** The spelling that matched (shown when it is not the display name). */
  matched: string;
}

/** "Boustane al-Qasr" → "bstn ksr": consonant skeletons without the Arabic article. */
export function searchKey(text: string): string {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !HYPHEN_ARTICLES.has(word.toLowerCase()))
    .map((word) => tokenForm(word).skeleton)
    .filter(Boolean)
    .join(' ');
}

export function searchIndex(gazetteer: Gazetteer): SearchEntry[] {
  const byId = new Map<string, Set<string>>();
  const add = (id: string, text: string) => {
    let set = byId.get(id);
    if (!set) byId.set(id, (set = new Set()));
    if (text.trim()) set.add(text.trim());
  };
  for (const n of gazetteer.neighbourhoods) {
    for (const text of [n.name_fr, n.name_en, n.name_ar, ...n.aliases]) add(n.id, text);
  }
  for (const alias of gazetteer.aliases) {
    if (alias.target.type === 'neighbourhood') add(alias.target.id, alias.text);
  }
  // A place inside a neighbourhood (Tariq al-Bab) finds the neighbourhood.
  for (const place of gazetteer.places) {
    for (const text of [place.name, place.name_fr, place.name_ar, ...place.aliases]) add(place.in, text);
  }
  return [...byId].map(([id, set]) => {
    const spellings = [...set];
    return { id, spellings, keys: spellings.map(searchKey), folded: spellings.map((s) => fold(s)) };
  });
}

/** Best matches first: exact spelling, then same skeleton, then prefix, then substring. */
export function searchDistricts(index: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const qFold = fold(q);
  const qKey = searchKey(q);
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const entry of index) {
    let best = 0;
    let matched = entry.spellings[0] ?? entry.id;
    entry.spellings.forEach((spelling, i) => {
      const folded = entry.folded[i]!;
      const key = entry.keys[i]!;
      let score = 0;
      if (folded === qFold) score = 5;
      else if (qKey && key === qKey) score = 4;
      else if (folded.startsWith(qFold) || wordStarts(folded, qFold)) score = 3;
      else if (qKey && (key.startsWith(qKey) || key.includes(` ${qKey}`))) score = 2;
      else if (qFold.length >= 3 && folded.includes(qFold)) score = 1;
      if (score > best) {
        best = score;
        matched = spelling;
      }
    });
    if (best > 0) scored.push({ hit: { id: entry.id, matched }, score: best });
  }
  scored.sort((a, b) => b.score - a.score || a.hit.matched.length - b.hit.matched.length);
  return scored.slice(0, limit).map((s) => s.hit);
}

/** What the search box asks: the best matches for a query. */
export type Finder = (query: string) => SearchHit[];

/** The search over the whole gazetteer, its spellings folded once. */
export function finder(gazetteer: Gazetteer): Finder {
  const entries = searchIndex(gazetteer);
  return (query) => searchDistricts(entries, query);
}

function wordStarts(text: string, prefix: string): boolean {
  return text.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(prefix));
}
