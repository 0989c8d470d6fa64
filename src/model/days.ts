// Days as integers counted from the timeline's start (the one ISO-day module the
// pipeline uses too), and how the app writes them in each language.

import { isLang, locale } from '../i18n';

export { dateAt, dayIndex, isIsoDay } from '../../geo/src/contract';

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
