import { fromIso, isIsoDay, toIso } from '../text/isoDay';
import { findDateExpressions, type DateExpression } from '../text/dateExpressions';
import type { CorpusPeriod, DateInference } from './types';
import type { Language } from '../text/language';

const DAY = 86_400_000;
/** Days before / after the day of writing that an article's dates usually fall in. */
const PAST_WINDOW = 45;
const FUTURE_WINDOW = 10;

/**
 * The day an article was written, from its own dates and weekdays, within the corpus period.
 *
 * 1. A "today" anchor ("ce vendredi 9", "اليوم السبت") fixes the weekday (and day) of
 *    writing; among the days of the period that fit it, the one the text's other dates
 *    fit best (they fall shortly before it) wins, if one does.
 * 2. Otherwise the latest date the text gives with a matching weekday ("samedi 24
 *    septembre") is taken as the day of writing, if no other date comes after it.
 * Anything less decisive leaves the date unknown and says why.
 *
 * Before all of these, a dateline decides: a short line near the top that gives a whole
 * date, day, month and year ("Décembre 14, 2016", "Alep, 14 décembre 2016"), as a page
 * copied from a news site carries under its title and byline.
 */
export function inferPublished(text: string, language: Language, period: CorpusPeriod): DateInference {
  const dateline = datelineOf(text, language);
  if (dateline) return dateline;
  const expressions = findDateExpressions(text, language);
  const days = daysOf(period);
  const anchors = expressions.filter((e) => e.today || e.yesterday);
  const dated = expressions.filter((e) => !e.today && !e.yesterday && e.day !== undefined);
  const quote = (e: DateExpression) => `« ${e.text.trim()} »`;

  if (anchors.length) {
    const fitting = days.filter((t) => anchors.every((a) => anchorFits(a, t)));
    if (fitting.length === 0) {
      return { date: null, reason: `${anchors.map(quote).join(', ')} fit no day of ${period.start}..${period.end}` };
    }
    const scored = fitting.map((t) => ({ t, score: dated.filter((e) => fitsNear(e, t, period)).length }));
    const best = Math.max(...scored.map((s) => s.score));
    const winners = scored.filter((s) => s.score === best);
    const anchorText = anchors.map(quote).join(', ');
    if (winners.length === 1) {
      const t = winners[0]!.t;
      const support = dated.filter((e) => fitsNear(e, t, period)).map(quote);
      const others = fitting.length > 1 ? ` (of ${fitting.map(toIso).join(', ')})` : '';
      const why = support.length ? `; the text's other dates ${support.join(', ')} fit it best${others}` : '';
      return { date: toIso(t), reason: `${anchorText} names the day of writing${why}` };
    }
    return { date: null, reason: `${anchorText} fits ${winners.map((w) => toIso(w.t)).join(', ')}: the text does not decide` };
  }

  const resolved = dated
    .map((e) => ({ e, dates: datesOf(e, period) }))
    .filter((r) => r.dates.length > 0);
  if (resolved.length === 0) return { date: null, reason: 'the text gives no date or weekday that places it in the period' };
  const withWeekday = resolved.filter((r) => r.e.weekday !== undefined && r.e.month !== undefined && r.dates.length === 1);
  const latestOf = (r: { dates: number[] }) => Math.max(...r.dates);
  const latest = Math.max(...resolved.map(latestOf));
  const candidate = withWeekday.find((r) => r.dates[0] === latest);
  if (candidate) {
    return {
      date: toIso(latest),
      reason: `${quote(candidate.e)} is the latest date the text gives, and its weekday matches: taken as the day of writing`,
    };
  }
  const last = resolved.find((r) => latestOf(r) === latest)!;
  return { date: null, reason: `the latest date the text gives, ${quote(last.e)}, only bounds it from below` };
}

function daysOf(period: CorpusPeriod): number[] {
  const out: number[] = [];
  for (let t = fromIso(period.start); t <= fromIso(period.end); t += DAY) out.push(t);
  return out;
}

function anchorFits(a: DateExpression, writing: number): boolean {
  const t = a.yesterday ? writing - DAY : writing;
  const d = new Date(t);
  if (a.weekday !== undefined && d.getUTCDay() !== a.weekday) return false;
  if (a.day !== undefined && d.getUTCDate() !== a.day) return false;
  if (a.month !== undefined && d.getUTCMonth() + 1 !== a.month) return false;
  return true;
}

/** The days an expression can stand for, in the period or the weeks before it. */
function datesOf(e: DateExpression, period: CorpusPeriod): number[] {
  const from = fromIso(period.start) - PAST_WINDOW * DAY;
  const to = fromIso(period.end);
  const out: number[] = [];
  for (let t = from; t <= to; t += DAY) {
    const d = new Date(t);
    if (e.day !== undefined && d.getUTCDate() !== e.day) continue;
    if (e.month !== undefined && d.getUTCMonth() + 1 !== e.month) continue;
    if (e.year !== undefined && d.getUTCFullYear() !== e.year) continue;
    if (e.weekday !== undefined && d.getUTCDay() !== e.weekday) continue;
    out.push(t);
  }
  return out;
}

function fitsNear(e: DateExpression, writing: number, period: CorpusPeriod): boolean {
  return datesOf(e, period).some((t) => t >= writing - PAST_WINDOW * DAY && t <= writing + FUTURE_WINDOW * DAY);
}

/** Lines read for a dateline (title, subtitle, byline come first), and how long a dateline line may be. */
const DATELINE_LINES = 8;
const DATELINE_LENGTH = 80;

/** The day a dateline gives, if the text opens with one; its line is counted from the text's first line (1). */
function datelineOf(text: string, language: Language): DateInference | null {
  const lines = text.slice(0, 2000).split('\n').slice(0, DATELINE_LINES);
  for (const [i, line] of lines.entries()) {
    if (line.trim().length > DATELINE_LENGTH) continue;
    const e = findDateExpressions(line, language).find((x) => x.day !== undefined && x.month !== undefined && x.year !== undefined);
    if (!e) continue;
    const iso = `${e.year}-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`;
    if (!isIsoDay(iso)) continue; // "31 novembre 2016" is no day
    return { date: iso, reason: `the dateline « ${e.text.trim()} » (line ${i + 1} of the text) gives the day of writing` };
  }
  return null;
}
