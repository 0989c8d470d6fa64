// The one contract between the pipeline and the app: what `npm run geo` writes into
// public/data and the app reads. The app imports this module and nothing else from geo/
// (src/contract.test.ts checks it), so a change to an output file shows here first.
//
// - the output files' types (the pipeline's own, by file name), and their run-time checks (./schema);
// - the constants both sides share (the controllers, the landmark marks);
// - the day numbering: days are integers counted from the timeline's start (text/isoDay.ts);
// - a place's name in a language, with its fallbacks;
// - the spelling rules of the place finder, so the search box finds what the pipeline finds.
//
// Only types and small pure functions: nothing here pulls the pipeline into the page.
import type { MapFile } from './contract/mapFile';
import type { PipelineOutput } from './pipeline';

type Files = PipelineOutput['files'];

// The output files, by name.
export type ArticlesFile = Files['articles.json'];
export type Article = ArticlesFile['articles'][number];
export type EventsFile = Files['events.json'];
export type Gazetteer = Files['gazetteer.json'];
export type Timeline = Files['timeline.json'];
export type FrontLineCollection = Files['frontlines.geojson'];
export type SharesFile = Files['shares.json'];
/** The 2016-09-15 control baseline with its sources, for districts no article speaks of. */
export type BaselineFile = Files['baseline.json'];
export type NeighbourhoodsFile = Files['neighbourhoods.geojson'];
export type CentresFile = Files['centres.geojson'];
export type OutlineFile = Files['outline.geojson'];
export type StoryFile = Files['story.json'];
export type StoryDay = StoryFile['days'][number];

// The parts the app names.
export type { ControlEvent, Controller } from './events/types';
export type { Control, Period, Tier } from './timeline/types';
export type { Group, Mark, Neighbourhood } from './gazetteer/types';
export type { DayShares } from './geometry/frontTypes';

// Shared constants.
export { CONTROLS } from './timeline/types';
export { MARKS } from './gazetteer/types';

// The day numbering: `dayIndex(start, iso)` and `dateAt(start, day)`, one module for both sides.
export { dateAt, dayIndex, isIsoDay } from './text/isoDay';

// The place finder's spelling rules, for the search box.
export { fold, tokenForm } from './text/normalise';
export { HYPHEN_ARTICLES } from './text/tokenise';

// map.json: the first view's places, shapes and city edge in one small file, and its decoder.
export { MAP_FILE_SCALE, decodeMapFile, decodeRing } from './contract/mapFile';
export type { CentreFeature, FrontFeature, MapFile, MapFront, MapGroup, MapPlace, MapShapes, OutlineFeature, ShapeFeature, ShapeProperties } from './contract/mapFile';

// Run-time checks of every file the app fetches.
export { SCHEMAS, describeProblem, type FetchedFile } from './contract/schema';

/** The languages a place is named in. */
export type NameLang = 'fr' | 'en' | 'ar';

/** Anything named in the three languages: a neighbourhood, a group, a centre's properties. */
export interface Named {
  id?: string;
  name_en?: string | null;
  name_fr?: string | null;
  name_ar?: string | null;
}

/**
 * A place's name in `lang`. A name left empty in that language falls back to the English one,
 * then the French one (the gazetteer always has English), then the id, then `fallback` (for an
 * id the gazetteer lacks). The map's labels use the same order (src/map/style.ts).
 */
export function placeName(place: Named | null | undefined, lang: NameLang, fallback = ''): string {
  if (!place) return fallback;
  const own = lang === 'ar' ? place.name_ar : lang === 'en' ? place.name_en : place.name_fr;
  return own || place.name_en || place.name_fr || place.id || fallback;
}

/** The files the app may fetch: the pipeline's, and map.json (made from them when they are written, geo/cli/geo.ts). */
type AppFiles = Files & { 'map.json': MapFile };

/** A fetched file's type, by its name. */
export type DataFile<N extends keyof AppFiles> = AppFiles[N];
