// story.json (geo/editorial/story.yaml, checked by the pipeline): the key days and the day
// the map opens on. A map built without a story file still works: it gets none.
import type { PipelineOutput } from '../../geo/src/pipeline';
import { dataUrl } from '../data';
import type { ControlIndex } from '../model/control';

export type StoryFile = PipelineOutput['files']['story.json'];
export type StoryDay = StoryFile['days'][number];

/** A key day inside the slider's window, as a day number of the index. */
export interface KeyDay extends StoryDay {
  day: number;
}

export async function fetchStory(): Promise<StoryFile | null> {
  try {
    const response = await fetch(dataUrl('story.json'));
    if (!response.ok) return null;
    const body = (await response.json()) as Partial<StoryFile>;
    // Shown as text only; anything not shaped like a story is dropped rather than trusted.
    if (!Array.isArray(body.days)) return null;
    return { opening: typeof body.opening === 'string' ? body.opening : null, days: body.days };
  } catch {
    return null;
  }
}

/** The story's days within the index's window, in order. */
export function keyDays(index: ControlIndex, story: StoryFile | null): KeyDay[] {
  if (!story) return [];
  return story.days
    .map((d) => ({ ...d, day: index.day(d.date) }))
    .filter((d) => d.day >= 0 && d.day <= index.lastDay)
    .sort((a, b) => a.day - b.day);
}
