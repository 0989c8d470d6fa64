// The day the map opens on when the link names none: the editors' choice (story.json's
// `opening`), else the day on which the most neighbourhoods changed hands (the earliest of
// equals), never the quiet day after the last event unless nothing ever changes.
import type { ControlIndex } from '../model/control';
import type { StoryFile } from './data';

export function openingDay(index: ControlIndex, story: StoryFile | null): number {
  if (story?.opening) {
    const day = index.day(story.opening);
    if (day >= 0 && day <= index.lastDay) return day;
  }
  return busiestDay(index) ?? index.lastDay;
}

/** The day with the most changes, or undefined when nothing changes in the window. */
export function busiestDay(index: ControlIndex): number | undefined {
  let best: number | undefined;
  let most = 0;
  for (const day of index.changeDays) {
    const count = index.changes(day).length;
    if (count > most) {
      most = count;
      best = day;
    }
  }
  return best;
}

/** How many neighbourhoods changed hands on each day of the index (day 0: none). */
export function changesPerDay(index: ControlIndex): number[] {
  const counts = new Array<number>(index.lastDay + 1).fill(0);
  for (const day of index.changeDays) counts[day] = index.changes(day).length;
  return counts;
}
