/**
 * Evidence: how much one reading weighs, and which readings are one source.
 *
 * - A reading weighs its extraction confidence (explicitness, hedging, the conditional), times
 *   a discount when its outlet speaks for the side it says gained or holds the place (its
 *   leaning, from geo/editorial/outlets.yaml): a side's own claims count less than an
 *   admission or a neutral report.
 * - Readings are grouped into independent sources: one outlet is one source; articles that
 *   carry one agency's dispatch (named in the outlet, or credited in the text as "(AFP)") are
 *   one source; and two readings whose sentences are near copies are one source whatever the
 *   outlet says (a dispatch reprinted without credit).
 * - Independent sources combine as 1 − Π(1 − w): two fair reports beat one strong one.
 */
import type { Actor, Controller, ControlEvent } from '../events/types';
import { foldKeepingOffsets } from '../text/spans';

/** An outlet's leaning, and the agencies whose dispatches the press reprints. */
export interface Leanings {
  outlets: { match: string; speaksFor: Actor; line?: number }[];
  agencies: { id: string; names: string[]; line?: number }[];
  /** Factor on a reading whose outlet speaks for the side it says gained or holds the place. */
  ownSideFactor: number;
}

export const NO_LEANINGS: Leanings = { outlets: [], agencies: [], ownSideFactor: 1 };

/** What the timeline knows of an article's source. */
export interface SourceInfo {
  /** Articles with one key are one source. */
  key: string;
  speaksFor?: Actor;
}

export interface SourceArticle {
  id: string;
  outlet?: string | null;
  text: string;
  /** The agencies credited in the text (agencyCredits), when the text itself is no longer kept. */
  credits?: readonly string[];
}

const norm = (s: string) => foldKeepingOffsets(s).replace(/\s+/g, ' ').trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each article's source key and leaning. */
export function articleSources(articles: readonly SourceArticle[], leanings: Leanings): Map<string, SourceInfo> {
  const agencyRes = agencyPatterns(leanings);
  const out = new Map<string, SourceInfo>();
  for (const a of articles) {
    const outlet = a.outlet ? norm(a.outlet) : '';
    const credited = (x: (typeof agencyRes)[number]) => (a.credits ? a.credits.includes(x.id) : x.credit.test(a.text));
    const agency = agencyRes.find((x) => (outlet && x.inOutlet.test(outlet)) || credited(x));
    const key = agency ? `agency:${agency.id}` : outlet ? `outlet:${outlet.replace(/\s*\(.*$/, '').replace(/,.*$/, '')}` : `article:${a.id}`;
    const leaning = a.outlet ? leanings.outlets.find((o) => outlet.includes(norm(o.match))) : undefined;
    out.set(a.id, { key, ...(leaning ? { speaksFor: leaning.speaksFor } : {}) });
  }
  return out;
}

function agencyPatterns(leanings: Leanings) {
  return leanings.agencies.map((a) => ({
    id: a.id,
    inOutlet: new RegExp(`(?<![\\p{L}])(?:${a.names.map((n) => escapeRe(norm(n))).join('|')})(?![\\p{L}])`, 'u'),
    // A credit in the text: "(AFP)", "(Reuters) -", "AFP —" at the head of a paragraph.
    credit: new RegExp(`\\((?:${a.names.map(escapeRe).join('|')})\\)|^(?:${a.names.map(escapeRe).join('|')})\\s*[-—–]`, 'mu'),
  }));
}

/**
 * The agencies credited in an article's text, worked out while the text is at hand (the
 * pipeline streams articles and keeps no text): articleSources reads them as it would the text.
 */
export function agencyCredits(leanings: Leanings): (text: string) => string[] {
  const patterns = agencyPatterns(leanings);
  return (text) => patterns.filter((x) => x.credit.test(text)).map((x) => x.id);
}

