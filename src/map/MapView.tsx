import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  Map as MapLibreMap,
  NavigationControl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type MapMouseEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { dataUrl, type FrontLineCollection, type NeighbourhoodsFile } from '../data';
import { embedStrings } from '../embed/strings';
import { strings, type Lang } from '../i18n';
import { balanceBidi, isolateText } from '../model/bidi';
import type { ControlIndex } from '../model/control';
import type { View } from '../url/state';
import { DayPainter } from './dayPainter';
import { mapColours, type ResolvedTheme } from './palette';
import { markImages } from './marks';
import { boundsOf, shapeInfo, type ShapeInfo } from './shapes';
import {
  FRONTLINES_SOURCE,
  DOTS_IMAGE,
  HATCH_IMAGE,
  LANG_STATE,
  NEIGHBOURHOODS_SOURCE,
  PICKABLE,
  STATE,
  THEMED_PAINT,
  buildStyle,
  dotsImage,
  hatchImage,
} from './style';
import './worker';

declare global {
  interface Window {
    /** The live map: for end-to-end tests, the console, and the PNG download (which reads its canvas). */
    __map?: MapLibreMap;
  }
}

/** The city, with a little margin around the outermost neighbourhoods. */
const ALEPPO_BOUNDS: [[number, number], [number, number]] = [
  [37.08, 36.13],
  [37.27, 36.285],
];

type Status = 'loading' | 'ready' | 'error';

/** User Timing names: the mark is set where a date is chosen (App), the measure when the map has it. */
export const DAY_INPUT_MARK = 'aleppo:day-input';
export const DAY_UPDATE_MEASURE = 'aleppo:day-update';

const ON_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** The help MapLibre shows when cooperative gestures hold the map still. */
function gestureLocale(lang: Lang): Record<string, string> {
  const t = embedStrings[lang];
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t.coopWindows,
    'CooperativeGesturesHandler.MacHelpText': t.coopMac,
    'CooperativeGesturesHandler.MobileHelpText': t.coopMobile,
  };
}

