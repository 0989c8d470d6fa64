import { useEffect, useRef, useState } from 'preact/hooks';
import { Map as MapLibreMap, NavigationControl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { dataUrl } from '../data';
import { strings, type Lang } from '../i18n';
import { LANG_STATE, NEIGHBOURHOODS_SOURCE, buildStyle } from './style';
import './worker';

declare global {
  interface Window {
    /** The live map, for end-to-end tests and for poking at it from the console. */
    __map?: MapLibreMap;
  }
}

/** The city, with a little margin around the outermost neighbourhoods. */
const ALEPPO_BOUNDS: [[number, number], [number, number]] = [
  [37.08, 36.13],
  [37.27, 36.285],
];

type Status = 'loading' | 'ready' | 'error';

export function MapView({ lang }: { lang: Lang }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const t = strings[lang];

  useEffect(() => {
    if (!container.current) return;
    // Data lives beside the page (public/data), so the build works under any sub-path.
    const neighbourhoodsUrl = dataUrl('neighbourhoods.geojson');
    const instance = new MapLibreMap({
      container: container.current,
      style: buildStyle({ neighbourhoodsUrl, baseUrl: document.baseURI }),
      globalState: { [LANG_STATE]: lang },
      bounds: ALEPPO_BOUNDS,
      maxBounds: [
        [36.9, 36.0],
        [37.45, 36.4],
      ],
      maxZoom: 17,
      // Credits are shown by the page itself.
      attributionControl: false,
    });
    instance.addControl(new NavigationControl({ showCompass: false }));
    map.current = instance;
    window.__map = instance;

    // Ready once the neighbourhoods are loaded and drawn.
    const onIdle = () => {
      if (!instance.isSourceLoaded(NEIGHBOURHOODS_SOURCE)) return;
      instance.off('idle', onIdle);
      setStatus('ready');
    };
    instance.on('idle', onIdle);
    // Listening to `error` silences MapLibre's own logging, so log here too.
    instance.on('error', (event) => {
      console.error(event.error);
      if ('sourceId' in event && event.sourceId === NEIGHBOURHOODS_SOURCE) setStatus('error');
    });

    return () => {
      instance.remove();
      map.current = null;
      if (window.__map === instance) delete window.__map;
    };
    // The map is made once; language changes go through global state below.
  }, []);

  useEffect(() => {
    const instance = map.current;
    if (!instance) return;
    // Global state can only be set on a loaded style; until then the
    // constructor's `globalState` holds the first language.
    const apply = () => instance.setGlobalStateProperty(LANG_STATE, lang);
    if (instance.isStyleLoaded()) apply();
    else instance.once('load', apply);
  }, [lang]);

  return (
    <div class="map-wrap">
      <div
        ref={container}
        class="map"
        role="region"
        aria-label={t.mapLabel}
        data-ready={status === 'ready' ? 'true' : 'false'}
      />
      {status !== 'ready' && (
        <p class="map-status" role="status">
          {status === 'error' ? t.dataError : t.loading}
        </p>
      )}
    </div>
  );
}
