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
 * times the memory, and one is kept per quoted sentence for the whole timeline). The words are
 * the runs of letters and digits of the sentence's fold, found by one scan of it rather than
 * by a split (the same words, without the intermediate strings).
 */
function shingles(text: string): Uint32Array {
  const folded = foldKeepingOffsets(text);
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; ) {
    const code = folded.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(folded.length);
  }
  const out = new Set<number>();
  for (let i = 0; i + 4 <= starts.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + 4; j++) {
      for (let k = starts[j]!; k < ends[j]!; k++) h = Math.imul(h ^ folded.charCodeAt(k), 0x01000193);
      h = Math.imul(h ^ 32, 0x01000193);
    }
    out.add(h >>> 0);
  }
  return Uint32Array.from(out).sort();
}

/** A letter or a digit (`\p{L}`, `\p{N}`): looked up by table below U+0800, else tested once and remembered. */
const WORD_CHAR = new Uint8Array(0x800);
for (let c = 0; c < WORD_CHAR.length; c++) WORD_CHAR[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
const wideWordChar = new Map<number, boolean>();
function isWordChar(code: number): boolean {
  if (code < 0x800) return WORD_CHAR[code] === 1;
  let yes = wideWordChar.get(code);
  if (yes === undefined) wideWordChar.set(code, (yes = /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(code))));
  return yes;
}

/**
 * One sentence's 4-grams, kept for every reading that quotes it (a list names many places in
 * one sentence): keyed by the quote itself, which the readings of one sentence share.
 */
export type ShingleCache = WeakMap<object, Uint32Array>;

const NEAR_COPY = 0.35;

/**
 * Which readings are one source: an id per reading. The editor is one source per entry;
 * otherwise one per article source key, merged when their sentences are near copies. Each
 * reading is compared only with the sources it shares a word 4-gram with (an index of
 * 4-grams to sources), so the cost grows with the readings, not with their pairs.
 */
export function sourceIds(events: readonly ControlEvent[], sources: ReadonlyMap<string, SourceInfo>, cache: ShingleCache = new WeakMap()): Map<ControlEvent, number> {
  const keyOf = (e: ControlEvent) => (e.review ? `editor:${e.review.at}` : (sources.get(e.article)?.key ?? `article:${e.article}`));
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const byKey = new Map<string, number>();
  const byGram = new GramIndex();
  const gramsOf: Uint32Array[] = [];
  const none = new Uint32Array(0);
  const candidates: number[] = [];
  events.forEach((e, i) => {
    parent.push(i);
    let grams: Uint32Array = none;
    if (!e.review) {
      const cached = cache.get(e.quote);
      if (cached) grams = cached;
      else cache.set(e.quote, (grams = shingles(e.quote.text)));
    }
    gramsOf.push(grams);
    const source = keyOf(e);
    const same = byKey.get(source);
    if (same === undefined) byKey.set(source, i);
    else parent[find(i)] = find(same);
    // Near copies: the earlier readings this one shares 4-grams with, by their source.
    candidates.length = 0;
    for (const g of grams) {
      const at = byGram.firstOrAdd(g, i);
      if (at !== i && !candidates.includes(at)) candidates.push(at);
    }
    for (const j of candidates) if (find(j) !== find(i) && jaccard(grams, gramsOf[j]!) >= NEAR_COPY) parent[find(i)] = find(j);
  });
  return new Map(events.map((e, i) => [e, find(i)]));
}

/**
 * The first reading that had each 4-gram: an open-addressing table over typed arrays (a Map
 * keyed by hashes above 2^30 boxes every key, and this runs over every reading of the timeline).
 */
class GramIndex {
  private keys = new Uint32Array(64);
  private values = new Int32Array(64).fill(-1);
  private size = 0;

  /** The reading that had `gram` first; `reading` when none had it (and it is recorded as the first). */
  firstOrAdd(gram: number, reading: number): number {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(gram, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const at = this.values[slot]!;
      if (at < 0) {
        this.keys[slot] = gram;
        this.values[slot] = reading;
        this.size++;
        return reading;
      }
      if (this.keys[slot] === gram) return at;
    }
  }

  private grow(): void {
    const [keys, values] = [this.keys, this.values];
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(-1);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (values[i]! >= 0) this.firstOrAdd(keys[i]!, values[i]!);
  }
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
