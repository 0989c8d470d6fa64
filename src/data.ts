// The data written by `npm run geo` into public/data/: its types and checks are the
// contract's (geo/src/contract), the one module the app imports from geo/.
import {
  SCHEMAS,
  describeProblem,
  type Article,
  type BaselineFile,
  type ControlEvent,
  type DataFile,
  type FetchedFile,
  type FrontLineCollection,
  type Gazetteer,
  type SharesFile,
  type StoryFile,
  type Timeline,
} from '../geo/src/contract';

// Re-exported for the app's modules, which take their data types from here.
export type {
  Article,
  ArticlesFile,
  BaselineFile,
  CentresFile,
  ControlEvent,
  FrontLineCollection,
  Gazetteer,
  NeighbourhoodsFile,
  OutlineFile,
  SharesFile,
  StoryFile,
  Timeline,
} from '../geo/src/contract';

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

/** Each file is fetched and checked once, whoever asks first (index.html preloads the first view's). */
const fetched = new Map<FetchedFile, Promise<Checked<unknown>>>();

/**
 * A data file, fetched and checked against the contract's schema for it. A missing file is
 * a problem only when `required`: the map does without the optional ones (a timeline not
 * built yet has its own message); a file that is there but malformed always is.
 */
export function fetchChecked<N extends FetchedFile>(name: N, required: boolean): Promise<Checked<DataFile<N>>> {
  let once = fetched.get(name);
  if (!once) fetched.set(name, (once = fetchAndCheck(name)));
  return once.then((checked) =>
    checked.problem?.problem === 'missing' && !required ? { value: null, problem: null } : (checked as Checked<DataFile<N>>),
  );
}

async function fetchAndCheck(name: FetchedFile): Promise<Checked<unknown>> {
  let body: unknown;
  try {
    const response = await fetch(dataUrl(name));
    // Many hosts answer a missing file with the app's own page (a single-page fallback).
    const page = response.headers.get('content-type')?.includes('text/html');
    if (!response.ok || page) return { value: null, problem: { file: name, problem: 'missing' } };
    const text = await response.text();
    try {
      body = JSON.parse(text);
    } catch (error) {
      return { value: null, problem: { file: name, problem: `not JSON (${(error as Error).message})` } };
    }
  } catch {
    return { value: null, problem: { file: name, problem: 'missing' } };
  }
  const checked = SCHEMAS[name].safeParse(body);
  if (!checked.success) return { value: null, problem: { file: name, problem: describeProblem(checked.error) } };
  // The schema checked every field the app reads; the rest is the pipeline's own type.
  return { value: body, problem: null };
}

/** What the first view draws and says: the map, the day, the story, the balance. */
export interface AppData {
  gazetteer: Gazetteer;
  timeline: Timeline | null;
  shares: SharesFile | null;
  story: StoryFile | null;
  frontlines: FrontLineCollection | null;
}

/** What only a panel, the table or the downloads need: fetched when the reader first acts. */
export interface SourceData {
  articles: Article[];
  events: ControlEvent[];
  baseline: BaselineFile | null;
}

/** The articles (outlets for the credits, the story's sources): small, fetched once the first view's files are in. */
export async function fetchArticles(): Promise<Fetched<Article[]>> {
  const articles = await fetchChecked('articles.json', true);
  return { data: articles.value?.articles ?? null, problems: problemsOf([articles]) };
}

/** Problems of files, and whether the page can do anything with what came. */
export interface Fetched<T> {
  data: T | null;
  problems: DataProblem[];
}

const problemsOf = (list: readonly Checked<unknown>[]) => list.flatMap((c) => (c.problem ? [c.problem] : []));

/** The first view's files. `data` is null when the gazetteer (names, the frame) is missing or malformed. */
export async function fetchAppData(): Promise<Fetched<AppData>> {
  const [gazetteer, timeline, shares, story, frontlines] = await Promise.all([
    fetchChecked('gazetteer.json', true),
    fetchChecked('timeline.json', false),
    fetchChecked('shares.json', false),
    fetchChecked('story.json', false),
    fetchChecked('frontlines.geojson', false),
  ]);
  const problems = problemsOf([gazetteer, timeline, shares, story, frontlines]);
  if (!gazetteer.value) return { data: null, problems };
  return {
    data: { gazetteer: gazetteer.value, timeline: timeline.value, shares: shares.value, story: story.value, frontlines: frontlines.value },
    problems,
  };
}

/** The sources behind the colours. `data` is null when articles or events are missing or malformed. */
export async function fetchSourceData(): Promise<Fetched<SourceData>> {
  const [articles, events, baseline] = await Promise.all([
    fetchChecked('articles.json', true),
    fetchChecked('events.json', true),
    fetchChecked('baseline.json', false),
  ]);
  const problems = problemsOf([articles, events, baseline]);
  if (!articles.value || !events.value) return { data: null, problems };
  return { data: { articles: articles.value.articles, events: events.value.events, baseline: baseline.value }, problems };
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
