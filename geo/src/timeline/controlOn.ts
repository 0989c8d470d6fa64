import type { Control, Period, Timeline } from './types';

/** The period in force on `date` (periods are sorted by `from`); null before the first. */
export function periodOn(periods: readonly Period[], date: string): Period | null {
  let found: Period | null = null;
  for (const p of periods) {
    if (p.from > date) break;
    found = p;
  }
  return found;
}

/** Every neighbourhood's controller on `date`. */
export function controlOn(timeline: Timeline, date: string): Map<string, Control> {
  const out = new Map<string, Control>();
  for (const [id, periods] of Object.entries(timeline.neighbourhoods)) out.set(id, periodOn(periods, date)?.controller ?? 'unknown');
  return out;
}
