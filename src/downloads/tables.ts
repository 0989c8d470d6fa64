// The data behind the map as rows: who held each neighbourhood on a day, every
// control period, every event with its quote, and the events in ACLED's
// columns. Plain data in, plain rows out; the files are written elsewhere.
import { tierOf } from '../model/tier';
import type { Neighbourhood } from '../../geo/src/contract';
import type { Article, ControlEvent, Gazetteer } from '../../geo/src/contract';
import type { ControlIndex, DayPeriod } from '../model/control';
import { safeHttpUrl } from '../panel/quotes';
import type { Cell } from './csv';

export interface Sources {
  places: ReadonlyMap<string, Neighbourhood>;
  events: ReadonlyMap<string, ControlEvent>;
  articles: ReadonlyMap<string, Article>;
}

export function sourcesOf(gazetteer: Gazetteer, events: readonly ControlEvent[], articles: readonly Article[]): Sources {
  return {
    places: new Map(gazetteer.neighbourhoods.map((n) => [n.id, n])),
    events: new Map(events.map((e) => [e.id, e])),
    articles: new Map(articles.map((a) => [a.id, a])),
  };
}

/** Outlets behind some events, in their order (the deciding one first), once each. */
export function eventSources(ids: readonly string[], s: Sources): string[] {
  const names: string[] = [];
  for (const id of ids) {
    const event = s.events.get(id);
    const article = event ? s.articles.get(event.article) : undefined;
    const name = article?.outlet?.trim() || article?.id || event?.review?.url;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

function decidingEvent(period: DayPeriod | undefined, s: Sources): ControlEvent | undefined {
  const id = period?.events[0];
  return id ? s.events.get(id) : undefined;
}

/** The source's link, only when it is http(s): a file is no place for a javascript: URL either. */
function eventUrl(event: ControlEvent | undefined, s: Sources): string | null {
  if (!event) return null;
  return safeHttpUrl(s.articles.get(event.article)?.url ?? event.review?.url ?? null);
}

export const DAY_HEADER = [
  'date', 'neighbourhood_id', 'name_en', 'name_fr', 'name_ar', 'controller', 'since',
  'baseline', 'confidence', 'confidence_basis', 'event_ids', 'source', 'quote', 'url', 'credits',
] as const;

/** One row per neighbourhood: who held it on `day`, since when, and on whose word. */
export function dayRows(index: ControlIndex, day: number, s: Sources, credits: string): Cell[][] {
  const date = index.date(day);
  return index.ids.map((id) => {
    const place = s.places.get(id);
    const period = index.periodOn(id, day);
    const event = decidingEvent(period, s);
    return [
      date, id, place?.name_en, place?.name_fr, place?.name_ar,
      period?.controller ?? 'unknown', period?.from, period?.baseline ? 'yes' : 'no',
      tierOf(period, index.isArea), period?.basis ?? null,
      (period?.events ?? []).join(' '), eventSources(period?.events ?? [], s).join('; '),
      event?.quote.text, eventUrl(event, s), credits,
    ];
  });
}

export const TIMELINE_HEADER = [
  'neighbourhood_id', 'name_en', 'name_fr', 'name_ar', 'from', 'until', 'controller',
  'baseline', 'confidence', 'confidence_basis', 'flags', 'event_ids', 'source', 'quote', 'url', 'credits',
] as const;

/** One row per control period; `until` is the period's last day (empty: to the timeline's end). */
export function timelineRows(index: ControlIndex, s: Sources, credits: string): Cell[][] {
  const rows: Cell[][] = [];
  for (const id of index.ids) {
    const place = s.places.get(id);
    for (const period of index.periodsOf(id)) {
      const event = decidingEvent(period, s);
      const lastDay = period.untilDay - 1;
      rows.push([
        id, place?.name_en, place?.name_fr, place?.name_ar, period.from,
        lastDay >= index.lastDay ? null : index.date(lastDay), period.controller,
        period.baseline ? 'yes' : 'no', tierOf(period, index.isArea), period.basis ?? null, (period.flags ?? []).join(' | '), period.events.join(' '),
        eventSources(period?.events ?? [], s).join('; '), event?.quote.text, eventUrl(event, s), credits,
      ]);
    }
  }
  return rows;
}

export const EVENTS_HEADER = [
  'event_id', 'date', 'date_precision', 'kind', 'controller_after', 'neighbourhood_id', 'is_group',
  'name_en', 'confidence', 'origin', 'editorial', 'article_id', 'outlet', 'published', 'url', 'quote', 'credits',
] as const;

export function eventRows(events: readonly ControlEvent[], s: Sources, credits: string): Cell[][] {
  return [...events]
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id))
    .map((e) => {
      const article = s.articles.get(e.article);
      return [
        e.id, e.date, e.datePrecision, e.kind, e.controller, e.neighbourhood, e.group ? 'yes' : 'no',
        s.places.get(e.neighbourhood)?.name_en ?? null, e.confidence, e.origin, e.review?.action ?? null,
        e.article, article?.outlet ?? null, article?.published ?? null, eventUrl(e, s), e.quote.text, credits,
      ];
    });
}
