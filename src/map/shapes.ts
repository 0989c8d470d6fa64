// What the page needs to know about the shapes it never touches again once
// the map has them: each one's extent (to bring an opened district into view)
// and whether any is approximate (the note on the map).
import type { MapShapes } from '../../geo/src/contract';

export type Bounds = [[number, number], [number, number]];

export interface ShapeInfo {
  bounds: Map<string, Bounds>;
  /** Around every shape. */
  extent: Bounds | null;
  /** Some shapes are generated, not surveyed. */
  approximate: boolean;
}

function extend(b: Bounds | undefined, [lon, lat]: readonly number[]): Bounds {
  if (lon === undefined || lat === undefined) return b ?? [[0, 0], [0, 0]];
  if (!b) return [[lon, lat], [lon, lat]];
  return [
    [Math.min(b[0][0], lon), Math.min(b[0][1], lat)],
    [Math.max(b[1][0], lon), Math.max(b[1][1], lat)],
  ];
}

function positions(geometry: { type: string; coordinates: unknown }): number[][] {
  switch (geometry.type) {
    case 'Polygon':
      return (geometry.coordinates as number[][][]).flat();
    case 'MultiPolygon':
      return (geometry.coordinates as number[][][][]).flat(2);
    default:
      return [];
  }
}

export function shapeInfo(data: MapShapes['neighbourhoods']): ShapeInfo {
  const bounds = new Map<string, Bounds>();
  let approximate = false;
  for (const feature of data.features) {
    const props = feature.properties as { id?: string; approximate?: boolean };
    const id = props.id ?? String(feature.id);
    if (props.approximate === true) approximate = true;
    let b: Bounds | undefined;
    for (const p of positions(feature.geometry)) b = extend(b, p);
    if (b) bounds.set(id, b);
  }
  let extent: Bounds | undefined;
  for (const b of bounds.values()) extent = extend(extend(extent, b[0]), b[1]);
  return { bounds, extent: extent ?? null, approximate };
}

/** Around the shapes of `ids` (those the map has); null when it has none of them. */
export function boundsOf(info: ShapeInfo, ids: readonly string[]): Bounds | null {
  let around: Bounds | undefined;
  for (const id of ids) {
    const b = info.bounds.get(id);
    if (b) around = extend(extend(around, b[0]), b[1]);
  }
  return around ?? null;
}
