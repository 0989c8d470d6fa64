/**
 * Islands nobody reports. A district whose colour rests on the baseline alone, in a group of
 * such districts of one side that districts the other side took (on some source's word) now
 * surround on every side, has fallen with them: the press names the front, not every block
 * behind it. From the day the last neighbour fell, the group takes the surrounding side at
 * the `inferred` tier (`basis: "encircled"`), with the reports that gave those neighbours to that
 * side as its events and their names in a flag.
 *
 * Only between the regime and the rebels, who besieged each other; the city's outer edge does
 * not count as a neighbour (East Aleppo was besieged from September 2016). A group that
 * touches a district of its own side that a source reported, a contested or Kurdish district,
 * or one nothing is known of, is not encircled.
 */
import { periodOn } from './controlOn';
import type { Control, Period, Timeline } from './types';

const OPPONENT: Partial<Record<Control, Control>> = { rebel: 'regime', regime: 'rebel' };

export interface Encircled {
  timeline: Timeline;
  /** Each group inferred, with the day and its surrounding neighbours. */
  inferred: { ids: string[]; from: string; controller: Control; by: string[] }[];
}

/** Neighbour pairs → a map of each district's neighbours. */
export function neighbourMap(pairs: Iterable<[string, string]>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    if (a === b) continue;
    (out.get(a) ?? out.set(a, new Set()).get(a)!).add(b);
    (out.get(b) ?? out.set(b, new Set()).get(b)!).add(a);
  }
  return out;
}

export function inferEncircled(timeline: Timeline, neighbours: ReadonlyMap<string, ReadonlySet<string>>): Encircled {
  const periods: Record<string, Period[]> = Object.fromEntries(Object.entries(timeline.neighbourhoods).map(([id, list]) => [id, list.map((p) => ({ ...p }))]));
  const inferred: Encircled['inferred'] = [];
  const dates = [...timeline.changeDates].sort();
  for (const day of dates) {
    const state = (id: string) => (periods[id] ? periodOn(periods[id]!, day) : null);
    const unreported = (id: string) => {
      const p = state(id);
      return p !== null && p.tier === 'baseline' && OPPONENT[p.controller] !== undefined;
    };
    const seen = new Set<string>();
    for (const start of Object.keys(periods)) {
      if (seen.has(start) || !unreported(start) || !neighbours.has(start)) continue;
      const side = state(start)!.controller;
      // The group of unreported districts of this side that touch each other.
      const group: string[] = [];
      const border = new Set<string>();
      const queue = [start];
      seen.add(start);
      while (queue.length) {
        const id = queue.pop()!;
        group.push(id);
        for (const n of neighbours.get(id) ?? []) {
          if (seen.has(n)) continue;
          if (unreported(n) && state(n)!.controller === side) {
            seen.add(n);
            queue.push(n);
          } else border.add(n);
        }
      }
      const taker = OPPONENT[side]!;
      // Surrounded by the other side, and the front has moved: some neighbour fell on a source's word.
      if (!border.size || ![...border].every((n) => state(n)?.controller === taker) || [...border].every((n) => state(n)!.tier === 'baseline')) continue;
      // The evidence: the reports that gave the surrounding districts to the other side.
      const by = [...border].filter((n) => state(n)!.tier !== 'baseline').sort();
      const events = [...new Set(by.flatMap((n) => state(n)!.events.slice(0, 1)))];
      for (const id of group) {
        const list = periods[id]!;
        const at = list.findIndex((p) => p.from > day);
        const period: Period = { from: day, controller: taker, events, tier: 'inferred', basis: 'encircled', flags: [`surrounded by districts the ${taker} took: ${by.join(', ')}`] };
        if (at < 0) list.push(period);
        else list.splice(at, 0, period);
      }
      inferred.push({ ids: group.sort(), from: day, controller: taker, by });
    }
  }
  const changeDates = new Set(timeline.changeDates);
  for (const g of inferred) changeDates.add(g.from);
  return { timeline: { ...timeline, neighbourhoods: periods, changeDates: [...changeDates].sort() }, inferred };
}
