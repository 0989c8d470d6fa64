// A still of the map for one day, as SVG: the fallback image of an embed (for
// feeds, AMP, newsletters, readers without JavaScript) and the oEmbed
// thumbnail. The same colours as the live map; no words, since the image's
// alt text and caption carry them, and the build has no fonts to draw them.
import type { Control } from '../../geo/src/timeline/types';
import type { FrontLineCollection, NeighbourhoodsFile } from '../data';
import { CONTROL_COLOURS, FILL_OPACITY, HATCH_RGBA, mapColours, type ResolvedTheme } from '../map/palette';

type Ring = [number, number][];

export interface SnapshotInput {
  shapes: NeighbourhoodsFile;
  /** Who held each neighbourhood that day (missing: unknown). */
  controllers: ReadonlyMap<string, Control>;
  /** Front lines shown that day (already filtered). */
  fronts: FrontLineCollection['features'];
  width: number;
  height: number;
  theme?: ResolvedTheme;
}

function polygonsOf(geometry: NeighbourhoodsFile['features'][number]['geometry']): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][];
  return [];
}

/** An equirectangular projection fitted to the shapes, with x squeezed by cos(latitude). */
function projector(shapes: NeighbourhoodsFile, width: number, height: number, margin: number) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of shapes.features) {
    for (const polygon of polygonsOf(f.geometry)) {
      for (const [x, y] of polygon[0] ?? []) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  const squeeze = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const k = Math.min((width - 2 * margin) / ((maxX - minX) * squeeze || 1), (height - 2 * margin) / (maxY - minY || 1));
  const ox = (width - (maxX - minX) * squeeze * k) / 2;
  const oy = (height - (maxY - minY) * k) / 2;
  return ([x, y]: [number, number]): string =>
    `${(ox + (x - minX) * squeeze * k).toFixed(1)} ${(oy + (maxY - y) * k).toFixed(1)}`;
}

export function snapshotSvg({ shapes, controllers, fronts, width, height, theme = 'light' }: SnapshotInput): string {
  const colours = mapColours(theme);
  const at = projector(shapes, width, height, 24);
  const ring = (points: Ring) => `M${points.map(at).join('L')}Z`;
  const fills: string[] = [];
  const contested: string[] = [];
  for (const f of shapes.features) {
    const control = controllers.get(f.properties.id) ?? 'unknown';
    const d = polygonsOf(f.geometry)
      .map((polygon) => polygon.map(ring).join(''))
      .join('');
    if (!d) continue;
    fills.push(`<path d="${d}" fill="${CONTROL_COLOURS[control]}"/>`);
    if (control === 'contested') contested.push(`<path d="${d}"/>`);
  }
  const lines = fronts
    .flatMap((f) => f.geometry.coordinates)
    .map((line) => `M${(line as [number, number][]).map(at).join('L')}`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="2" height="8" fill="rgb(${HATCH_RGBA.slice(0, 3).join(',')})" fill-opacity="${HATCH_RGBA[3] / 255}"/></pattern></defs>`,
    `<rect width="${width}" height="${height}" fill="${colours.background}"/>`,
    `<g fill-opacity="${FILL_OPACITY}" stroke="${colours.outline}" stroke-width="0.8">${fills.join('')}</g>`,
    // Contested areas hatched too, as on the live map.
    `<g fill="url(#hatch)">${contested.join('')}</g>`,
    lines
      ? `<path d="${lines}" fill="none" stroke="${colours.frontCasing}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>` +
        `<path d="${lines}" fill="none" stroke="${colours.front}" stroke-width="3.5" stroke-linejoin="round" stroke-linecap="round"/>`
      : '',
    `</svg>`,
  ].join('\n');
}
