// The map style, shipped with the app: no tiles, no glyph server, no sprite.
// Everything the map draws comes from this file, the project's own data and
// the bundled fonts.
//
// A date change never touches the shapes: fills read the controller from
// feature-state (set only for neighbourhoods that differ), the front lines
// are filtered by the day held in global state.
//
// The first paint draws the shapes, their colours (hatch and pale fills too), the
// front with its casing and the names; the changed-day rings, the landmarks' signs
// and the focus ring are added at the map's first idle (laterLayers). With software
// WebGL each new kind of drawing (dashed line, icon) compiles a shader and every
// layer adds to every tile's layout, which the first frames would otherwise wait for.
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { CONTROLS, type MapShapes } from '../../geo/src/contract';
import { DEFAULT_LANG } from '../i18n';
import type { ControlIndex } from '../model/control';
import { LABEL_FONT, labelFontFaces } from './fonts';
import { CONTROL_COLOURS, DOTS_RGBA, FILL_OPACITY, HATCH_RGBA, MAP_COLOURS, WEAK_FILL_OPACITY, type MapColours } from './palette';

export const NEIGHBOURHOODS_SOURCE = 'neighbourhoods';
export const FRONTLINES_SOURCE = 'frontlines';
export const CENTRES_SOURCE = 'centres';
export const OUTLINE_SOURCE = 'outline';
export const CITY_OUTLINE = 'city-outline';
export const NEIGHBOURHOOD_FILLS = 'neighbourhood-fills';
export const NEIGHBOURHOOD_HATCH = 'neighbourhood-contested-hatch';
export const NEIGHBOURHOOD_OUTLINES = 'neighbourhood-outlines';
export const NEIGHBOURHOOD_CHANGED = 'neighbourhood-changed';
export const NEIGHBOURHOOD_FOCUS = 'neighbourhood-focus';
export const NEIGHBOURHOOD_LABELS = 'neighbourhood-labels';
/** The Citadel and the airport: a sign and the name, placed before any other name. */
export const LANDMARK_LABELS = 'landmark-labels';
export const FRONT_CASING = 'front-casing';
export const FRONT_LINE = 'front-line';
/** Layers a pointer can pick a neighbourhood from. */
export const PICKABLE = [NEIGHBOURHOOD_FILLS];
export const HATCH_IMAGE = 'contested-hatch';
export const DOTS_IMAGE = 'unknown-dots';

/** Global-state key holding the language labels are written in. */
export const LANG_STATE = 'lang';
/** Global-state key holding the day shown, counted from the timeline's start. */
export const DAY_STATE = 'day';

/** Feature-state keys. */
export const STATE = {
  controller: 'controller',
  changed: 'changed',
  hover: 'hover',
  selected: 'selected',
  /** The colour rests on an inference or the baseline alone: a weaker fill (confidence tiers). */
  weak: 'weak',
} as const;

/** The neighbourhood's name in the language held in global state. */
const labelText: ExpressionSpecification = [
  'coalesce',
  ['match', ['global-state', LANG_STATE], 'ar', ['get', 'name_ar'], 'en', ['get', 'name_en'], ['get', 'name_fr']],
  ['get', 'name_en'],
];

const hasMark: ExpressionSpecification = ['has', 'mark'];

/**
 * Names never overlap one another (MapLibre's collision at every zoom): where two would,
 * the larger neighbourhood's name is placed first and the smaller one waits for a closer
 * zoom. Landmarks sit in a layer above, which MapLibre places before this one.
 */
const labelLayout: SymbolLayerSpecification['layout'] = {
  'text-field': labelText,
  'text-font': [LABEL_FONT],
  'text-size': ['interpolate', ['linear'], ['zoom'], 11, 11, 15, 15],
  'text-max-width': 8,
  'text-allow-overlap': false,
  'text-ignore-placement': false,
  'text-padding': 3,
  'symbol-sort-key': ['-', ['get', 'area_km2']],
};

const controller: ExpressionSpecification = ['coalesce', ['feature-state', STATE.controller], 'unknown'];

const controlColour: ExpressionSpecification = [
  'match',
  controller,
  ...CONTROLS.flatMap((c) => [c, CONTROL_COLOURS[c]]),
  CONTROL_COLOURS.unknown,
] as unknown as ExpressionSpecification;

const stateFlag = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** A front line from `fromDay` until the day before `untilDay` (null: to the end). */
const frontOnDay: FilterSpecification = [
  'all',
  ['<=', ['get', 'fromDay'], ['global-state', DAY_STATE]],
  ['<', ['global-state', DAY_STATE], ['coalesce', ['get', 'untilDay'], 1e9]],
];

/** A line of the day's front, `width11` px wide at zoom 11 and `width15` at zoom 15. */
function frontLayer(id: string, colour: string, width11: number, width15: number): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source: FRONTLINES_SOURCE,
    filter: frontOnDay,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': colour, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, width11, 15, width15] },
  };
}

