// shares.json gives a tally per change date; the map shows every day, so a
// day reads the tally of the last change date on or before it.
import type { DayShares, SharesFile } from '../../geo/src/contract';
import type { ControlIndex } from '../model/control';

export interface SharesPoint {
  day: number;
  shares: DayShares;
}

/**
 * Change dates as day numbers, ascending, clipped to the timeline. When the
 * timeline starts between two change dates (an embed's window), the tally in
 * force on its first day is kept as day 0.
 */
export function sharesSeries(file: SharesFile, index: ControlIndex): SharesPoint[] {
  const points = Object.keys(file.dates)
    .sort()
    .map((date) => ({ day: index.day(date), shares: file.dates[date]! }));
  const before = points.filter((p) => p.day < 0).at(-1);
  const inside = points.filter((p) => p.day >= 0 && p.day <= index.lastDay);
  if (before && inside[0]?.day !== 0) inside.unshift({ day: 0, shares: before.shares });
  return inside;
}

export function sharesOn(series: readonly SharesPoint[], day: number): DayShares | null {
  let found: DayShares | null = null;
  for (const point of series) {
    if (point.day > day) break;
    found = point.shares;
  }
  return found;
}
