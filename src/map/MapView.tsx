import { useRef, useState } from 'preact/hooks';
import 'maplibre-gl/dist/maplibre-gl.css';
import { strings, type Lang } from '../i18n';
import { balanceBidi } from '../model/bidi';
import type { ControlIndex } from '../model/control';
import type { View } from '../url/state';
import {
  useDayPaint,
  useHoverRing,
  useKeyboardCentre,
  useMapInstance,
  useMapLanguage,
  useMapTheme,
  usePointer,
  useReaderView,
  useSelected,
  useMapErrors,
  type Described,
  type Tip,
} from './hooks';
import type { ResolvedTheme } from './palette';
import type { Bounds, ShapeInfo } from './shapes';
import type { MapFiles } from './style';
import './worker';

export { DAY_INPUT_MARK, DAY_UPDATE_MEASURE, type Described } from './hooks';

export interface MapViewProps {
  lang: Lang;
  index: ControlIndex | null;
  theme?: ResolvedTheme;
  /** Inside an article: scrolling goes to the page, zooming needs Ctrl/⌘ or two fingers. */
  cooperative?: boolean;
  day: number;
  /** What the map draws (null: not in yet; the map is made when it is). */
  files: MapFiles | null;
  /** The shapes' extents (from `files.neighbourhoods`). */
  shapes: ShapeInfo | null;
  selected: string | null;
  initialView: View | null;
  reducedMotion: boolean;
  describe: (id: string) => Described | null;
  onSelect: (id: string) => void;
  onView: (view: View) => void;
  /** What the first view frames when the link gives no view (the contested east); null: every shape. */
  frame?: Bounds | null;
}

/** The map: made once its files are in, then driven by the hooks in ./hooks.ts, one concern each. */
export function MapView(props: MapViewProps) {
  const { lang, index, day, selected, reducedMotion, theme = 'light', cooperative = false } = props;
  const container = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const onSelect = useRef((id: string) => latest.current.onSelect(id));
  const onView = useRef((view: View) => latest.current.onView(view));
  const [failed, setFailed] = useState(false);
  const [tip, setTip] = useState<Tip | null>(null);
  const t = strings[lang];

  // `loaded`: the style and its sources are in, so the day is written before the first tiles
  // are laid out and the first frame already has its colours.
  const { map, styled: loaded, complete } = useMapInstance(container, {
    files: props.files,
    index,
    lang,
    day,
    theme,
    cooperative,
    reducedMotion,
    initialView: props.initialView,
    frame: props.frame ?? props.shapes?.extent ?? null,
  });
  useMapErrors(map, () => setFailed(true));
  const setHover = useHoverRing(map);
  usePointer(map, setHover, setTip, onSelect);
  const { keyboard, centreText } = useKeyboardCentre(map, setHover, setTip, latest);
  useReaderView(map, onView);
  useMapLanguage(map, loaded, lang, cooperative);
  useMapTheme(map, loaded, theme);
  const paintedDay = useDayPaint(map, loaded, index, day);
  useSelected(map, loaded, selected, selected ? props.shapes?.bounds.get(selected) : undefined, reducedMotion);

  // Ready: the day is on the map (or there is no timeline to paint). A source error met on the
  // way (MapLibre retries) does not outlast a day painted.
  const ready = loaded && (!index || paintedDay === day);
  const described = tip ? props.describe(tip.id) : null;

  return (
    <div class="map-wrap">
      <div
        ref={container}
        class="map"
        role="region"
        aria-label={t.mapLabel}
        data-ready={ready ? 'true' : 'false'}
        // Every layer is on the map, the later ones too (style.ts laterLayers): what tests wait for.
        data-complete={ready && complete ? 'true' : 'false'}
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
      {!ready && (
        <p class="map-status" role="status">
          {failed ? t.dataError : t.loading}
        </p>
      )}
    </div>
  );
}
