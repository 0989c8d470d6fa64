/**
 * The pipeline as a library: typed data in, typed data out, no file system.
 * The CLI (geo/cli/geo.ts), the tests and the benchmarks all call this.
 */
import { loadCorpus, type ArticleFile } from './articles/load';
import { DEFAULT_PERIOD, type Article, type CorpusPeriod, type Rejected } from './articles/types';
import { buildGazetteer, type GazetteerSources } from './gazetteer/build';
import { neighbourhoodPoints, type NeighbourhoodCollection } from './gazetteer/geojson';
import type { Gazetteer } from './gazetteer/types';
import { findPlaces } from './places/find';
import { buildPlaceIndex, type PlaceIndex } from './places/index';
import type { Candidate, Mention } from './places/types';
import { reviewMarkdown } from './review/reviewMarkdown';
import { extractEvents } from './events/extract';
import type { ControlEvent } from './events/types';

export interface PipelineInput {
  articles: ArticleFile[];
  gazetteer: GazetteerSources;
  period?: CorpusPeriod;
}

export interface ArticleRecord extends Omit<Article, 'text' | 'textLine'> {
  mentions: number;
}

export interface PipelineOutput {
  gazetteer: Gazetteer;
  articles: Article[];
  rejected: Rejected[];
  mentions: Mention[];
  candidates: Candidate[];
  events: ControlEvent[];
  /** The files the pipeline writes, by name. */
  files: {
    'articles.json': { articles: ArticleRecord[]; rejected: Rejected[] };
    'mentions.json': { mentions: Mention[]; unresolved: Candidate[] };
    'events.json': { events: ControlEvent[] };
    'neighbourhoods.geojson': NeighbourhoodCollection;
    'gazetteer.json': Gazetteer;
    'review.md': string;
  };
}

export interface PlaceFinder {
  gazetteer: Gazetteer;
  index: PlaceIndex;
  unlocated: ReadonlySet<string>;
}

export function placeFinder(sources: GazetteerSources): PlaceFinder {
  const gazetteer = buildGazetteer(sources);
  const index = buildPlaceIndex(gazetteer);
  gazetteer.warnings.push(...index.warnings);
  const unlocated = new Set(gazetteer.neighbourhoods.filter((n) => !n.located).map((n) => n.id));
  return { gazetteer, index, unlocated };
}

export function runPipeline(input: PipelineInput): PipelineOutput {
  const finder = placeFinder(input.gazetteer);
  const { articles, rejected } = loadCorpus(input.articles, { period: input.period ?? DEFAULT_PERIOD });
  const mentions: Mention[] = [];
  const candidates: Candidate[] = [];
  const events: ControlEvent[] = [];
  const counts = new Map<string, number>();
  for (const article of articles) {
    const found = findPlaces(article, finder.index, finder.unlocated);
    events.push(...extractEvents(article, found.mentions));
    mentions.push(...found.mentions);
    candidates.push(...found.candidates);
    counts.set(article.id, found.mentions.length);
  }
  const records: ArticleRecord[] = articles.map(({ text: _text, textLine: _line, ...meta }) => ({
    ...meta,
    mentions: counts.get(meta.id) ?? 0,
  }));
  return {
    gazetteer: finder.gazetteer,
    articles,
    rejected,
    mentions,
    candidates,
    events,
    files: {
      'articles.json': { articles: records, rejected },
      'mentions.json': { mentions, unresolved: candidates },
      'events.json': { events },
      'neighbourhoods.geojson': neighbourhoodPoints(finder.gazetteer),
      'gazetteer.json': finder.gazetteer,
      'review.md': reviewMarkdown({ articles, rejected, mentions, candidates, gazetteerWarnings: finder.gazetteer.warnings }),
    },
  };
}
