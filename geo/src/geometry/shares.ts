/**
 * Shares per change date: how many neighbourhoods, and how much of the drawn city (km²),
 * each side held, and how much of what the rebels held on the baseline date the regime has
 * taken. Areas are the shapes' own (geodesic, @turf/area), measured once.
 */
import { area } from '@turf/area';
import { CONTROLS, type Control, type Timeline } from '../timeline/types';
import { controlsByDate } from './controls';
import type { DayShares, SharesFile, Tally } from './frontTypes';
import type { CellCollection } from './types';

export function shareTable(shapes: CellCollection, timeline: Timeline): SharesFile {
  const ids = shapes.features.map((f) => f.id);
  const km2 = shapes.features.map((f) => area(f.geometry) / 1e6);
  // The baseline: every shape's controller on the timeline's start.
  const [baseline] = [...controlsByDate({ ...timeline, changeDates: [timeline.start] }, ids)];
  const rebelAtStart = baseline!.controls.map((c) => c === 'rebel');
  const baselineRebel = sum(km2.filter((_, i) => rebelAtStart[i]));

  const dates: Record<string, DayShares> = {};
  for (const { date, controls } of controlsByDate(timeline, ids)) {
    const tally = Object.fromEntries(CONTROLS.map((c) => [c, { count: 0, area_km2: 0 }])) as Tally;
    let taken = 0;
    controls.forEach((c: Control, i) => {
      tally[c].count++;
      tally[c].area_km2 += km2[i]!;
      if (c === 'regime' && rebelAtStart[i]) taken += km2[i]!;
    });
    for (const c of CONTROLS) tally[c].area_km2 = round(tally[c].area_km2, 4);
    dates[date] = { tally, regimeShareOfBaselineRebelArea: baselineRebel > 0 ? round(taken / baselineRebel, 4) : 0 };
  }
  return { start: timeline.start, end: timeline.end, baselineRebelArea_km2: round(baselineRebel, 4), dates };
}

function sum(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