/** A reading's weight for the side it supports. */
export function weightOf(e: ControlEvent, side: Controller, sources: ReadonlyMap<string, SourceInfo>, leanings: Leanings): number {
  if (e.review) return 1;
  const lean = sources.get(e.article)?.speaksFor;
  return e.confidence * (lean && lean === side ? leanings.ownSideFactor : 1);
}

/**
 * Word 4-grams of a sentence, hashed (FNV-1a), for telling a reprinted dispatch from an
 * independent report: sorted, without repeats, in a typed array (a Set of them took several
 * times the memory, and one is kept per quoted sentence for the whole timeline).
 */
function shingles(text: string): Uint32Array {
  const words = norm(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<number>();
  for (let i = 0; i + 4 <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + 4; j++) {
      const w = words[j]!;
      for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
      h = Math.imul(h ^ 32, 0x01000193);
    }
    out.add(h >>> 0);
  }
  return Uint32Array.from(out).sort();
}

/** One sentence's 4-grams, kept for every reading that quotes it (a list names many places in one sentence). */
export type ShingleCache = Map<string, Uint32Array>;

const NEAR_COPY = 0.35;

/**
 * Which readings are one source: an id per reading. The editor is one source per entry;
 * otherwise one per article source key, merged when their sentences are near copies. Each
 * reading is compared only with the sources it shares a word 4-gram with (an index of
 * 4-grams to sources), so the cost grows with the readings, not with their pairs.
 */
export function sourceIds(events: readonly ControlEvent[], sources: ReadonlyMap<string, SourceInfo>, cache: ShingleCache = new Map()): Map<ControlEvent, number> {
  const keyOf = (e: ControlEvent) => (e.review ? `editor:${e.review.at}` : (sources.get(e.article)?.key ?? `article:${e.article}`));
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const byKey = new Map<string, number>();
  const byGram = new Map<number, number>();
  const gramsOf: Uint32Array[] = [];
  const none = new Uint32Array(0);
  events.forEach((e, i) => {
    parent.push(i);
    const key = `${e.article}@${e.quote.start}:${e.quote.end}:${e.quote.text.length}`;
    const grams = e.review ? none : (cache.get(key) ?? cache.set(key, shingles(e.quote.text)).get(key)!);
    gramsOf.push(grams);
    const source = keyOf(e);
    const same = byKey.get(source);
    if (same === undefined) byKey.set(source, i);
    else parent[find(i)] = find(same);
    // Near copies: the earlier readings this one shares 4-grams with, by their source.
    const candidates = new Set<number>();
    for (const g of grams) {
      const at = byGram.get(g);
      if (at === undefined) byGram.set(g, i);
      else candidates.add(at);
    }
    for (const j of candidates) if (find(j) !== find(i) && jaccard(grams, gramsOf[j]!) >= NEAR_COPY) parent[find(i)] = find(j);
  });
  return new Map(events.map((e, i) => [e, find(i)]));
}

/** Readings grouped by source, given the ids from sourceIds. */
export function bySource(list: readonly ControlEvent[], ids: ReadonlyMap<ControlEvent, number>): ControlEvent[][] {
  const groups = new Map<number, ControlEvent[]>();
  for (const e of list) {
    const id = ids.get(e) ?? -1 - groups.size;
    const g = groups.get(id);
    if (g) g.push(e);
    else groups.set(id, [e]);
  }
  return [...groups.values()];
}

/** Readings grouped into independent sources (sourceIds over just these readings). */
export function independentSources(events: readonly ControlEvent[], sources: ReadonlyMap<string, SourceInfo>): ControlEvent[][] {
  return bySource(events, sourceIds(events, sources));
}

/** Jaccard index of two sorted sets of 4-grams. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || !b.length) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** The combined weight of independent sources, each counted by its strongest reading. */
export function combined(groups: readonly ControlEvent[][], weight: (e: ControlEvent) => number): number {
  let miss = 1;
  for (const g of groups) miss *= 1 - Math.max(...g.map(weight));
  return 1 - miss;
}
