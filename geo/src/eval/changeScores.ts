/**
 * Control changes found against control changes annotated by hand, the measure the product's
 * promise rests on: did the reader find that a neighbourhood changed hands, to whom, and when
 * (a day either way)? It scores both gold sets the same way: the project's own
 * (test/gold/events.json, by neighbourhood id) and the development set (test/gold/dev/, by the
 * facts' English name, a copy of ../shared/gold).
 */
import { CONTROL_KINDS, type ControlEvent, type EventKind } from '../events/types';
import type { PlaceFinder } from '../pipeline';
import { findPlaces } from '../places/find';
import { daysBetween } from '../text/isoDay';
import { fold } from '../text/normalise';
import type { GoldEvent } from './eventScores';

/** One hand-annotated change: who holds the place after it (contested for a partial hold). */
export interface GoldChange {
  article: string;
  /** A gazetteer id, or `unlisted:NAME` when the gazetteer has no entry the name matches. */
  neighbourhood: string;
  /** Every gazetteer id the name stands for: the parts of a neighbourhood in several parts ("al-Hamdaniyeh" for I to V). */
  ids: string[];
  controller: string;
  date: string;
  quote: string;
}

/** The development set's format (../shared/gold/gold-events.json). */
export interface SharedGoldEvent {
  article: string;
  name: string;
  controller: string;
  date: string;
  quote: string;
  note?: string;
}

/** "al-Hamdaniyeh III" → "al-Hamdaniyeh": the development set drops the facts' part numerals. */
const withoutPart = (name: string) => name.replace(/\s+(?:I{1,3}|IV|V|VI{0,3})$/, '');

/**
 * The development set's names → gazetteer ids. A facts name (its part numeral dropped) stands for
 * every part; any other name, `unlisted:` or not, is read with the place finder's own spelling
 * rules, so "Bab Nayrab" finds the unlocated entry "Bab al-Nairab" as an article's words would.
 */
export function sharedGoldChanges(events: readonly SharedGoldEvent[], finder: PlaceFinder): GoldChange[] {
  const byName = new Map<string, string[]>();
  for (const n of finder.gazetteer.neighbourhoods) {
    const key = fold(withoutPart(n.name_en));
    byName.set(key, [...(byName.get(key) ?? []), n.id]);
  }
  const read = (name: string): string[] => {
    const found = findPlaces({ id: 'gold', language: /\p{Script=Arabic}/u.test(name) ? 'ar' : 'en', text: name }, finder.index, finder.unlocated);
    return [...new Set(found.mentions.flatMap((m) => (m.neighbourhood ? [m.neighbourhood] : [])))];
  };
  return events.map((e) => {
    const bare = e.name.replace(/^unlisted:/, '');
    const ids = (!e.name.startsWith('unlisted:') && byName.get(fold(bare))) || read(bare);
    return { article: e.article, neighbourhood: ids.length ? ids.join(' + ') : `unlisted:${bare}`, ids, controller: e.controller, date: e.date, quote: e.quote };
  });
}

/** The project's own gold (every kind of event) → its control changes about one neighbourhood. */
export function ownGoldChanges(events: readonly GoldEvent[], groups: ReadonlySet<string>): GoldChange[] {
  return events
    .filter((g) => CONTROL_KINDS.has(g.kind as EventKind) && (g.controller !== null || g.kind === 'partial') && !groups.has(g.neighbourhood))
    .map((g) => ({
      article: g.article,
      neighbourhood: g.neighbourhood,
      ids: [g.neighbourhood],
      controller: g.kind === 'partial' ? 'contested' : g.controller!,
      date: g.date,
      quote: g.quote,
    }));
}

/** How the timeline read an event (TimelineResult.readings). */
export interface ReadingLike {
  status: string;
}

/** The timeline's readings that count as the reader's say: applied, or a repeat of what was applied. */
export const FOUND_STATUSES: ReadonlySet<string> = new Set(['applied', 'corroborates', 'late']);

/**
 * What the reader says changed hands: the control events the timeline applied or found
 * repeated (with `readings`), or, without them, every event it could apply.
 */
export function foundChanges(events: readonly ControlEvent[], readings?: Readonly<Record<string, ReadingLike>>): ControlEvent[] {
  return events.filter((e) => {
    if (!CONTROL_KINDS.has(e.kind) || e.group || e.date === null || (e.controller === null && e.kind !== 'partial')) return false;
    if (!readings) return e.confidence >= 0.5;
    const r = readings[e.id];
    return r !== undefined && FOUND_STATUSES.has(r.status);
  });
}

export interface ChangeScores {
  gold: number;
  found: number;
  /** Found changes that match a gold change of their article (place, side, a day either way). */
  right: number;
  /** Of the found changes whose article and place match a gold change, how many give the other side. */
  wrongSide: number;
  precision: number;
  recall: number;
  misses: GoldChange[];
  wrong: ControlEvent[];
}

const sideOf = (e: ControlEvent) => (e.kind === 'partial' ? 'contested' : e.controller);

export function scoreChanges(
  found: readonly ControlEvent[],
  gold: readonly GoldChange[],
  articles?: ReadonlySet<string>,
  readings?: Readonly<Record<string, ReadingLike>>,
): ChangeScores {
  const g = articles ? gold.filter((x) => articles.has(x.article)) : [...gold];
  const f = foundChanges(found, readings).filter((e) => !articles || articles.has(e.article));
  const matched = new Set<GoldChange>();
  const wrong: ControlEvent[] = [];
  let right = 0;
  let wrongSide = 0;
  for (const e of f) {
    const samePlace = g.filter((x) => x.article === e.article && x.ids.includes(e.neighbourhood));
    const hits = samePlace.filter((x) => x.controller === sideOf(e) && Math.abs(daysBetween(x.date, e.date!)) <= 1);
    if (hits.length) {
      right++;
      for (const h of hits) matched.add(h);
    } else {
      wrong.push(e);
      if (samePlace.some((x) => x.controller !== sideOf(e))) wrongSide++;
    }
  }
  return {
    gold: g.length,
    found: f.length,
    right,
    wrongSide,
    precision: f.length ? right / f.length : 1,
    recall: g.length ? matched.size / g.length : 1,
    misses: g.filter((x) => !matched.has(x)),
    wrong,
  };
}
