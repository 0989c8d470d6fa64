/**
 * Does the map say what the texts say? For every hand-annotated control change about one
 * neighbourhood, the map's controller on its day, or the day after (a text often reports a
 * change the day after it happened), is the one the gold gives.
 */
import { periodOn } from '../timeline/controlOn';
import { addDays } from '../timeline/days';
import type { Timeline } from '../timeline/types';
import type { GoldChange } from './changeScores';

export interface MapAgreement {
  checked: number;
  agree: number;
  share: number;
  disagreements: { gold: GoldChange; map: string }[];
}

export function mapAgreement(timeline: Timeline, gold: readonly GoldChange[]): MapAgreement {
  const disagreements: MapAgreement['disagreements'] = [];
  let checked = 0;
  for (const g of gold) {
    const periods = timeline.neighbourhoods[g.neighbourhood];
    if (!periods || g.date < timeline.start) continue;
    checked++;
    const on = (d: string) => periodOn(periods, d)?.controller ?? 'unknown';
    if (on(g.date) !== g.controller && on(addDays(g.date, 1)) !== g.controller) disagreements.push({ gold: g, map: on(g.date) });
  }
  const agree = checked - disagreements.length;
  return { checked, agree, share: checked ? agree / checked : 1, disagreements };
}
