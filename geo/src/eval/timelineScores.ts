import { CONTROL_KINDS, type EventKind } from '../events/types';
import { periodOn } from '../timeline/controlOn';
import type { Timeline } from '../timeline/types';
import type { GoldEvent } from './eventScores';

export interface TimelineScore {
  /** Gold control changes about a single neighbourhood. */
  checked: number;
  agree: number;
  disagreements: { gold: GoldEvent; timeline: string }[];
}

/**
 * Does the map say what the corpus says? For every hand-annotated control change about one
 * neighbourhood, the timeline's controller on that day must be the one the gold gives
 * (contested for a partial). Later events may change it again: only the day itself counts.
 */
export function scoreTimeline(timeline: Timeline, gold: readonly GoldEvent[]): TimelineScore {
  const disagreements: TimelineScore['disagreements'] = [];
  let checked = 0;
  for (const g of gold) {
    const periods = timeline.neighbourhoods[g.neighbourhood];
    if (!CONTROL_KINDS.has(g.kind as EventKind) || !g.controller || !periods) continue;
    checked++;
    const expected = g.kind === 'partial' ? 'contested' : g.controller;
    const held = periodOn(periods, g.date)?.controller ?? 'before the timeline';
    if (held !== expected) disagreements.push({ gold: g, timeline: held });
  }
  return { checked, agree: checked - disagreements.length, disagreements };
}
