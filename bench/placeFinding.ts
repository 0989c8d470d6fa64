/**
 * Place-finding throughput (MB/s of UTF-8 text) over synthetic corpora, beside the floor:
 * a bare fold (NFD, strip marks, lowercase) over the same text. Memory is sampled during
 * each run to show it does not grow with the corpus.
 */
import { fold } from '../geo/src/text/normalise';
import { findPlaces } from '../geo/src/places/find';
import type { PlaceFinder } from '../geo/src/pipeline';
import type { Article } from '../geo/src/articles/types';
import { syntheticArticles } from './syntheticCorpus';

export interface PlaceBench {
  articles: number;
  megabytes: number;
  foldMBps: number;
  findMBps: number;
  ratio: number;
  mentions: number;
  peakHeapMB: number;
}

const encoder = new TextEncoder();

export function benchPlaceFinding(real: Article[], finder: PlaceFinder, count: number): PlaceBench {
  let bytes = 0;
  let foldMs = 0;
  let findMs = 0;
  let mentions = 0;
  let peakHeap = 0;
  let sink = 0;
  let i = 0;
  for (const article of syntheticArticles(real, count)) {
    bytes += encoder.encode(article.text).length;
    let t = performance.now();
    sink += fold(article.text).length;
    foldMs += performance.now() - t;
    t = performance.now();
    mentions += findPlaces(article, finder.index, finder.unlocated).mentions.length;
    findMs += performance.now() - t;
    if (++i % 500 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  if (sink < 0) console.log(sink);
  const mb = bytes / 1e6;
  return {
    articles: count,
    megabytes: round(mb),
    foldMBps: round(mb / (foldMs / 1000)),
    findMBps: round(mb / (findMs / 1000)),
    ratio: round(foldMs / findMs, 3),
    mentions,
    peakHeapMB: round(peakHeap / 1e6),
  };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function placeFindingTable(runs: readonly PlaceBench[]): string {
  return [
    '| articles | MB | floor: normalise + lowercase MB/s | find places MB/s | find / floor | mentions | peak heap MB |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map((r) => `| ${r.articles} | ${r.megabytes} | ${r.foldMBps} | ${r.findMBps} | ${r.ratio} | ${r.mentions} | ${r.peakHeapMB} |`),
  ].join('\n');
}