const isPolygon: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];

const EMPTY: GeoJSONSourceSpecification['data'] = { type: 'FeatureCollection', features: [] };
/** The pipeline's collections are GeoJSON with typed properties. */
const asData = (file: object) => file as GeoJSONSourceSpecification['data'];

/** What the map draws: map.json's shapes, centres (where names go) and city edge, decoded by the page, and the front lines. */
export interface MapFiles extends Omit<MapShapes, 'fronts'> {
  /** Days counted as the slider's (src/map/fronts.ts); null: none. */
  frontlines: MapShapes['fronts'] | null;
}

/**
 * The shapes that can show the contested or unknown pattern, or the "changed that day" ring, on
 * some day of the index's window. Those two layers are drawn for these shapes only: the others'
 * would be drawn fully transparent on every frame, and a frame costs per shape drawn (a lot, in
 * software rendering). Null: no timeline, every shape may be unknown.
 */
export interface DrawnOnSomeDay {
  hatched: readonly string[];
  changing: readonly string[];
}

export function drawnOnSomeDay(index: ControlIndex | null, shapeIds: readonly string[]): DrawnOnSomeDay | null {
  if (!index) return null;
  const hatched = new Set(shapeIds.filter((id) => !index.has(id)));
  for (let day = 0; day <= index.lastDay; day++) {
    index.controllersOn(day).forEach((c, i) => {
      if (c === 'contested' || c === 'unknown') hatched.add(index.ids[i]!);
    });
  }
  const changing = new Set(index.changeDays.flatMap((day) => index.changes(day).map((c) => c.id)));
  return { hatched: [...hatched], changing: [...changing] };
}

const onlyIds = (ids: readonly string[] | undefined): FilterSpecification =>
  ids ? ['all', isPolygon, ['in', ['get', 'id'], ['literal', [...ids]]]] : isPolygon;

export interface StyleOptions {
  files: MapFiles;
  /** drawnOnSomeDay's lists (absent: every shape in both layers). */
  drawn?: DrawnOnSomeDay | null;
  /** The page's URL, against which bundled font files are resolved. */
  baseUrl: string;
  /** Paint transitions off when the reader prefers reduced motion. */
  reducedMotion?: boolean;
  /** Paper, lines and names (light or dark); the controllers' colours never change. */
  colours?: MapColours;
}

export function buildStyle({
  files,
  drawn = null,
  baseUrl,
  reducedMotion = false,
  colours = MAP_COLOURS,
}: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Aleppo front lines',
    state: { [LANG_STATE]: { default: DEFAULT_LANG }, [DAY_STATE]: { default: 0 } },
    'font-faces': labelFontFaces(baseUrl),
    transition: reducedMotion ? { duration: 0, delay: 0 } : { duration: 150, delay: 0 },
    sources: {
      [NEIGHBOURHOODS_SOURCE]: { type: 'geojson', data: asData(files.neighbourhoods), promoteId: 'id' },
      // Names at the centre points: one per neighbourhood, even one in several parts.
      [CENTRES_SOURCE]: { type: 'geojson', data: asData(files.centres) },
      [OUTLINE_SOURCE]: { type: 'geojson', data: asData(files.outline) },
      [FRONTLINES_SOURCE]: { type: 'geojson', data: files.frontlines ? asData(files.frontlines) : EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': colours.background } },
      {
        // The city's edge, under the fills: half of it shows outside as a rim, so the
        // districts read as one city and not as loose pieces.
        id: CITY_OUTLINE,
        type: 'line',
        source: OUTLINE_SOURCE,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colours.cityEdge, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 4, 15, 10] },
      },
      {
        id: NEIGHBOURHOOD_FILLS,
        type: 'fill',
        source: NEIGHBOURHOODS_SOURCE,
        filter: isPolygon,
        paint: { 'fill-color': controlColour, 'fill-opacity': ['case', stateFlag(STATE.weak), WEAK_FILL_OPACITY, FILL_OPACITY] },
      },
      {
        // Contested is hatched and unknown dotted as well as coloured, for readers who cannot
        // tell the hues apart (src/map/palette.test.ts: no grey stays clear of every pale fill in greyscale).
        id: NEIGHBOURHOOD_HATCH,
        type: 'fill',
        source: NEIGHBOURHOODS_SOURCE,
        filter: onlyIds(drawn?.hatched),
        paint: {
          // No edge pass: the outlines layer covers the edges, and the edge pass would be one
          // more shader to compile for the first frame.
          'fill-antialias': false,
          'fill-pattern': ['match', controller, 'unknown', DOTS_IMAGE, HATCH_IMAGE],
          'fill-opacity': ['match', controller, ['contested', 'unknown'], 0.9, 0],
        },
      },
      {
        id: NEIGHBOURHOOD_OUTLINES,
        type: 'line',
        source: NEIGHBOURHOODS_SOURCE,
        filter: isPolygon,
        paint: { 'line-color': colours.outline, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.5, 15, 1.5] },
      },
      // The day's front: a light casing under a strong line, so it reads on every fill.
      frontLayer(FRONT_CASING, colours.frontCasing, 5, 9),
      frontLayer(FRONT_LINE, colours.front, 2.5, 5),
      {
        id: NEIGHBOURHOOD_LABELS,
        type: 'symbol',
        source: CENTRES_SOURCE,
        filter: ['!', hasMark],
        layout: labelLayout,
        paint: {
          'text-color': colours.text,
          'text-halo-color': colours.halo,
          'text-halo-width': 1.5,
        },
      },
    ],
  };
}

