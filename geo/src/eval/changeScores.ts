/**
 * Control changes found against control changes annotated by hand, the measure the product's
 * promise rests on: did the reader find that a neighbourhood changed hands, to whom, and when
 * (a day either way)? It scores both gold sets the same way: the project's own
 * (test/gold/events.json, by neighbourhood id) and the development set (test/gold/dev/, by the
 * facts' English name, a copy of ../shared/gold).
 */
import type { Gazetteer } from '../gazetteer/types';
import { CONTROL_KINDS, type ControlEvent, type EventKind } from '../events/types';
import { daysBetween } from '../timeline/days';
import { fold } from '../text/normalise';
import type { GoldEvent } from './eventScores';

/** One hand-annotated change: who holds the place after it (contested for a partial hold). */
export interface GoldChange {
  article: string;
  /** A gazetteer id, or `unlisted:NAME` when the gazetteer has no entry the name matches. */
  neighbourhood: string;
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

const nameKey = (s: string) =>
  fold(s)
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The development set's names → gazetteer ids (a name the facts lack may be one of our unlocated entries). */
export function sharedGoldChanges(events: readonly SharedGoldEvent[], gazetteer: Gazetteer): GoldChange[] {
  const byName = new Map<string, string>();
  for (const n of gazetteer.neighbourhoods) byName.set(nameKey(n.name_en), n.id);
  const byAlias = new Map<string, string>();
  for (const n of gazetteer.neighbourhoods) {
    for (const a of [n.name_en, n.name_fr, n.name_ar, ...n.aliases]) if (!byAlias.has(nameKey(a))) byAlias.set(nameKey(a), n.id);
  }
  for (const p of gazetteer.places) for (const a of [p.name, p.name_fr, p.name_ar, ...p.aliases]) if (!byAlias.has(nameKey(a))) byAlias.set(nameKey(a), p.in);
  return events.map((e) => {
    let id: string;
    if (e.name.startsWith('unlisted:')) {
      const bare = e.name.slice('unlisted:'.length);
      id = byAlias.get(nameKey(bare)) ?? e.name;
    } else id = byName.get(nameKey(e.name)) ?? `unlisted:${e.name}`;
    return { article: e.article, neighbourhood: id, controller: e.controller, date: e.date, quote: e.quote };
  });
}

/** The project's own gold (every kind of event) → its control changes about one neighbourhood. */
export function ownGoldChanges(events: readonly GoldEvent[], groups: ReadonlySet<string>): GoldChange[] {
  return events
    .filter((g) => CONTROL_KINDS.has(g.kind as EventKind) && (g.controller !== null || g.kind === 'partial') && !groups.has(g.neighbourhood))
    .map((g) => ({
      article: g.article,
      neighbourhood: g.neighbourhood,
      controller: g.kind === 'partial' ? 'contested' : g.controller!,
      date: g.date,
      quote: g.quote,
    }));
}

/** How the timeline read an event (TimelineResult.readings). */
export interface ReadingLike {
  status: string;
}

/**
 * What the reader says changed hands: the control events the timeline applied or found
 * repeated (with `readings`), or, without them, every event it could apply.
 */
export function foundChanges(events: readonly ControlEvent[], readings?: Readonly<Record<string, ReadingLike>>): ControlEvent[] {
  return events.filter((e) => {
    if (!CONTROL_KINDS.has(e.kind) || e.group || e.date === null || (e.controller === null && e.kind !== 'partial')) return false;
    if (!readings) return e.confidence >= 0.5;
    const r = readings[e.id];
    return r !== undefined && (r.status === 'applied' || r.status === 'corroborates' || r.status === 'late');
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
    const samePlace = g.filter((x) => x.article === e.article && x.neighbourhood === e.neighbourhood);
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
