// The data written by `npm run geo` into public/data/: its types are the pipeline's own.
import type * as z from 'zod/mini';
import type { PipelineOutput } from '../geo/src/pipeline';
import { articlesSchema, baselineSchema, describeProblem, eventsSchema, gazetteerSchema, sharesSchema, timelineSchema } from './dataSchema';

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

/** A data file the map could not use, and why (shown in the page). */
export interface DataProblem {
  file: string;
  /** `missing`: not there (HTTP error, no network); otherwise what is wrong inside it. */
  problem: 'missing' | string;
}

export interface Checked<T> {
  value: T | null;
  problem: DataProblem | null;
}

/**
 * A data file, fetched and checked against its schema (dataSchema.ts). A missing file is
 * a problem only when `required`: the map does without the optional ones (a timeline not
 * built yet has its own message); a file that is there but malformed always is.
 */
export async function fetchChecked<T>(name: string, schema: z.ZodMiniType, required: boolean): Promise<Checked<T>> {
  let body: unknown;
  try {
    const response = await fetch(dataUrl(name));
    // Many hosts answer a missing file with the app's own page (a single-page fallback).
    const page = response.headers.get('content-type')?.includes('text/html');
    if (!response.ok || page) return { value: null, problem: required ? { file: name, problem: 'missing' } : null };
    const text = await response.text();
    try {
      body = JSON.parse(text);
    } catch (error) {
      return { value: null, problem: { file: name, problem: `not JSON (${(error as Error).message})` } };
    }
  } catch {
    return { value: null, problem: required ? { file: name, problem: 'missing' } : null };
  }
  const checked = schema.safeParse(body);
  if (!checked.success) return { value: null, problem: { file: name, problem: describeProblem(checked.error) } };
  // The schema checked every field the app reads; the rest is the pipeline's own type.
  return { value: body as T, problem: null };
}

export interface AppData {
  articles: Article[];
  events: ControlEvent[];
  gazetteer: Gazetteer;
  timeline: Timeline | null;
  shares: SharesFile | null;
  baseline: BaselineFile | null;
}

/**
 * Everything but the shapes, which the map's sources fetch themselves. `data` is null when
 * a file the page cannot do without (articles, events, gazetteer) is missing or malformed;
 * `problems` says which and why.
 */
export async function fetchAppData(): Promise<{ data: AppData | null; problems: DataProblem[] }> {
  const [articles, events, gazetteer, timeline, shares, baseline] = await Promise.all([
    fetchChecked<ArticlesFile>('articles.json', articlesSchema, true),
    fetchChecked<{ events: ControlEvent[] }>('events.json', eventsSchema, true),
    fetchChecked<Gazetteer>('gazetteer.json', gazetteerSchema, true),
    fetchChecked<Timeline>('timeline.json', timelineSchema, false),
    fetchChecked<SharesFile>('shares.json', sharesSchema, false),
    fetchChecked<BaselineFile>('baseline.json', baselineSchema, false),
  ]);
  const problems = [articles, events, gazetteer, timeline, shares, baseline].flatMap((c) => (c.problem ? [c.problem] : []));
  if (!articles.value || !events.value || !gazetteer.value) return { data: null, problems };
  return {
    data: {
      articles: articles.value.articles,
      events: events.value.events,
      gazetteer: gazetteer.value,
      timeline: timeline.value,
      shares: shares.value,
      baseline: baseline.value,
    },
    problems,
  };
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
