// frontlines.geojson counts its days from the whole timeline's start; an embed's window
// starts later. The lines are given the slider's days here, once, from their dates, so the
// map's filter and the day painter use one numbering and nothing passes an offset along.
import type { FrontLineCollection } from '../data';
import type { ControlIndex } from '../model/control';

export function frontsOnIndex(fronts: FrontLineCollection, index: ControlIndex | null): FrontLineCollection {
  if (!index) return fronts;
  return {
    ...fronts,
    features: fronts.features.map((f) => ({
      ...f,
      properties: { ...f.properties, fromDay: index.day(f.properties.from), untilDay: f.properties.until === null ? null : index.day(f.properties.until) },
    })),
  };
}
