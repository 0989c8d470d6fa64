/**
 * Who held each shape on each change date, read off the timeline's periods. Shared by the
 * front lines and the shares, so both read the timeline the same way.
 */
import type { Control, Period, Timeline } from '../timeline/types';

export interface DateControls {
  date: string;
  /** The next change date, or null for the last. */
  until: string | null;
  /** Per shape (same order as the ids given), its controller on `date`. */
  controls: Control[];
}

/**
 * Each change date in order with every shape's controller that day: the period with the
 * latest `from` on or before the date; 'unknown' before a neighbourhood's first period or
 * for a shape the timeline does not list. One pass over each neighbourhood's periods.
 */
export function* controlsByDate(timeline: Timeline, ids: readonly string[]): Generator<DateControls> {
  const periods: Period[][] = ids.map((id) => [...(timeline.neighbourhoods[id] ?? [])].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)));
  const next = ids.map(() => 0);
  const current: Control[] = ids.map(() => 'unknown');
  const dates = [...new Set(timeline.changeDates)].sort();
  for (let d = 0; d < dates.length; d++) {
    const date = dates[d]!;
    periods.forEach((list, i) => {
      while (next[i]! < list.length && list[next[i]!]!.from <= date) current[i] = list[next[i]!++]!.controller;
    });
    yield { date, until: dates[d + 1] ?? null, controls: current.slice() };
  }
}
