// story.json (geo/editorial/story.yaml, checked by the pipeline): the key days and the day
// the map opens on. A map built without a story file still works: it gets none.
// Fetched and checked with the other files (src/data.ts, the contract's storySchema).
import type { StoryDay, StoryFile } from '../../geo/src/contract';
import type { ControlIndex } from '../model/control';

export type { StoryDay, StoryFile };

/** A key day inside the slider's window, as a day number of the index. */
export interface KeyDay extends StoryDay {
  day: number;
}

/** The story's days within the index's window, in order. */
export function keyDays(index: ControlIndex, story: StoryFile | null): KeyDay[] {
  if (!story) return [];
  return story.days
    .map((d) => ({ ...d, day: index.day(d.date) }))
    .filter((d) => d.day >= 0 && d.day <= index.lastDay)
    .sort((a, b) => a.day - b.day);
}
