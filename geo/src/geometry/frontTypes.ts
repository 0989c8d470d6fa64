/**
 * Control areas, front lines and shares per change date: the geometry stage's output for the
 * map (frontlines.geojson, shares.json). Dates are ISO days; a feature valid from `from` until
 * the day before `until` (null: to the timeline's end), so the map shows a date by filter alone.
 */
import type { Control } from '../timeline/types';
import type { LonLat } from './projection';

/** The two sides of a front, in this fixed order. */
export type FrontPair = 'regime|rebel' | 'regime|kurdish' | 'rebel|kurdish';

export interface FrontLineProperties {
  pair: FrontPair;
  from: string;
  until: string | null;
  /** Days since the timeline's start, for cheap numeric filters in map expressions. */
  fromDay: number;
  untilDay: number | null;
}

export interface FrontLineFeature {
  type: 'Feature';
  geometry: { type: 'MultiLineString'; coordinates: LonLat[][] };
  properties: FrontLineProperties;
}

export interface FrontLineCollection {
  type: 'FeatureCollection';
  features: FrontLineFeature[];
}

/** Neighbourhood count and area (km², of the shapes drawn) per controller. */
export type Tally = Record<Control, { count: number; area_km2: number }>;

export interface DayShares {
  tally: Tally;
  /** Share (0..1) of the area the rebels held on the baseline date that the regime holds on this date. */
  regimeShareOfBaselineRebelArea: number;
}

export interface SharesFile {
  start: string;
  end: string;
  /** Area the rebels held on the baseline date, km². */
  baselineRebelArea_km2: number;
  /** By change date (the timeline's changeDates), ascending. */
  dates: Record<string, DayShares>;
}
