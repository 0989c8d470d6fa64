// The map component's hooks, one concern each (src/map/MapView.tsx puts them together):
// making the map, knowing when its sources are in, the pointer, the keyboard's centre,
// the reader's own moves, the language, the theme, the day and the opened district.
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  Map as MapLibreMap,
  NavigationControl,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type ErrorEvent,
} from 'maplibre-gl';
import { embedStrings } from '../embed/strings';
import { strings, type Lang } from '../i18n';
import { isolateText } from '../model/bidi';
import type { ControlIndex } from '../model/control';
import type { View } from '../url/state';
import { DayPainter } from './dayPainter';
import { markImages } from './marks';
import { mapColours, type ResolvedTheme } from './palette';
import type { Bounds } from './shapes';
import {
  DAY_STATE,
  DOTS_IMAGE,
  HATCH_IMAGE,
  LANG_STATE,
  NEIGHBOURHOODS_SOURCE,
  PICKABLE,
  STATE,
  THEMED_PAINT,
  buildStyle,
  dotsImage,
  drawnOnSomeDay,
  hatchImage,
  laterLayers,
  type MapFiles,
} from './style';

declare global {
  interface Window {
    /** The live map: for end-to-end tests, the console, and the PNG download (which reads its canvas). */
    __map?: MapLibreMap;
  }
}

/** User Timing names: the mark is set where a date is chosen (App), the measure when the map has it. */
export const DAY_INPUT_MARK = 'aleppo:day-input';
export const DAY_UPDATE_MEASURE = 'aleppo:day-update';

const ON_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** The help MapLibre shows when cooperative gestures hold the map still. */
export function gestureLocale(lang: Lang): Record<string, string> {
  const t = embedStrings[lang];
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t.coopWindows,
    'CooperativeGesturesHandler.MacHelpText': t.coopMac,
    'CooperativeGesturesHandler.MobileHelpText': t.coopMobile,
  };
}

/** Room for the cards over the map, measured, so the first view of the city is not under them. */
export function cardPadding(): { top: number; bottom: number; left: number; right: number } {
  const width = window.innerWidth;
  const height = window.innerHeight;
  const pad = { top: 16, bottom: 16, left: 16, right: 16 };
  for (const card of document.querySelectorAll('.overlay > *')) {
    const r = card.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.width > width * 0.8) {
      // Full-width cards (the time bar, the phone's intro) take a top or bottom band.
      // By its middle: a phone's district sheet starts above the screen's middle but is a bottom band.
      if (r.height > 0 && r.top + r.height / 2 > height / 2) pad.bottom = Math.max(pad.bottom, height - r.top + 8);
      else if (r.height > 0) pad.top = Math.max(pad.top, r.bottom + 8);
      continue;
    }
    if (r.left + r.width / 2 < width / 2) pad.left = Math.max(pad.left, r.right + 8);
    else pad.right = Math.max(pad.right, width - r.left + 8);
  }
  // Never so much that nothing is left for the map.
  if (pad.left + pad.right > width - 120) pad.left = pad.right = 16;
  if (pad.top + pad.bottom > height - 120) pad.top = pad.bottom = 16;
  return pad;
}

export interface CreateOptions {
  files: MapFiles | null;
  /** The day's colours: which shapes the pattern and changed-ring layers need to draw (style.ts). */
  index: ControlIndex | null;
  lang: Lang;
  /** The day shown first: the front lines' filter is laid out for it from the start. */
  day: number;
  theme: ResolvedTheme;
  cooperative: boolean;
  reducedMotion: boolean;
  /** The link's view, else the frame fitted clear of the cards. */
  initialView: View | null;
  frame: Bounds | null;
}

/**
 * The map, made once, as soon as its files are in: with its first view already framed, so
 * nothing is laid out twice. Everything later goes through the other hooks. `complete`: the
 * layers the first paint does without (style.ts laterLayers) are on the map too.
 */
