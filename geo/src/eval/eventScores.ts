import type { ControlEvent } from '../events/types';

/** A hand-annotated event (test/gold/events.json). */
export interface GoldEvent {
  article: string;
  neighbourhood: string;
  kind: string;
  controller: string | null;
  date: string;
  datePrecision: string;
  quote: string;
  hedged?: boolean;
}

export interface EventScores {
  gold: number;
  found: number;
  right: number;
  precision: number;
  recall: number;
  /** Of the found events whose place and controller match a gold event, how many have its date. */
  dateAccuracy: number;
  misses: GoldEvent[];
  wrong: ControlEvent[];
}

/** Events that say who holds a place (control changes and statements): the timeline is built from them. */
const SCORED = new Set(['capture', 'withdrawal', 'partial', 'statement']);
const withController = <T extends { controller: string | null; kind: string }>(list: T[]) =>
  list.filter((e) => e.controller !== null && SCORED.has(e.kind));

/**
 * An extracted event is right when a gold event of the same article has the same place,
 * controller and date (the kind may differ: a capture and a withdrawal of the other side
 * say the same thing). Each gold event is matched once.
 */
export function scoreEvents(found: ControlEvent[], gold: GoldEvent[]): EventScores {
  const g = withController(gold);
  const f = withController(found);
  // A statement the annotator filed under another kind (bombardment of "quartiers rebelles de X")
  // still says who held X that day: it is not wrong.
  const anyGold = gold.filter((x) => x.controller !== null);
  const used = new Set<GoldEvent>();
  const wrong: ControlEvent[] = [];
  let right = 0;
  let placed = 0;
  let dated = 0;
  for (const e of f) {
    const same = (e.kind === 'statement' ? anyGold : g).filter(
      (x) => x.article === e.article && x.neighbourhood === e.neighbourhood && x.controller === e.controller,
    );
    if (same.length) {
      placed++;
      if (same.some((x) => x.date === e.date)) dated++;
    }
    const hit = same.find((x) => x.date === e.date && !used.has(x));
    if (hit) {
      if (g.includes(hit)) used.add(hit);
      right++;
    } else if (!same.some((x) => x.date === e.date)) wrong.push(e);
    else right++; // a second reading of an event already matched: not wrong
  }
  return {
    gold: g.length,
    found: f.length,
    right,
    precision: f.length ? right / f.length : 1,
    recall: g.length ? used.size / g.length : 1,
    dateAccuracy: placed ? dated / placed : 1,
    misses: g.filter((x) => !used.has(x)),
    wrong,
  };
}
