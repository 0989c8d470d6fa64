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

export const MAP_COLOURS = {
  background: '#f1ede4',
  outline: '#ffffff',
  text: '#1f262c',
  halo: '#f8f6f1',
  front: '#111111',
  frontCasing: '#ffffff',
  changed: '#111111',
  selected: '#1f262c',
} as const;

/** `#rrggbb` → [r, g, b]. */
export function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** What a fill of `hex` at FILL_OPACITY looks like over the background: what a test reads back. */
export function renderedFill(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex);
  const [br, bg, bb] = rgb(MAP_COLOURS.background);
  const mix = (c: number, base: number) => Math.round(c * FILL_OPACITY + base * (1 - FILL_OPACITY));
  return [mix(r, br), mix(g, bg), mix(b, bb)];
}
