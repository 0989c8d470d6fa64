// Controller colours, from Okabe & Ito's colour-blind-safe set: vermillion and
// blue stay apart under every common colour-vision deficiency; contested is
// also hatched on the map, so it never rests on hue alone.
import type { Control } from '../../geo/src/timeline/types';

export const CONTROL_COLOURS: Record<Control, string> = {
  regime: '#D55E00',
  rebel: '#0072B2',
  kurdish: '#F0E442',
  contested: '#CC79A7',
  unknown: '#BDBDBD',
};

/** How opaque the fills are over the map's paper background. */
export const FILL_OPACITY = 0.72;

export interface MapColours {
  background: string;
  outline: string;
  text: string;
  halo: string;
  front: string;
  frontCasing: string;
  changed: string;
  selected: string;
  /** The rim around the city (outline.geojson). */
  cityEdge: string;
}

export const MAP_COLOURS: MapColours = {
  background: '#f1ede4',
  outline: '#ffffff',
  text: '#1f262c',
  halo: '#f8f6f1',
  front: '#111111',
  frontCasing: '#ffffff',
  changed: '#111111',
  selected: '#1f262c',
  cityEdge: '#9c9384',
};

/**
 * Night paper: the controllers keep their hues (the legend stays true), the
 * lines and names turn light so they still stand out.
 */
export const DARK_MAP_COLOURS: MapColours = {
  background: '#171b1f',
  outline: '#0b0d0f',
  text: '#f2f2ef',
  halo: '#171b1f',
  front: '#f7f7f7',
  frontCasing: '#0b0d0f',
  changed: '#ffffff',
  selected: '#ffffff',
  cityEdge: '#5d646b',
};

export type ResolvedTheme = 'light' | 'dark';

export function mapColours(theme: ResolvedTheme): MapColours {
  return theme === 'dark' ? DARK_MAP_COLOURS : MAP_COLOURS;
}

/** `#rrggbb` → [r, g, b]. */
export function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** What a fill of `hex` at FILL_OPACITY looks like over the background: what a test reads back. */
export function renderedFill(hex: string, theme: ResolvedTheme = 'light'): [number, number, number] {
  const [r, g, b] = rgb(hex);
  const [br, bg, bb] = rgb(mapColours(theme).background);
  const mix = (c: number, base: number) => Math.round(c * FILL_OPACITY + base * (1 - FILL_OPACITY));
  return [mix(r, br), mix(g, bg), mix(b, bb)];
}
