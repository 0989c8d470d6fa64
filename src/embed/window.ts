// An embed may show only part of the battle (?start=...&end=...): the timeline
// seen through that window. Periods are kept whole, so a district's panel still
// tells its full story; only the slider's ends move.
import type { Timeline } from '../../geo/src/contract';

/**
 * `timeline` with its start and end moved inside [start, end]. Bounds outside
 * the timeline, or a window that misses it altogether, leave it as it is.
 */
export function timelineWindow(timeline: Timeline, start: string | null, end: string | null): Timeline {
  const from = start && start > timeline.start && start <= timeline.end ? start : timeline.start;
  const until = end && end < timeline.end && end >= from ? end : timeline.end;
  if (from === timeline.start && until === timeline.end) return timeline;
  return {
    ...timeline,
    start: from,
    end: until,
    changeDates: [from, ...timeline.changeDates.filter((d) => d > from && d <= until)],
  };
}
