/**
 * Does the map say what the texts say? For every hand-annotated control change about one
 * neighbourhood (every part of it, for one in several parts), the map's controller on its day,
 * or the day after (a text often reports a change the day after it happened), is the one the
 * gold gives. Changes about places the map does not draw are not checked.
 */
import { periodOn } from '../timeline/controlOn';
import { addDays } from '../text/isoDay';
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
    const drawn = g.ids.map((id) => timeline.neighbourhoods[id]).filter((p) => p !== undefined);
    if (!drawn.length || g.date < timeline.start) continue;
    checked++;
    const on = (periods: (typeof drawn)[number], d: string) => periodOn(periods, d)?.controller ?? 'unknown';
    const wrong = drawn.find((p) => on(p, g.date) !== g.controller && on(p, addDays(g.date, 1)) !== g.controller);
    if (wrong) disagreements.push({ gold: g, map: on(wrong, g.date) });
  }
  const agree = checked - disagreements.length;
  return { checked, agree, share: checked ? agree / checked : 1, disagreements };
}