export function useMapInstance(
  container: RefObject<HTMLDivElement | null>,
  options: CreateOptions,
): { map: MapLibreMap | null; styled: boolean; complete: boolean } {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  /** The style (and so its sources) is in: feature-state can be written before any tile is laid out. */
  const [styled, setStyled] = useState(false);
  const [complete, setComplete] = useState(false);
  const made = useRef(false);
  // The later layers take the theme of the moment they are added.
  const latestTheme = useRef(options.theme);
  latestTheme.current = options.theme;
  // A layout effect: the map is made in the same task as the render that brings its files,
  // not after the page's next paint (a frame or more later on a slow machine).
  useLayoutEffect(() => {
    const { files, index, lang, day, theme, cooperative, reducedMotion, initialView, frame } = options;
    if (made.current || !container.current || !files) return;
    made.current = true;
    // For bench/waterfall.ts (User Timing: no cost unless read).
    performance.mark('aleppo:map-made');
    const padding = cardPadding();
    const drawn = drawnOnSomeDay(index, files.neighbourhoods.features.map((f) => f.properties.id));
    const instance = new MapLibreMap({
      container: container.current,
      style: buildStyle({
        files,
        drawn,
        baseUrl: document.baseURI,
        reducedMotion,
        colours: mapColours(theme),
      }),
      cooperativeGestures: cooperative,
      locale: gestureLocale(lang),
      // The first day too: set later, it would lay the front lines' tiles out again.
      globalState: { [LANG_STATE]: lang, [DAY_STATE]: day },
      ...(initialView
        ? { center: [initialView.lon, initialView.lat] as [number, number], zoom: initialView.zoom }
        : { bounds: frame ?? ALEPPO_BOUNDS, fitBoundsOptions: { padding } }),
      maxBounds: [
        [36.9, 36.0],
        [37.45, 36.4],
      ],
      maxZoom: 17,
      fadeDuration: reducedMotion ? 0 : 300,
      // Credits are shown by the page itself.
      attributionControl: false,
      // No rotation: north stays up, and the keyboard's arrows only pan.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    instance.touchZoomRotate.disableRotation();
    instance.keyboard.disableRotation();
    instance.addControl(new NavigationControl({ showCompass: false }));
    // The hatch for contested areas is drawn in code, not fetched; added
    // before any tile is laid out so every tile has it.
    instance.addImage(HATCH_IMAGE, hatchImage(), { pixelRatio: 2 });
    instance.addImage(DOTS_IMAGE, dotsImage(), { pixelRatio: 2 });
    // Once the reader sees the map: the rings, the focus ring, the landmarks and their signs.
    instance.once('idle', () => {
      for (const { mark, image, pixelRatio } of markImages()) instance.addImage(mark, image, { pixelRatio });
      for (const { layer, before } of laterLayers({ drawn, colours: mapColours(latestTheme.current) })) instance.addLayer(layer, before);
      setComplete(true);
    });
    // The cards' sizes settle once the page's fonts are in: should the room they leave have
    // changed (a phone's bar wrapping), frame again, unless the reader has moved the map already.
    let moved = false;
    instance.on('movestart', (event) => {
      if (event.originalEvent) moved = true;
    });
    void document.fonts.ready.then(() => {
      if (moved || initialView || window.__map !== instance) return;
      const now = cardPadding();
      const sides = ['top', 'bottom', 'left', 'right'] as const;
      if (sides.every((side) => Math.abs(now[side] - padding[side]) <= 8)) return;
      instance.fitBounds(frame ?? ALEPPO_BOUNDS, { padding: now, animate: false });
    });
    // Listened to here, at once: the style may be in before the next render (or even now).
    const whenStyled = () => {
      if (!instance.getSource(NEIGHBOURHOODS_SOURCE)) return;
      instance.off('styledata', whenStyled);
      instance.off('sourcedata', whenStyled);
      performance.mark('aleppo:style-loaded');
      setStyled(true);
    };
    instance.on('styledata', whenStyled);
    instance.on('sourcedata', whenStyled);
    whenStyled();
    window.__map = instance;
    setMap(instance);
    return () => {
      instance.remove();
      if (window.__map === instance) delete window.__map;
    };
  }, [options.files]);
  return { map, styled, complete };
}

/** The city, with a little margin around the outermost neighbourhoods (no frame: every shape). */
const ALEPPO_BOUNDS: Bounds = [
  [37.08, 36.13],
  [37.27, 36.285],
];

/** `onError` when the shapes cannot be drawn. */
export function useMapErrors(map: MapLibreMap | null, onError: () => void): void {
  useEffect(() => {
    if (!map) return;
    // Listening to `error` silences MapLibre's own logging, so log here too.
    const onMapError = (event: ErrorEvent & { sourceId?: string }) => {
      console.error(event.error);
      if (event.sourceId === NEIGHBOURHOODS_SOURCE) onError();
    };
    map.on('error', onMapError);
    return () => {
      map.off('error', onMapError);
    };
  }, [map]);
}

export interface Tip {
  x: number;
  y: number;
  id: string;
}

export function featureId(feature: MapGeoJSONFeature | undefined): string | null {
  const id = feature?.properties?.id ?? feature?.id;
  return id === undefined || id === null ? null : String(id);
}

/** One ring at a time for the pointer and the keyboard's centre. */
export function useHoverRing(map: MapLibreMap | null): (id: string | null) => void {
  const hovered = useRef<string | null>(null);
  return (id: string | null) => {
    if (!map || id === hovered.current) return;
    if (hovered.current) map.setFeatureState({ source: NEIGHBOURHOODS_SOURCE, id: hovered.current }, { [STATE.hover]: false });
    hovered.current = id;
    if (id) {
      map.setFeatureState({ source: NEIGHBOURHOODS_SOURCE, id }, { [STATE.hover]: true });
    }
  };
}

/** Hover: name and controller beside the pointer, a ring on the shape; a click selects. */
export function usePointer(
  map: MapLibreMap | null,
  setHover: (id: string | null) => void,
  setTip: (tip: Tip | null) => void,
  onSelect: RefObject<(id: string) => void>,
): void {
  useEffect(() => {
    if (!map) return;
    const onMove = (event: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
      const id = featureId(event.features?.[0]);
      setHover(id);
      map.getCanvas().style.cursor = id ? 'pointer' : '';
      setTip(id ? { x: event.point.x, y: event.point.y, id } : null);
    };
    const onLeave = () => {
      setHover(null);
      map.getCanvas().style.cursor = '';
      setTip(null);
    };
    const onClick = (event: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
      const id = featureId(event.features?.[0]);
      if (id) onSelect.current(id);
    };
    for (const layer of PICKABLE) {
      map.on('mousemove', layer, onMove);
      map.on('mouseleave', layer, onLeave);
      map.on('click', layer, onClick);
    }
    return () => {
      for (const layer of PICKABLE) {
        map.off('mousemove', layer, onMove);
        map.off('mouseleave', layer, onLeave);
        map.off('click', layer, onClick);
      }
    };
  }, [map]);
}

export interface Described {
  name: string;
  controller: string;
}

/**
 * Keyboard: a crosshair, and the district under the centre of the map is the one Enter
 * opens, said to screen readers. Returns whether the keyboard is in use and what to say.
 */
export function useKeyboardCentre(
  map: MapLibreMap | null,
  setHover: (id: string | null) => void,
  setTip: (tip: Tip | null) => void,
  latest: RefObject<{ lang: Lang; describe: (id: string) => Described | null; onSelect: (id: string) => void }>,
): { keyboard: boolean; centreText: string } {
  const [keyboard, setKeyboard] = useState(false);
  const [centreText, setCentreText] = useState('');
  useEffect(() => {
    if (!map) return;
    const canvas = map.getCanvas();
    let focusedId: string | null = null;
    const findCentre = () => {
      const { width, height } = map.getContainer().getBoundingClientRect();
      const centre: [number, number] = [width / 2, height / 2];
      const id = featureId(map.queryRenderedFeatures(centre, { layers: PICKABLE })[0]);
      focusedId = id;
      setHover(id);
      setTip(id ? { x: centre[0], y: centre[1], id } : null);
      const described = id ? latest.current.describe(id) : null;
      const tt = strings[latest.current.lang];
      setCentreText(described ? tt.atCentre(isolateText(described.name), described.controller) : tt.nothingAtCentre);
    };
    const onFocus = () => {
      // Only a keyboard focus shows the crosshair, not a click on the map.
      if (!canvas.matches(':focus-visible')) return;
      setKeyboard(true);
      findCentre();
    };
    const onBlur = () => {
      setKeyboard(false);
      setCentreText('');
      setHover(null);
      canvas.style.cursor = '';
      setTip(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && focusedId) {
        event.preventDefault();
        latest.current.onSelect(focusedId);
      }
    };
    const onMoveEnd = () => {
      if (document.activeElement === canvas && canvas.matches(':focus-visible')) findCentre();
    };
    canvas.addEventListener('focus', onFocus);
    canvas.addEventListener('blur', onBlur);
    canvas.addEventListener('keydown', onKey);
    map.on('moveend', onMoveEnd);
    return () => {
      canvas.removeEventListener('focus', onFocus);
      canvas.removeEventListener('blur', onBlur);
      canvas.removeEventListener('keydown', onKey);
      map.off('moveend', onMoveEnd);
    };
  }, [map]);
  return { keyboard, centreText };
}

/** Only the reader's own moves go into the link, not the map's fitting itself to the city. */
export function useReaderView(map: MapLibreMap | null, onView: RefObject<(view: View) => void>): void {
  useEffect(() => {
    if (!map) return;
    let moved = false;
    const onStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) moved = true;
    };
    const onEnd = () => {
      if (!moved) return;
      const c = map.getCenter();
      onView.current({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
    };
    map.on('movestart', onStart);
    map.on('moveend', onEnd);
    return () => {
      map.off('movestart', onStart);
      map.off('moveend', onEnd);
    };
  }, [map]);
}

/** Names on the map in the page's language, and MapLibre's gesture help too (it writes it once). */
export function useMapLanguage(map: MapLibreMap | null, loaded: boolean, lang: Lang, cooperative: boolean): void {
  useEffect(() => {
    if (!map) return;
    map.getCanvas().setAttribute('aria-label', `${strings[lang].mapLabel}. ${strings[lang].mapKeysHint}`);
    if (loaded) map.setGlobalStateProperty(LANG_STATE, lang);
    if (!cooperative) return;
    const root = map.getContainer();
    const help = gestureLocale(lang);
    const desktop = root.querySelector('.maplibregl-desktop-message');
    const mobile = root.querySelector('.maplibregl-mobile-message');
    const os = ON_MAC ? 'Mac' : 'Windows';
    if (desktop) desktop.textContent = help[`CooperativeGesturesHandler.${os}HelpText`]!;
    if (mobile) mobile.textContent = help['CooperativeGesturesHandler.MobileHelpText']!;
  }, [map, loaded, lang, cooperative]);
}

/** A theme change repaints the paper, lines and names; the shapes stay. */
export function useMapTheme(map: MapLibreMap | null, loaded: boolean, theme: ResolvedTheme): void {
  const painted = useRef(theme);
  useEffect(() => {
    if (!map || !loaded || painted.current === theme) return;
    const colours = mapColours(theme);
    for (const [layer, property, key] of THEMED_PAINT) {
      // The later layers may not be in yet: they take the theme when they come.
      if (!map.getLayer(layer)) continue;
      map.setPaintProperty(layer, property as Parameters<MapLibreMap['setPaintProperty']>[1], colours[key]);
    }
    painted.current = theme;
  }, [map, theme, loaded]);
}

/**
 * The day on the map: the last step of a slider move (see TimeBar's onInput). A layout
 * effect, so the map gets the new day in the same task as the input that asked for it and
 * the next frame shows it. Returns the day painted (null: none yet).
 */
export function useDayPaint(map: MapLibreMap | null, loaded: boolean, index: ControlIndex | null, day: number): number | null {
  const painter = useRef<DayPainter | null>(null);
  const [painted, setPainted] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!map || !loaded || !index) return;
    if (!painter.current) painter.current = new DayPainter(map, index);
    painter.current.show(day);
    // Input to map updated, for bench/app.ts (User Timing: no cost unless read).
    if (performance.getEntriesByName(DAY_INPUT_MARK).length > 0) {
      performance.measure(DAY_UPDATE_MEASURE, DAY_INPUT_MARK);
      performance.clearMarks(DAY_INPUT_MARK);
    }
    setPainted(day);
  }, [map, index, day, loaded]);
  return painted;
}

