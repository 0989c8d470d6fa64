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
  type Gazetteer,
  type MapFile,
  type SharesFile,
  type StoryFile,
  type Timeline,
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

/** A file as public/boot.js read it: null when the request failed. */
type EarlyRead = { ok: boolean; type: string; text: string } | null;

declare global {
  interface Window {
    /** The first view's files, read by public/boot.js before the app's scripts run. */
    __firstFiles?: Partial<Record<FetchedFile, Promise<EarlyRead>>>;
  }
}

/** The first view's files: preloaded by index.html and read by public/boot.js (keep the three lists alike). */
export const FIRST_VIEW_FILES = ['map.json', 'timeline.json', 'shares.json', 'story.json'] as const satisfies readonly FetchedFile[];

/** The file's status, type and text: from public/boot.js's read when it made one (taken once), else fetched now. */
async function read(name: FetchedFile): Promise<EarlyRead> {
  const early = window.__firstFiles?.[name];
  if (early) {
    delete window.__firstFiles![name];
    return early;
  }
  try {
    const response = await fetch(dataUrl(name));
    return { ok: response.ok, type: response.headers.get('content-type') ?? '', text: await response.text() };
  } catch {
    return null;
  }
}

async function fetchAndCheck(name: FetchedFile): Promise<Checked<unknown>> {
  let body: unknown;
  try {
    const response = await read(name);
    // Many hosts answer a missing file with the app's own page (a single-page fallback).
    const page = response?.type.includes('text/html');
    if (!response || !response.ok || page) return { value: null, problem: { file: name, problem: 'missing' } };
    const { text } = response;
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

/** What the first view draws and says: the map (places, shapes, groups, front lines), the day, the story, the balance. */
export interface AppData {
  map: MapFile;
  timeline: Timeline | null;
  shares: SharesFile | null;
  story: StoryFile | null;
}

/** What only a panel, the table, the search or the downloads need: fetched when the reader first acts. */
export interface SourceData {
  articles: Article[];
  events: ControlEvent[];
  baseline: BaselineFile | null;
  /** Every spelling of every place (the search box), sub-places, groups' aliases. */
  gazetteer: Gazetteer;
}

/** Problems of files, and whether the page can do anything with what came. */
export interface Fetched<T> {
  data: T | null;
  problems: DataProblem[];
}

const problemsOf = (list: readonly Checked<unknown>[]) => list.flatMap((c) => (c.problem ? [c.problem] : []));

/** The first view's files. `data` is null when map.json (the places and their shapes) is missing or malformed. */
export async function fetchAppData(): Promise<Fetched<AppData>> {
  const [map, timeline, shares, story] = await Promise.all([
    fetchChecked('map.json', true),
    fetchChecked('timeline.json', false),
    fetchChecked('shares.json', false),
    fetchChecked('story.json', false),
  ]);
  const problems = problemsOf([map, timeline, shares, story]);
  if (!map.value) return { data: null, problems };
  return {
    data: { map: map.value, timeline: timeline.value, shares: shares.value, story: story.value },
    problems,
  };
}

/** The sources behind the colours, and the whole gazetteer. `data` is null when one of them is missing or malformed. */
export async function fetchSourceData(): Promise<Fetched<SourceData>> {
  const [articles, events, baseline, gazetteer] = await Promise.all([
    fetchChecked('articles.json', true),
    fetchChecked('events.json', true),
    fetchChecked('baseline.json', false),
    fetchChecked('gazetteer.json', true),
  ]);
  const problems = problemsOf([articles, events, baseline, gazetteer]);
  if (!articles.value || !events.value || !gazetteer.value) return { data: null, problems };
  return { data: { articles: articles.value.articles, events: events.value.events, baseline: baseline.value, gazetteer: gazetteer.value }, problems };
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