/** Room for the cards over the map, measured, so the first view of the city is not under them. */
function cardPadding(): { top: number; bottom: number; left: number; right: number } {
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

export interface Described {
  name: string;
  controller: string;
}

export interface MapViewProps {
  lang: Lang;
  index: ControlIndex | null;
  /** Days from the whole timeline's start to the index's (an embed's window); the front lines count from the former. */
  frontDayOffset?: number;
  theme?: ResolvedTheme;
  /** Inside an article: scrolling goes to the page, zooming needs Ctrl/⌘ or two fingers. */
  cooperative?: boolean;
  day: number;
  frontlines: FrontLineCollection | null;
  selected: string | null;
  initialView: View | null;
  reducedMotion: boolean;
  describe: (id: string) => Described | null;
  onSelect: (id: string) => void;
  onView: (view: View) => void;
  onShapes: (info: ShapeInfo) => void;
  /**
   * The neighbourhoods the first view frames (the contested east), when the link gives no
   * view; null: every shape.
   */
  frame?: readonly string[] | null;
}

interface Tip {
  x: number;
  y: number;
  id: string;
}

function featureId(feature: MapGeoJSONFeature | undefined): string | null {
  const id = feature?.properties?.id ?? feature?.id;
  return id === undefined || id === null ? null : String(id);
}

export function MapView(props: MapViewProps) {
  const { lang, index, day, frontlines, selected, initialView, reducedMotion, theme = 'light', cooperative = false } = props;
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const painter = useRef<DayPainter | null>(null);
  const shapes = useRef<ShapeInfo | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [status, setStatus] = useState<Status>('loading');
  const [loaded, setLoaded] = useState(false);
  const [tip, setTip] = useState<Tip | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const [centreText, setCentreText] = useState('');
  const [paintedDay, setPaintedDay] = useState<number | null>(null);
  const [shapesReady, setShapesReady] = useState(false);
  /** The reader has moved the map: the first view is theirs now, never refitted. */
  const moved = useRef(false);
  const t = strings[lang];

  useEffect(() => {
    if (!container.current) return;
    const instance = new MapLibreMap({
      container: container.current,
      // Data lives beside the page (public/data), so the build works under any sub-path.
      style: buildStyle({
        neighbourhoodsUrl: dataUrl('neighbourhoods.geojson'),
        centresUrl: dataUrl('centres.geojson'),
        outlineUrl: dataUrl('outline.geojson'),
        baseUrl: document.baseURI,
        reducedMotion,
        colours: mapColours(theme),
      }),
      cooperativeGestures: cooperative,
      locale: gestureLocale(lang),
      globalState: { [LANG_STATE]: lang },
      ...(initialView
        ? { center: [initialView.lon, initialView.lat] as [number, number], zoom: initialView.zoom }
        : { bounds: ALEPPO_BOUNDS, fitBoundsOptions: { padding: cardPadding() } }),
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
    map.current = instance;
    window.__map = instance;

    // The hatch for contested areas is drawn in code, not fetched; added
    // before any tile is laid out so every tile has it.
    instance.addImage(HATCH_IMAGE, hatchImage(), { pixelRatio: 2 });
    instance.addImage(DOTS_IMAGE, dotsImage(), { pixelRatio: 2 });
    for (const { mark, image, pixelRatio } of markImages()) instance.addImage(mark, image, { pixelRatio });

    // Only the reader's own moves go into the link, not the map's fitting itself to the city.
    instance.on('movestart', (event) => {
      if (event.originalEvent) moved.current = true;
    });
    const onSourceData = () => {
      if (!instance.isSourceLoaded(NEIGHBOURHOODS_SOURCE)) return;
      instance.off('sourcedata', onSourceData);
      const source = instance.getSource<GeoJSONSource>(NEIGHBOURHOODS_SOURCE);
      source?.getData().then((data) => {
        shapes.current = shapeInfo(data as NeighbourhoodsFile);
        latest.current.onShapes(shapes.current);
        setShapesReady(true);
      });
      setLoaded(true);
    };
    instance.on('sourcedata', onSourceData);
    // Listening to `error` silences MapLibre's own logging, so log here too.
    instance.on('error', (event) => {
      console.error(event.error);
      if ('sourceId' in event && event.sourceId === NEIGHBOURHOODS_SOURCE) setStatus('error');
    });

    // Hover: name and controller beside the pointer; the shape gets a ring.
    let hovered: string | null = null;
    const setHover = (id: string | null) => {
      if (id === hovered) return;
      if (hovered) instance.setFeatureState({ source: NEIGHBOURHOODS_SOURCE, id: hovered }, { [STATE.hover]: false });
      hovered = id;
      if (id) instance.setFeatureState({ source: NEIGHBOURHOODS_SOURCE, id }, { [STATE.hover]: true });
    };
    const onMove = (event: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
      const id = featureId(event.features?.[0]);
      setHover(id);
      instance.getCanvas().style.cursor = id ? 'pointer' : '';
      setTip(id ? { x: event.point.x, y: event.point.y, id } : null);
    };
    const onLeave = () => {
      setHover(null);
      instance.getCanvas().style.cursor = '';
      setTip(null);
    };
    for (const layer of PICKABLE) {
      instance.on('mousemove', layer, onMove);
      instance.on('mouseleave', layer, onLeave);
      instance.on('click', layer, (event) => {
        const id = featureId(event.features?.[0]);
        if (id) latest.current.onSelect(id);
      });
    }

    // Keyboard: the district under the centre of the map is the one Enter opens.
    const canvas = instance.getCanvas();
    let focusedId: string | null = null;
    const findCentre = () => {
      const { width, height } = instance.getContainer().getBoundingClientRect();
      const centre: [number, number] = [width / 2, height / 2];
      const id = featureId(instance.queryRenderedFeatures(centre, { layers: PICKABLE })[0]);
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
      onLeave();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && focusedId) {
        event.preventDefault();
        latest.current.onSelect(focusedId);
      }
    };
    canvas.addEventListener('focus', onFocus);
    canvas.addEventListener('blur', onBlur);
    canvas.addEventListener('keydown', onKey);
    instance.on('moveend', () => {
      if (document.activeElement === canvas && canvas.matches(':focus-visible')) findCentre();
      if (!moved.current) return;
      const c = instance.getCenter();
      latest.current.onView({ zoom: instance.getZoom(), lat: c.lat, lon: c.lng });
    });

    return () => {
      canvas.removeEventListener('focus', onFocus);
      canvas.removeEventListener('blur', onBlur);
      canvas.removeEventListener('keydown', onKey);
      instance.remove();
      map.current = null;
      if (window.__map === instance) delete window.__map;
    };
    // The map is made once; everything else goes through state below.
  }, []);

  // No view in the link and the reader has not moved yet: frame the contested east (or
  // every shape), clear of the cards over the map, at whatever size the screen is.
  const frame = props.frame ?? null;
  useEffect(() => {
    const instance = map.current;
    const info = shapes.current;
    if (!instance || !info || initialView || moved.current) return;
    const bounds = (frame && boundsOf(info, frame)) ?? info.extent;
    if (bounds) instance.fitBounds(bounds, { padding: cardPadding(), animate: false });
  }, [shapesReady, frame]);

  // The canvas is MapLibre's; give it a name in the page's language.
  useEffect(() => {
    map.current?.getCanvas().setAttribute('aria-label', `${t.mapLabel}. ${t.mapKeysHint}`);
  }, [t]);

  useEffect(() => {
    const instance = map.current;
    if (!instance || !loaded) return;
    instance.setGlobalStateProperty(LANG_STATE, lang);
  }, [lang, loaded]);

  // MapLibre writes its gesture help once, in the first language: rewrite it on a change.
  useEffect(() => {
    const root = container.current;
    if (!root || !cooperative) return;
    const help = gestureLocale(lang);
    const desktop = root.querySelector('.maplibregl-desktop-message');
    const mobile = root.querySelector('.maplibregl-mobile-message');
    const os = ON_MAC ? 'Mac' : 'Windows';
    if (desktop) desktop.textContent = help[`CooperativeGesturesHandler.${os}HelpText`]!;
    if (mobile) mobile.textContent = help['CooperativeGesturesHandler.MobileHelpText']!;
  }, [lang, cooperative]);

  // A theme change repaints the paper, lines and names; the shapes stay.
  const paintedTheme = useRef(theme);
  useEffect(() => {
    const instance = map.current;
    if (!instance || !loaded || paintedTheme.current === theme) return;
    const colours = mapColours(theme);
    for (const [layer, property, key] of THEMED_PAINT) {
      instance.setPaintProperty(layer, property as Parameters<MapLibreMap['setPaintProperty']>[1], colours[key]);
    }
    paintedTheme.current = theme;
  }, [theme, loaded]);

  useEffect(() => {
    const instance = map.current;
    if (!instance || !loaded || !frontlines) return;
    // The only upload of the front lines: every date after this is a filter.
    void instance.getSource<GeoJSONSource>(FRONTLINES_SOURCE)?.setData(frontlines as GeoJSON.GeoJSON);
  }, [frontlines, loaded]);

  // A layout effect: the map gets the new day in the same task as the input
  // that asked for it, so the next frame shows it.
  useLayoutEffect(() => {
    const instance = map.current;
    if (!instance || !loaded) return;
    if (!index) {
      setStatus('ready');
      return;
    }
    if (!painter.current) painter.current = new DayPainter(instance, index, props.frontDayOffset ?? 0);
    painter.current.show(day);
    // Input to map updated, for bench/app.ts (User Timing: no cost unless read).
    if (performance.getEntriesByName(DAY_INPUT_MARK).length > 0) {
      performance.measure(DAY_UPDATE_MEASURE, DAY_INPUT_MARK);
      performance.clearMarks(DAY_INPUT_MARK);
    }
    setPaintedDay(day);
    setStatus('ready');
  }, [index, day, loaded]);

  // The opened district: a ring, and brought into view when it is off screen.
  useEffect(() => {
    const instance = map.current;
    if (!instance || !loaded || !selected) return;
    const target = { source: NEIGHBOURHOODS_SOURCE, id: selected };
    instance.setFeatureState(target, { [STATE.selected]: true });
    const bounds = shapes.current?.bounds.get(selected);
    if (bounds) {
      // Whole and clear of the cards over the map, not only on the canvas: on a phone the
      // district's sheet covers the lower part of the map.
      const pad = cardPadding();
      const [sw, ne] = [instance.project(bounds[0]), instance.project(bounds[1])];
      const { clientWidth: w, clientHeight: h } = instance.getCanvas();
      if (sw.x < pad.left || ne.x > w - pad.right || ne.y < pad.top || sw.y > h - pad.bottom) {
        instance.fitBounds(bounds, { padding: pad, maxZoom: 14, animate: !reducedMotion });
      }
    }
    return () => instance.setFeatureState(target, { [STATE.selected]: false });
  }, [selected, loaded, shapesReady]);

  const described = tip ? props.describe(tip.id) : null;

  return (
    <div class="map-wrap">
      <div
        ref={container}
        class="map"
        role="region"
        aria-label={t.mapLabel}
        data-ready={status === 'ready' ? 'true' : 'false'}
        data-day={paintedDay ?? ''}
      />
      {keyboard && <div class="crosshair" aria-hidden="true" />}
      <p class="sr-only" aria-live="polite">
        {centreText}
      </p>
      {described && tip && (
        <div class="map-tip" style={{ left: `${tip.x}px`, top: `${tip.y}px` }} aria-hidden="true">
          <strong>
            <bdi>{balanceBidi(described.name)}</bdi>
          </strong>
          <span>{described.controller}</span>
          {!keyboard && <span class="hint">{t.hoverHint}</span>}
        </div>
      )}
      {status !== 'ready' && (
        <p class="map-status" role="status">
          {status === 'error' ? t.dataError : t.loading}
        </p>
      )}
    </div>
  );
}
