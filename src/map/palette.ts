// Controller colours: regime terracotta, rebels navy, Kurdish forces lemon, contested Tol's wine
// (striped), unknown light grey (dotted). Chosen, with the two opacities, so that every two
// holders' fills, full or pale (inferred / baseline), stay at least 10 CIEDE2000 apart in normal
// vision, greyscale, protanopia, deuteranopia and tritanopia, on the light and the dark paper;
// src/map/palette.test.ts measures it (simulated with Machado et al. 2009) and fails a palette
// that breaks it. Contested and unknown also carry a pattern, so they never rest on colour alone.
import type { Control } from '../../geo/src/contract';

export const CONTROL_COLOURS: Record<Control, string> = {
  regime: '#D36F4E',
  rebel: '#002054',
  kurdish: '#FBFF26',
  contested: '#882255',
  unknown: '#CCCCCC',
};

/**
 * Holders that also carry a pattern, so they never rest on colour alone: contested is striped,
 * unknown dotted (a grey that would otherwise match some pale fill in greyscale).
 */
export const PATTERNS: Partial<Record<Control, 'stripes' | 'dots'>> = { contested: 'stripes', unknown: 'dots' };

/** How opaque the fills are over the map's paper background. */
export const FILL_OPACITY = 0.84;
/** A colour resting on an inference or the baseline alone is drawn paler (confidence tiers). */
export const WEAK_FILL_OPACITY = 0.6;
/** The contested hatch's stripes: light, so they show on the dark wine fill. */
export const HATCH_RGBA: [number, number, number, number] = [255, 255, 255, 190];
/** The unknown dots: dark, so they show on the light grey fill in both themes. */
export const DOTS_RGBA: [number, number, number, number] = [40, 40, 40, 170];

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
