/**
 * The timeline: who held each neighbourhood on each day, and why. The contract between the
 * timeline stage, the geometry stage (control areas, front lines, shares) and the map.
 */
import type { Controller } from '../events/types';

/** What a period can say: a side, contested, or nothing known (no baseline, no event). */
export type Control = Controller | 'unknown';

export const CONTROLS: readonly Control[] = ['regime', 'rebel', 'kurdish', 'contested', 'unknown'];

/**
 * How well a period's colour is supported, strongest first: `confirmed` by two independent
 * outlets or an editor; `single`: one source; `inferred` from a claim about a whole area or a
 * retrospective bound ("retaken in recent weeks"); `baseline`: the 2016-09-15 reference alone.
 */
export type Tier = 'confirmed' | 'single' | 'inferred' | 'baseline';
export const TIERS: readonly Tier[] = ['confirmed', 'single', 'inferred', 'baseline'];

export interface Period {
  /** First day of the period (ISO date); it lasts until the next period's `from`, or the timeline's end. */
  from: string;
  controller: Control;
  /** Ids of the events behind this period (events.json), the deciding one first; empty for the baseline. */
  events: string[];
  /** Set when the period rests on the 2016-09-15 baseline rather than an event. */
  baseline?: true;
  /** Set when sources disagree or a statement contradicts the period: shown in the review and the panel. */
  flags?: string[];
  /** How well the period is supported (see Tier); buildTimeline always sets it. */
  tier?: Tier;
  /**
   * Why the tier is `inferred`: from a report about an area that holds it, a "no later than"
   * bound, or districts of the other side surrounding it (encircled.ts).
   */
  basis?: 'area' | 'bounded' | 'encircled';
  /** The last day within the period on which any source spoke of the place (a capture, a statement). */
  lastReported?: string;
}

export interface Timeline {
  /** The baseline date. */
  start: string;
  /** The day after the last event, or the configured end. */
  end: string;
  /** Every located or unlocated neighbourhood of the gazetteer, sorted by id. */
  neighbourhoods: Record<string, Period[]>;
  /** The dates on which any neighbourhood's control changes, plus `start`; ascending. */
  changeDates: string[];
}

/** One row of the 2016-09-15 control baseline (geo/editorial/baseline-*.csv). */
export interface BaselineEntry {
  neighbourhood: string;
  controller: Controller;
  confidence: string;
  sources: string[];
}
