// What the panel shows first: what holds on the day shown and why. The period in force, the
// evidence that decides its colour (its events dated up to that day, deciding one first), its
// confidence tier and the reason for it; then earlier reports; reports dated after the day are
// kept apart ("later"), so a quote from 6 December never explains the colour of 5 December.
import type { Tier } from '../../geo/src/contract';
import type { DayPeriod } from '../model/control';
import { dayIndex } from '../model/days';
import { tierOf } from '../model/tier';
import type { DistrictQuotes, Quote } from './quotes';

export interface DayEvidence {
  period: DayPeriod | undefined;
  tier: Tier;
  /** The period's own quotes dated up to the day shown, the deciding one first. */
  deciding: Quote[];
  /** The area (group id) the deciding report speaks of, when it is about a whole area. */
  area: string | null;
  /** Days since a source last spoke of the place, when the colour rests on the baseline after that. */
  unreported: { since: string; days: number } | null;
  /** Periods before the one in force, newest first. */
  earlierPeriods: DayPeriod[];
  /** Periods after the day shown. */
  laterPeriods: DayPeriod[];
  /** Other quotes behind the colours, dated up to the day shown (or undated), newest first. */
  earlier: Quote[];
  /** Quotes dated after the day shown, oldest first. */
  later: Quote[];
  /** Sentences that name the place without deciding a colour, up to the day shown. */
  mentions: Quote[];
  laterMentions: Quote[];
}

export function dayEvidence(periods: readonly DayPeriod[], day: number, date: string, quotes: DistrictQuotes): DayEvidence {
  const period = [...periods].reverse().find((p) => p.fromDay <= day);
  const upTo = (q: Quote) => !q.date || q.date <= date;
  const byId = new Map(quotes.behind.map((q) => [q.eventId, q]));
  const deciding = (period?.events ?? []).map((id) => byId.get(id)).filter((q): q is Quote => !!q && upTo(q));
  const used = new Set(deciding.map((q) => q.eventId));
  const rest = quotes.behind.filter((q) => !used.has(q.eventId));
  // Until the pipeline fills `tier`, a colour resting on a report about a whole area is inferred.
  const tier = period?.tier ?? (deciding[0]?.group ? 'inferred' : tierOf(period));
  const last = period?.lastReported;
  const unreported =
    tier === 'baseline' && last && last < date ? { since: last, days: dayIndex(last, date) } : null;
  return {
    period,
    tier,
    deciding,
    area: deciding[0]?.group ?? null,
    unreported,
    earlierPeriods: periods.filter((p) => p !== period && p.fromDay <= day).reverse(),
    laterPeriods: periods.filter((p) => p.fromDay > day),
    earlier: rest.filter(upTo),
    later: rest.filter((q) => !upTo(q)).reverse(),
    mentions: quotes.others.filter(upTo),
    laterMentions: quotes.others.filter((q) => !upTo(q)).reverse(),
  };
}
