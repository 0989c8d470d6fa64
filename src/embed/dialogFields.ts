// What the Embed dialog's text fields accept. Dates are typed as ISO days
// (YYYY-MM-DD), never through the browser's date picker, which shows the
// reader's locale (12/13/2016 in the US) while links and the code use ISO.
import { isIsoDay } from '../model/days';
import { isEmbedId } from './options';

export type DayProblem = 'format' | 'range';

export interface DayField {
  /** The day to use: the typed one when it is good, else `fallback`. */
  value: string;
  problem: DayProblem | null;
}

/** A typed day, checked against [min, max]; blank means `fallback`. Spaces around are forgiven. */
export function readDayField(text: string, min: string, max: string, fallback: string): DayField {
  const typed = text.trim();
  if (typed === '') return { value: fallback, problem: null };
  if (!isIsoDay(typed)) return { value: fallback, problem: 'format' };
  if (typed < min || typed > max) return { value: fallback, problem: 'range' };
  return { value: typed, problem: null };
}

export interface IdField {
  value: string;
  valid: boolean;
}

/** A typed embed id, or `fallback` while it is not a valid one. */
export function readIdField(text: string, fallback: string): IdField {
  const typed = text.trim();
  return isEmbedId(typed) ? { value: typed, valid: true } : { value: fallback, valid: false };
}
