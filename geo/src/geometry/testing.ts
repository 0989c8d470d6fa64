/** Hand-made shapes and timelines for the geometry tests and the benchmark. */
import type { Control, Period, Timeline } from '../timeline/types';
import type { LonLat } from './projection';
import type { CellCollection, CellFeature } from './types';

/** A square from its south-west corner, `d` degrees a side, as a cell with id `id`. */
export function squareCell(id: string, [lon, lat]: LonLat, d: number, dLat = d): CellFeature {
  const ring: LonLat[] = [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + dLat],
    [lon, lat + dLat],
    [lon, lat],
  ].map(([x, y]) => [Math.round(x! * 1e5) / 1e5, Math.round(y! * 1e5) / 1e5]);
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: { id, name_en: id, name_fr: id, name_ar: '', kind: 'residential', area_km2: 0, approximate: true },
  };
}

/** `rows` × `cols` squares of `d` degrees from `origin` (south-west); ids r{row}c{col}, row 0 northmost. */
export function squareGrid(rows: number, cols: number, d = 0.01, origin: LonLat = [37.1, 36.15]): CellCollection {
  const features: CellFeature[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) features.push(squareCell(`r${r}c${c}`, [origin[0] + c * d, origin[1] + (rows - 1 - r) * d], d));
  }
  return { type: 'FeatureCollection', features };
}

/**
 * A timeline from what changes on each date: `changes[date][id]` is the controller from
 * that date. The first date is the start; the end is the day after the last date.
 */
export function timelineOf(changes: Record<string, Record<string, Control>>): Timeline {
  const dates = Object.keys(changes).sort();
  const neighbourhoods: Record<string, Period[]> = {};
  for (const date of dates) {
    for (const [id, controller] of Object.entries(changes[date]!)) {
      const periods = (neighbourhoods[id] ??= []);
      if (periods[periods.length - 1]?.controller === controller) continue;
      periods.push(date === dates[0] ? { from: date, controller, events: [], baseline: true } : { from: date, controller, events: [`test-${date}-${id}`] });
    }
  }
  const last = dates[dates.length - 1]!;
  const end = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { start: dates[0]!, end, neighbourhoods, changeDates: dates };
}
