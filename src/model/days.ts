// Days as integers counted from the timeline's start: what the map's global
// state and the front lines' fromDay/untilDay use. Dates are ISO days, read
// and written in UTC so no time zone can shift them.

import { isLang, locale } from '../i18n';

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD: 2016-02-30 is not one. */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls 2016-02-30 over to 1 March: a real day comes back unchanged.
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

function epochDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** Days from `start` to `date` (negative before it). */
export function dayIndex(start: string, date: string): number {
  return epochDay(date) - epochDay(start);
}

/** The ISO date `day` days after `start`. */
export function dateAt(start: string, day: number): string {
  return new Date((epochDay(start) + day) * MS_PER_DAY).toISOString().slice(0, 10);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** "12 décembre 2016", "12 December 2016", "١٢ ديسمبر ٢٠١٦". */
export function longDate(iso: string, lang: string): string {
  return format(iso, lang, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "12 déc.", for axis ticks and lists. */
export function shortDate(iso: string, lang: string): string {
  return format(iso, lang, { day: 'numeric', month: 'short' });
}

function format(iso: string, lang: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(isLang(lang) ? locale(lang) : lang, { ...options, timeZone: 'UTC' });
    formats.set(key, formatter);
  }
  return formatter.format(new Date(`${iso}T00:00:00Z`));
}
