// shares.json gives a tally per change date; the map shows every day, so a
// day reads the tally of the last change date on or before it.
import type { DayShares, SharesFile } from '../../geo/src/geometry/frontTypes';
import type { ControlIndex } from '../model/control';

export interface SharesPoint {
  day: number;
  shares: DayShares;
}

/** Change dates as day numbers, ascending, clipped to the timeline. */
export function sharesSeries(file: SharesFile, index: ControlIndex): SharesPoint[] {
  return Object.keys(file.dates)
    .sort()
    .map((date) => ({ day: index.day(date), shares: file.dates[date]! }))
    .filter((p) => p.day >= 0 && p.day <= index.lastDay);
}

export function sharesOn(series: readonly SharesPoint[], day: number): DayShares | null {
  let found: DayShares | null = null;
  for (const point of series) {
    if (point.day > day) break;
    found = point.shares;
  }
  return found;
}
