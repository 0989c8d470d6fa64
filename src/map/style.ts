// The map style, shipped with the app: no tiles, no glyph server, no sprite.
// Everything the map draws comes from this file, the project's own data and
// the bundled fonts.
import type {
  ExpressionSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { DEFAULT_LANG } from '../i18n';
import { LABEL_FONT, labelFontFaces } from './fonts';

export const NEIGHBOURHOODS_SOURCE = 'neighbourhoods';
export const NEIGHBOURHOOD_CIRCLES = 'neighbourhood-circles';
export const NEIGHBOURHOOD_LABELS = 'neighbourhood-labels';

/** Global-state key holding the language labels are written in. */
export const LANG_STATE = 'lang';

export const colours = {
  background: '#f1ede4',
  circle: '#6b7f8e',
  circleOutline: '#3d4b56',
  text: '#1f262c',
  halo: '#f8f6f1',
} as const;

// Web Mercator metres per pixel at zoom 0 on the equator, and at Aleppo's
// latitude (36.2°N) which the whole map stays close to.
const METRES_PER_PIXEL_Z0 = 156_543.034 * Math.cos((36.2 * Math.PI) / 180);

/**
 * Circle radius in pixels at `zoom` for a disc of `area_km2`: the radius of a
 * disc with that area, so circles show neighbourhoods at true size. Radius
 * doubles at each zoom level, hence the exponential interpolation below.
 */
function radiusAtZoom(zoom: number): ExpressionSpecification {
  const metresPerPixel = METRES_PER_PIXEL_Z0 / 2 ** zoom;
  const pixelsPerSqrtKm2 = 1000 / Math.sqrt(Math.PI) / metresPerPixel;
  return ['*', ['sqrt', ['get', 'area_km2']], pixelsPerSqrtKm2];
}

/** The neighbourhood's name in the language held in global state. */
const labelText: ExpressionSpecification = [
  'coalesce',
  [
    'match',
    ['global-state', LANG_STATE],
    'ar', ['get', 'name_ar'],
    'en', ['get', 'name_en'],
    ['get', 'name_fr'],
  ],
  ['get', 'name_en'],
];

export interface StyleOptions {
  /** Absolute URL of neighbourhoods.geojson. */
  neighbourhoodsUrl: string;
  /** The page's URL, against which bundled font files are resolved. */
  baseUrl: string;
}

export function buildStyle({ neighbourhoodsUrl, baseUrl }: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Aleppo front lines',
    state: { [LANG_STATE]: { default: DEFAULT_LANG } },
    'font-faces': labelFontFaces(baseUrl),
    sources: {
      [NEIGHBOURHOODS_SOURCE]: {
        type: 'geojson',
        data: neighbourhoodsUrl,
        promoteId: 'id',
      },
    },
    layers: [
      {
        id: 'background',
        type: 'background',
        paint: { 'background-color': colours.background },
      },
      {
        id: NEIGHBOURHOOD_CIRCLES,
        type: 'circle',
        source: NEIGHBOURHOODS_SOURCE,
        // Big neighbourhoods underneath, so small ones stay visible on top.
        layout: { 'circle-sort-key': ['-', ['get', 'area_km2']] },
        paint: {
          'circle-radius': [
            'interpolate', ['exponential', 2], ['zoom'],
            10, radiusAtZoom(10),
            18, radiusAtZoom(18),
          ],
          'circle-color': colours.circle,
          'circle-opacity': 0.35,
          'circle-stroke-color': colours.circleOutline,
          'circle-stroke-width': 1,
          'circle-stroke-opacity': 0.6,
        },
      },
      {
        id: NEIGHBOURHOOD_LABELS,
        type: 'symbol',
        source: NEIGHBOURHOODS_SOURCE,
        layout: {
          'text-field': labelText,
          'text-font': [LABEL_FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 11, 11, 15, 15],
          'text-max-width': 8,
          // Larger neighbourhoods win label collisions.
          'symbol-sort-key': ['-', ['get', 'area_km2']],
        },
        paint: {
          'text-color': colours.text,
          'text-halo-color': colours.halo,
          'text-halo-width': 1.5,
        },
      },
    ],
  };
}
