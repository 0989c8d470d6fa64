// How well a period's colour is supported (geo/src/timeline/types.ts, Tier). Until the
// pipeline fills `tier` everywhere, a period without one is read by what it rests on:
// the baseline alone, a report about a whole area (inferred), or one source.
import type { Period, Tier } from '../../geo/src/contract';

/** Whether an event id is a report about a whole area (a group: East Aleppo, the Old City). */
export type IsAreaEvent = (eventId: string) => boolean;

export function tierOf(period: Pick<Period, 'tier' | 'baseline' | 'events'> | undefined, isArea?: IsAreaEvent): Tier {
  if (!period) return 'baseline';
  if (period.tier) return period.tier;
  if (period.baseline) return 'baseline';
  const deciding = period.events[0];
  return deciding && isArea?.(deciding) ? 'inferred' : 'single';
}

/** Tiers drawn with a weaker fill: the colour is not reported for the place itself. */
export function isWeak(tier: Tier): boolean {
  return tier === 'inferred' || tier === 'baseline';
}
