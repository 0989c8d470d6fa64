// Calendar days written YYYY-MM-DD: the one day module shared by the pipeline and the app.
// Days are read in UTC so no time zone can shift them; the pipeline's `day` numbering
// (days counted from a start) is the same one the app's slider and the front lines use.

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// Days are few and read millions of times (every event, every comparison): parsed once each.
const isoOf = new Map<number, string>();
const timeOf = new Map<string, number>();

/** Milliseconds since the epoch at the start (UTC) of an ISO day. */
export function fromIso(iso: string): number {
  let t = timeOf.get(iso);
  if (t === undefined) {
    t = Date.parse(`${iso}T00:00:00Z`);
    timeOf.set(iso, t);
  }
  return t;
}

/** The ISO day (UTC) of a time in milliseconds. */
export function toIso(t: number): string {
  let iso = isoOf.get(t);
  if (iso === undefined) {
    iso = new Date(t).toISOString().slice(0, 10);
    isoOf.set(t, iso);
  }
  return iso;
}

/** A real calendar day written YYYY-MM-DD: 2016-02-30 is not one (JavaScript would read it as 1 March). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(value);
}

/** The ISO day `n` days after `iso` (before it when negative). */
export function addDays(iso: string, n: number): string {
  return toIso(fromIso(iso) + n * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((fromIso(to) - fromIso(from)) / MS_PER_DAY);
}

/** Days from `start` to `date`: the day number the timeline, the slider and the fronts share. */
export const dayIndex = daysBetween;

/** The ISO day numbered `day` from `start`. */
export function dateAt(start: string, day: number): string {
  return addDays(start, day);
}
