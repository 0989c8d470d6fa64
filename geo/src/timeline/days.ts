import { fromIso, toIso } from '../articles/publishedDate';

const DAY = 86_400_000;

/** ISO calendar days, as UTC dates so no time zone shifts a day. */
export function addDays(iso: string, n: number): string {
  return toIso(fromIso(iso) + n * DAY);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((fromIso(to) - fromIso(from)) / DAY);
}
