/**
 * Front lines per change date: the topology's arcs whose two sides are held by two
 * different sides among regime, rebels and Kurdish forces, joined end to end, one
 * MultiLineString per pair of sides and change date. Linear in the arcs per date: no
 * polygon is unioned or clipped (the map colours the neighbourhoods themselves).
 *
 * Contested and unknown neighbourhoods never make a front, not even a contested one
 * between regime and rebel neighbourhoods. A contested neighbourhood is where the two sides
 * meet; the sources say fighting goes on inside it, not along which of its streets, so a
 * line on either of its edges (or both, which reads as two fronts enclosing a pocket)
 * would claim a precision they do not give. The map shows it in its own contested colour;
 * the front line runs up to it from both sides and the reader sees it pass through.
 */
import type { Control, Timeline } from '../timeline/types';
import { daysBetween } from '../text/isoDay';
import { controlsByDate } from './controls';
import type { FrontLineCollection, FrontLineFeature, FrontPair } from './frontTypes';
import { mergeLines } from './lines';
import type { LonLat } from './projection';
import type { Topology } from './topology';

export const FRONT_PAIRS: readonly FrontPair[] = ['regime|rebel', 'regime|kurdish', 'rebel|kurdish'];

/** The front between two controls, or null (same side, contested, unknown). */
export function frontPair(x: Control, y: Control): FrontPair | null {
  if (x === y) return null;
  const sides = [x, y];
  if (!sides.every((s) => s === 'regime' || s === 'rebel' || s === 'kurdish')) return null;
  return sides.includes('regime') ? (sides.includes('rebel') ? 'regime|rebel' : 'regime|kurdish') : 'rebel|kurdish';
}

/**
 * One feature per (pair, change date) that has a front, in date then pair order;
 * a pair with no front on a date gets no feature.
 */
export function frontLines(topology: Topology, timeline: Timeline): FrontLineCollection {
  const shared = topology.arcs.filter((arc) => arc.b >= 0);
  const features: FrontLineFeature[] = [];
  for (const { date, until, controls } of controlsByDate(timeline, topology.ids)) {
    const lines = new Map<FrontPair, LonLat[][]>();
    for (const arc of shared) {
      const pair = frontPair(controls[arc.a]!, controls[arc.b]!);
      if (!pair) continue;
      const list = lines.get(pair);
      if (list) list.push(arc.line);
      else lines.set(pair, [arc.line]);
    }
    for (const pair of FRONT_PAIRS) {
      const arcs = lines.get(pair);
      if (!arcs) continue;
      features.push({
        type: 'Feature',
        geometry: { type: 'MultiLineString', coordinates: mergeLines(arcs) },
        properties: {
          pair,
          from: date,
          until,
          fromDay: daysBetween(timeline.start, date),
          untilDay: until === null ? null : daysBetween(timeline.start, until),
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
