// The contract's run-time half: what the app checks of each data file at run time, before using it: the fields it
// reads, with their types. A file that a newsroom edited by hand, a half-copied deploy
// or an old pipeline can hold anything; a clear message in the page beats a blank map
// or a crash deep in the slider. Other fields pass through untouched (loose objects).
// zod/mini: the same checks as zod for a fraction of the bytes in the page.
import * as z from 'zod/mini';
import { CONTROLS } from '../timeline/types';

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'));
const control = z.enum(CONTROLS as [string, ...string[]]);
const side = z.enum(['regime', 'rebel', 'kurdish', 'contested']);

const period = z.looseObject({
  from: isoDay,
  controller: control,
  events: z.array(z.string()),
  flags: z.optional(z.array(z.string())),
});

export const timelineSchema = z.looseObject({
  start: isoDay,
  end: isoDay,
  changeDates: z.array(isoDay),
  neighbourhoods: z.record(z.string(), z.array(period).check(z.minLength(1, 'a neighbourhood with no period'))),
});

export const articlesSchema = z.looseObject({
  articles: z.array(
    z.looseObject({
      id: z.string(),
      language: z.string(),
      outlet: z.optional(z.nullable(z.string())),
      url: z.optional(z.nullable(z.string())),
      title: z.optional(z.nullable(z.string())),
      published: z.nullable(isoDay),
    }),
  ),
});

export const eventsSchema = z.looseObject({
  events: z.array(
    z.looseObject({
      id: z.string(),
      article: z.string(),
      date: z.nullable(isoDay),
      neighbourhood: z.string(),
      controller: z.nullable(side),
      kind: z.string(),
      quote: z.looseObject({ text: z.string(), start: z.number(), end: z.number() }),
    }),
  ),
});

const lonLat = z.tuple([z.number(), z.number()]);

export const gazetteerSchema = z.looseObject({
  neighbourhoods: z.array(
    z.looseObject({
      id: z.string(),
      name_en: z.string(),
      name_fr: z.string(),
      name_ar: z.string(),
      aliases: z.array(z.string()),
      centre: z.nullable(lonLat),
      located: z.boolean(),
    }),
  ),
  groups: z.array(z.looseObject({ id: z.string(), name_en: z.string(), name_fr: z.string(), name_ar: z.string(), members: z.array(z.string()) })),
});

export const sharesSchema = z.looseObject({
  dates: z.record(
    isoDay,
    z.looseObject({
      tally: z.record(z.string(), z.looseObject({ count: z.number(), area_km2: z.number() })),
      regimeShareOfBaselineRebelArea: z.number(),
    }),
  ),
});

export const baselineSchema = z.looseObject({
  date: z.nullable(isoDay),
  entries: z.array(z.looseObject({ neighbourhood: z.string(), controller: side, confidence: z.string(), sources: z.array(z.string()) })),
});

export const frontlinesSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.looseObject({
      geometry: z.looseObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(lonLat)) }),
      properties: z.looseObject({ from: isoDay, until: z.nullable(isoDay), fromDay: z.number(), untilDay: z.nullable(z.number()) }),
    }),
  ),
});

export const storySchema = z.looseObject({
  opening: z.nullable(isoDay),
  days: z.array(
    z.looseObject({
      date: isoDay,
      caption: z.looseObject({ fr: z.string(), en: z.string(), ar: z.string() }),
      evidence: z.array(z.looseObject({ article: z.string(), quote: z.looseObject({ text: z.string() }) })),
    }),
  ),
});

/**
 * The shapes, their centres and the city's edge: big files the map's worker draws, so only their
 * frame is checked here (a collection of features with an id and a geometry type); MapLibre
 * rejects a bad coordinate itself. Checking every coordinate would cost more than drawing them.
 */
const shapesSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.looseObject({ geometry: z.looseObject({ type: z.string() }), properties: z.nullable(z.looseObject({})) })),
});

/** An encoded ring (./mapFile.ts): printable characters from '?' to '~' only. */
const ring = z.string().check(z.regex(/^[?-~]*$/, 'expected an encoded ring'));
const names = { id: z.string(), name_en: z.string(), name_fr: z.string(), name_ar: z.string() };

/** map.json: every field the map reads, rings included (small: a few hundred strings). */
export const mapFileSchema = z.looseObject({
  scale: z.number().check(z.positive()),
  places: z.array(
    z.looseObject({
      ...names,
      kind: z.string(),
      located: z.boolean(),
      area_km2: z.optional(z.nullable(z.number())),
      centre: z.optional(z.nullable(lonLat)),
      mark: z.optional(z.string()),
      approximate: z.optional(z.boolean()),
      shape: z.optional(z.array(z.array(ring))),
    }),
  ),
  groups: z.array(z.looseObject({ ...names, members: z.array(z.string()) })),
  outline: z.array(z.array(ring)),
  fronts: z.array(
    z.looseObject({ pair: z.string(), from: isoDay, until: z.nullable(isoDay), fromDay: z.number(), untilDay: z.nullable(z.number()), lines: z.array(ring) }),
  ),
});

/** Every JSON file the app fetches, by name, with its check. */
export const SCHEMAS = {
  'map.json': mapFileSchema,
  'articles.json': articlesSchema,
  'events.json': eventsSchema,
  'gazetteer.json': gazetteerSchema,
  'timeline.json': timelineSchema,
  'shares.json': sharesSchema,
  'baseline.json': baselineSchema,
  'story.json': storySchema,
  'frontlines.geojson': frontlinesSchema,
  'neighbourhoods.geojson': shapesSchema,
  'centres.geojson': shapesSchema,
  'outline.geojson': shapesSchema,
} as const;

export type FetchedFile = keyof typeof SCHEMAS;

/** Where a file is wrong, for a person: the first problem's place and what was expected, and how many more. */
export function describeProblem(error: z.core.$ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'not what the map expects';
  const path = first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${path ? `${path}: ` : ''}${first.message}${rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : ''}`;
}
