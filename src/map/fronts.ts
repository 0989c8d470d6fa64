// The front lines (map.json's, as in frontlines.geojson) count their days from the whole timeline's start; an embed's window
// starts later. The lines are given the slider's days here, once, from their dates, so the
// map's filter and the day painter use one numbering and nothing passes an offset along.
import type { MapShapes } from '../../geo/src/contract';
import type { ControlIndex } from '../model/control';

type Fronts = MapShapes['fronts'];

export function frontsOnIndex(fronts: Fronts, index: ControlIndex | null): Fronts {
  if (!index) return fronts;
  return {
    ...fronts,
    features: fronts.features.map((f) => ({
      ...f,
      properties: { ...f.properties, fromDay: index.day(f.properties.from), untilDay: f.properties.until === null ? null : index.day(f.properties.until) },
    })),
  };
}