const PANEL_SELECTOR = '.district-panel';
const PANEL_WAIT_FRAMES = 180;
/** The opened district: a ring, and brought into view when it is off screen. */
export function useSelected(map: MapLibreMap | null, loaded: boolean, selected: string | null, bounds: Bounds | undefined, reducedMotion: boolean): void {
  useEffect(() => {
    if (!map || !loaded || !selected) return;
    const target = { source: NEIGHBOURHOODS_SOURCE, id: selected };
    map.setFeatureState(target, { [STATE.selected]: true });
    // Whole and clear of the cards over the map, not only on the canvas: on a phone the
    // district's sheet covers the lower part of the map.
    const fit = () => {
      if (!bounds) return;
      const pad = cardPadding();
      const [sw, ne] = [map.project(bounds[0]), map.project(bounds[1])];
      const { clientWidth: w, clientHeight: h } = map.getCanvas();
      if (sw.x < pad.left || ne.x > w - pad.right || ne.y < pad.top || sw.y > h - pad.bottom) {
        map.fitBounds(bounds, { padding: pad, maxZoom: 14, animate: !reducedMotion });
      }
    };
    fit();
    // The panel is its own chunk: once it is laid out (a few frames on), fit again around it.
    let frame = 0;
    let frames = 0;
    const panelShown = () => {
      if (document.querySelector(PANEL_SELECTOR)) fit();
      else if (frames++ < PANEL_WAIT_FRAMES) frame = requestAnimationFrame(panelShown);
    };
    frame = requestAnimationFrame(panelShown);
    return () => {
      cancelAnimationFrame(frame);
      map.setFeatureState(target, { [STATE.selected]: false });
    };
  }, [map, selected, loaded, bounds !== undefined]);
}