/** A layer added after the first paint, and the layer it goes under (undefined: on top). */
export interface LaterLayer {
  layer: LayerSpecification;
  before?: string;
}

/**
 * What the first paint can do without, added at the map's first idle in one go (one more layout
 * of the tiles, after the reader already sees the map): the dashed rings of the day's changes
 * (under the front), the focus ring (under the names; there from then on, so the first hover
 * lays nothing out again) and the landmarks' signs and names (on top, placed before other names).
 */
export function laterLayers({ drawn = null, colours = MAP_COLOURS }: Pick<StyleOptions, 'drawn' | 'colours'>): LaterLayer[] {
  return [
    {
      // Neighbourhoods that changed hands on the day shown: a dark dashed ring.
      before: FRONT_CASING,
      layer: {
        id: NEIGHBOURHOOD_CHANGED,
        type: 'line',
        source: NEIGHBOURHOODS_SOURCE,
        filter: onlyIds(drawn?.changing),
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': colours.changed,
          'line-width': 2.5,
          'line-dasharray': [1.5, 1],
          'line-opacity': ['case', stateFlag(STATE.changed), 1, 0],
        },
      },
    },
    {
      // Hovered, keyboard-focused or opened: one solid ring on top of everything but names.
      before: NEIGHBOURHOOD_LABELS,
      layer: {
        id: NEIGHBOURHOOD_FOCUS,
        type: 'line',
        source: NEIGHBOURHOODS_SOURCE,
        filter: isPolygon,
        paint: {
          'line-color': colours.selected,
          'line-width': ['case', stateFlag(STATE.selected), 3.5, 2],
          'line-opacity': ['case', ['any', stateFlag(STATE.selected), stateFlag(STATE.hover)], 1, 0],
        },
      },
    },
    {
      layer: {
        id: LANDMARK_LABELS,
        type: 'symbol',
        source: CENTRES_SOURCE,
        filter: hasMark,
        layout: {
          ...labelLayout,
          'icon-image': ['get', 'mark'],
          'icon-allow-overlap': false,
          'text-anchor': 'top',
          'text-offset': [0, 0.9],
          // The sign stays when its name has no room.
          'text-optional': true,
          'text-font': [LABEL_FONT],
        },
        paint: {
          'text-color': colours.text,
          'text-halo-color': colours.halo,
          'text-halo-width': 1.5,
        },
      },
    },
  ];
}

/** Diagonal stripes for contested areas, drawn here rather than fetched as a sprite. */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = HATCH_RGBA[0];
      data[i + 1] = HATCH_RGBA[1];
      data[i + 2] = HATCH_RGBA[2];
      data[i + 3] = on ? HATCH_RGBA[3] : 0;
    }
  }
  return { width: size, height: size, data };
}

/** Sparse dark dots for unknown areas: one 2×2 dot per 8×8 tile, offset on alternate rows of tiles. */
export function dotsImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x < 2 && y < 2) || (x >= size / 2 && x < size / 2 + 2 && y >= size / 2 && y < size / 2 + 2);
      const i = (y * size + x) * 4;
      data.set([DOTS_RGBA[0], DOTS_RGBA[1], DOTS_RGBA[2], on ? DOTS_RGBA[3] : 0], i);
    }
  }
  return { width: size, height: size, data };
}

/** Which paint property of which layer each themed colour sets: a theme change is a few setPaintProperty calls. */
export const THEMED_PAINT: readonly [layer: string, property: string, colour: keyof MapColours][] = [
  ['background', 'background-color', 'background'],
  [NEIGHBOURHOOD_OUTLINES, 'line-color', 'outline'],
  [NEIGHBOURHOOD_CHANGED, 'line-color', 'changed'],
  [FRONT_CASING, 'line-color', 'frontCasing'],
  [FRONT_LINE, 'line-color', 'front'],
  [NEIGHBOURHOOD_FOCUS, 'line-color', 'selected'],
  [NEIGHBOURHOOD_LABELS, 'text-color', 'text'],
  [NEIGHBOURHOOD_LABELS, 'text-halo-color', 'halo'],
  [LANDMARK_LABELS, 'text-color', 'text'],
  [LANDMARK_LABELS, 'text-halo-color', 'halo'],
  [CITY_OUTLINE, 'line-color', 'cityEdge'],
];
