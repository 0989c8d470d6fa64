/**
 * A local metric projection for area and distance maths around Aleppo: equirectangular,
 * true to scale along the 36.2°N parallel. Across the city (±0.15° of latitude) its area
 * error stays under 0.4 %, far below what the approximate cells claim.
 */
export type LonLat = [number, number];
/** Metres east and north of the projection's origin. */
export type XY = [number, number];

export const ORIGIN: LonLat = [37.15, 36.2];
const EARTH_RADIUS = 6_371_008.8;
const RAD = Math.PI / 180;
const KX = EARTH_RADIUS * RAD * Math.cos(ORIGIN[1] * RAD);
const KY = EARTH_RADIUS * RAD;

export function toLocal([lon, lat]: LonLat): XY {
  return [(lon - ORIGIN[0]) * KX, (lat - ORIGIN[1]) * KY];
}

export function toLonLat([x, y]: XY): LonLat {
  return [ORIGIN[0] + x / KX, ORIGIN[1] + y / KY];
}

/** Rounded to 5 decimals (about a metre), the precision the output files carry. */
export function roundLonLat([lon, lat]: LonLat): LonLat {
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}
