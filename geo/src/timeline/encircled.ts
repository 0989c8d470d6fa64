/**
 * Islands behind the front. A group of touching districts of one side (contested ones among
 * them) whose colour rests on the baseline alone or on a single source, that districts the
 * other side took (on some source's word, after anything said of the group) now surround on
 * every side, has fallen with them: the press names the front, not every block behind it.
 * From that day the group takes the surrounding side at the `inferred` tier (`basis:
 * "encircled"`), with the reports that gave those neighbours to that side as its events and
 * their names in a flag. A group a source spoke of falls so only if it is small (at most
 * SMALL_POCKET districts): a besieged area the press reports on is not inferred away.
 *
 * Only between the regime and the rebels, who besieged each other; the city's outer edge does
 * not count as a neighbour (East Aleppo was besieged from September 2016). A group that
 * touches a district of its own side confirmed by two sources, a Kurdish district, or one
 * nothing is known of, is not encircled.
 */
import { periodOn } from './controlOn';
import type { Control, Period, Timeline } from './types';

const OPPONENT: Partial<Record<Control, Control>> = { rebel: 'regime', regime: 'rebel' };
/** The most districts a pocket that a source spoke of may have and still be inferred fallen. */
const SMALL_POCKET = 3;

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
    // Unreported (the baseline alone), or resting on one source or a fight reported inside.
    const eligible = (id: string) => {
      const p = state(id);
      return p !== null && (p.tier === 'baseline' || p.tier === 'single') && (OPPONENT[p.controller] !== undefined || p.controller === 'contested');
    };
    const reported = (p: Period) => p.tier !== 'baseline';
    // A district of a side belongs to one group, found once from any of its members; a contested
    // one may belong to either side's pocket, so it is not marked. Once inferred, none is eligible.
    const grouped = new Set<string>();
    for (const start of Object.keys(periods)) {
      if (grouped.has(start) || !eligible(start) || !neighbours.has(start)) continue;
      // The group of such districts that touch each other: of one side, with contested ones among them.
      let side: Control | null = state(start)!.controller === 'contested' ? null : state(start)!.controller;
      const group: string[] = [];
      const inGroup = new Set([start]);
      const border = new Set<string>();
      const queue = [start];
      while (queue.length) {
        const id = queue.pop()!;
        group.push(id);
        for (const n of neighbours.get(id) ?? []) {
          if (inGroup.has(n)) continue;
          const c = eligible(n) ? state(n)!.controller : null;
          if (c !== null && (c === 'contested' || side === null || c === side)) {
            if (c !== 'contested') side = c;
            inGroup.add(n);
            queue.push(n);
          } else border.add(n);
        }
      }
      for (const id of group) if (state(id)!.controller !== 'contested') grouped.add(id);
      if (!border.size) continue;
      const taker = state([...border][0]!)?.controller;
      if (!taker || OPPONENT[taker] === undefined || taker === side || ![...border].every((n) => state(n)?.controller === taker)) continue;
      // The front has moved: some neighbour fell on a source's word, after anything said of the group.
      const fell = [...border].filter((n) => reported(state(n)!));
      const said = group.map((id) => state(id)!).filter((p) => reported(p) || p.controller === 'contested');
      const lastSaid = said.filter(reported).map((p) => p.lastReported ?? p.from).sort().at(-1);
      const news = lastSaid === undefined ? fell : fell.filter((n) => state(n)!.from > lastSaid);
      if (!news.length) continue;
      // A few districts cut off behind the front fall with it, when more than one of their neighbours
      // fell around them; a besieged area the press has spoken of, or where fighting was reported, does not.
      if (said.length && (group.length > SMALL_POCKET || border.size < 2)) continue;
      const by = fell.sort();
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
