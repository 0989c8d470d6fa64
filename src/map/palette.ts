// Controller colours, from Okabe & Ito's colour-blind-safe set (orange, yellow), a deeper blue
// and Tol's wine, chosen so the sides also differ in lightness: in greyscale rebels (blue) and
// contested (wine, always hatched) are dark, regime (orange) light, Kurdish forces (yellow)
// lightest. Even a paler (weak) rebel fill stays darker than a full regime one. Regime and rebels stay apart
// under protanopia, deuteranopia, tritanopia and achromatopsia (test/e2e/vision.test.ts checks
// the rendered pixels); contested is also hatched, so it never rests on colour alone.
import type { Control } from '../../geo/src/contract';

export const CONTROL_COLOURS: Record<Control, string> = {
  regime: '#E69F00',
  rebel: '#00508A',
  kurdish: '#F0E442',
  contested: '#882255',
  unknown: '#BDBDBD',
};

/** How opaque the fills are over the map's paper background. */
export const FILL_OPACITY = 0.72;
/** A colour resting on an inference or the baseline alone is drawn paler (confidence tiers). */
export const WEAK_FILL_OPACITY = 0.5;
/** The contested hatch's stripes: light, so they show on the dark wine fill. */
export const HATCH_RGBA: [number, number, number, number] = [255, 255, 255, 190];

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
export function renderedFill(hex: string, theme: ResolvedTheme = 'light', weak = false): [number, number, number] {
  const [r, g, b] = rgb(hex);
  const [br, bg, bb] = rgb(mapColours(theme).background);
  const alpha = weak ? WEAK_FILL_OPACITY : FILL_OPACITY;
  const mix = (c: number, base: number) => Math.round(c * alpha + base * (1 - alpha));
  return [mix(r, br), mix(g, bg), mix(b, bb)];
}
