// The sources behind a district's colours, ready to show: the quoted
// sentence, who published it, when, and a link only when it is http(s).
import type { ControlEvent } from '../../geo/src/contract';
import type { Article } from '../../geo/src/contract';
import { balanceBidi } from '../model/bidi';
import type { DayPeriod } from '../model/control';

/** Texts from the data, ready to show as plain text: bidi controls balanced (model/bidi.ts). */
export interface Quote {
  eventId: string;
  /** The article's id: named when it has no outlet. */
  article: string;
  /** The group id (east-aleppo, old-city...) when the sentence is about a whole area. */
  group: string | null;
  text: string;
  date: string | null;
  outlet: string | null;
  title: string | null;
  /** Only ever an http: or https: URL. */
  url: string | null;
  kind: ControlEvent['kind'];
  controller: ControlEvent['controller'];
  /** The article's language, so the quote is marked up (and read aloud) in it. */
  lang: string | null;
}

/** `url` when it is an absolute http(s) URL, else null: no javascript:, data: or relative links. */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function toQuote(event: ControlEvent, articles: ReadonlyMap<string, Article>): Quote {
  const article = articles.get(event.article);
  return {
    eventId: event.id,
    article: event.article,
    group: event.group ? event.neighbourhood : null,
    text: balanceBidi(event.quote.text),
    date: event.date ?? article?.published ?? null,
    outlet: article?.outlet ? balanceBidi(article.outlet) : null,
    title: article?.title ? balanceBidi(article.title) : null,
    // An editor's event may cite a URL rather than an article of the corpus.
    url: safeHttpUrl(article ? article.url : event.review?.url),
    kind: event.kind,
    controller: event.controller,
    lang: article?.language ?? null,
  };
}

function newestFirst(a: Quote, b: Quote): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.eventId.localeCompare(b.eventId);
}

export interface DistrictQuotes {
  /** Events the timeline's periods rest on. */
  behind: Quote[];
  /** Other sentences about the district (fighting, shelling, statements not used). */
  others: Quote[];
}

export function districtQuotes(
  id: string,
  periods: readonly DayPeriod[],
  events: ReadonlyMap<string, ControlEvent>,
  eventsByPlace: ReadonlyMap<string, readonly ControlEvent[]>,
  articles: ReadonlyMap<string, Article>,
): DistrictQuotes {
  const used = new Set<string>();
  const behind: Quote[] = [];
  for (const period of periods) {
    for (const eventId of period.events) {
      const event = events.get(eventId);
      if (!event || used.has(eventId)) continue;
      used.add(eventId);
      behind.push(toQuote(event, articles));
    }
  }
  const others = (eventsByPlace.get(id) ?? []).filter((e) => !used.has(e.id)).map((e) => toQuote(e, articles));
  return { behind: behind.sort(newestFirst), others: others.sort(newestFirst) };
}

/** Events of single neighbourhoods (not groups), by neighbourhood id. */
export function eventsByNeighbourhood(events: readonly ControlEvent[]): Map<string, ControlEvent[]> {
  const out = new Map<string, ControlEvent[]>();
  for (const event of events) {
    if (event.group) continue;
    const list = out.get(event.neighbourhood);
    if (list) list.push(event);
    else out.set(event.neighbourhood, [event]);
  }
  return out;
}
