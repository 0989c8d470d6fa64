// The data written by `npm run geo` into public/data/: its types are the pipeline's own.
import type { PipelineOutput } from '../geo/src/pipeline';

type Files = PipelineOutput['files'];
export type ArticlesFile = Files['articles.json'];
export type Article = ArticlesFile['articles'][number];
export type ControlEvent = Files['events.json']['events'][number];
export type Gazetteer = Files['gazetteer.json'];
export type Timeline = Files['timeline.json'];
export type FrontLineCollection = Files['frontlines.geojson'];
export type SharesFile = Files['shares.json'];
/** The 2016-09-15 control baseline with its sources, for districts no article speaks of. */
export type BaselineFile = Files['baseline.json'];
export type NeighbourhoodsFile = Files['neighbourhoods.geojson'];

/** A file from public/data, fetched relative to the page so any sub-path works. */
export function dataUrl(name: string): string {
  return new URL(`data/${name}`, document.baseURI).href;
}

async function fetchJson<T>(name: string): Promise<T> {
  const response = await fetch(dataUrl(name));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** A file the map can do without (not built yet): null when missing. */
async function fetchOptional<T>(name: string): Promise<T | null> {
  try {
    const response = await fetch(dataUrl(name));
    if (!response.ok) return null;
    return (await response.json()) as T;
  } catch {
    return null;
  }
}

export async function fetchArticles(): Promise<Article[]> {
  const body = await fetchJson<ArticlesFile>('articles.json');
  if (!Array.isArray(body.articles)) throw new Error('articles.json: no article list');
  return body.articles;
}

export interface AppData {
  articles: Article[];
  events: ControlEvent[];
  gazetteer: Gazetteer;
  timeline: Timeline | null;
  shares: SharesFile | null;
  baseline: BaselineFile | null;
}

/** Everything but the shapes, which the map's sources fetch themselves. */
export async function fetchAppData(): Promise<AppData> {
  const [articles, events, gazetteer, timeline, shares, baseline] = await Promise.all([
    fetchArticles(),
    fetchJson<{ events: ControlEvent[] }>('events.json').then((body) => body.events ?? []),
    fetchJson<Gazetteer>('gazetteer.json'),
    fetchOptional<Timeline>('timeline.json'),
    fetchOptional<SharesFile>('shares.json'),
    fetchOptional<BaselineFile>('baseline.json'),
  ]);
  return { articles, events, gazetteer, timeline, shares, baseline };
}

/** Distinct outlet names, sorted for the page's language. */
export function outlets(articles: readonly Article[], lang: string): string[] {
  const names = new Set<string>();
  for (const article of articles) {
    const name = article.outlet?.trim();
    if (name) names.add(name);
  }
  return [...names].sort(new Intl.Collator(lang).compare);
}
