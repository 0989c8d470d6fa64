// How well a period's colour is supported (geo/src/timeline/types.ts, Tier). Until the
// pipeline fills `tier` everywhere, a period without one is read by what it rests on:
// the baseline alone, or one source.
import type { Period, Tier } from '../../geo/src/timeline/types';

export function tierOf(period: Pick<Period, 'tier' | 'baseline'> | undefined): Tier {
  if (!period) return 'baseline';
  return period.tier ?? (period.baseline ? 'baseline' : 'single');
}

/** Tiers drawn with a weaker fill: the colour is not reported for the place itself. */
export function isWeak(tier: Tier): boolean {
  return tier === 'inferred' || tier === 'baseline';
}
