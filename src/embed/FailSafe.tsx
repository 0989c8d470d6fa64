// When the map cannot be drawn (its data did not come, the browser has no
// WebGL, a script failed), the reader gets the still of the day and a short
// note instead of a blank box: in an article, a blank frame reads as a broken page.
import { Component, type ComponentChildren } from 'preact';
import { strings, type Lang } from '../i18n';
import type { ControlIndex } from '../model/control';
import { longDate } from '../model/days';
import { SNAPSHOT_DIR, controlCounts, snapshotDay, snapshotPath } from './snapshots';
import { embedStrings } from './strings';
import { useHostBridge } from './useHostBridge';

export interface Still {
  /** Relative to the page, e.g. `snapshots/2016-12-12.png`. */
  path: string;
  alt: string;
}

/** The still showing `day`, with alt text saying how many districts each side held. */
export function stillFor(index: ControlIndex, day: number, lang: Lang): Still {
  const shown = snapshotDay(index, day);
  return { path: snapshotPath(index, day), alt: embedStrings[lang].imageAlt(longDate(index.date(shown), lang), controlCounts(index, shown, lang)) };
}

export interface MapFallbackProps {
  lang: Lang;
  /** The still of the day shown; the last day's when the day is not known (no data). */
  still: Still | null;
  fullMap: string;
}

export function MapFallback({ lang, still, fullMap }: MapFallbackProps) {
  const e = embedStrings[lang];
  const src = new URL(still?.path ?? `${SNAPSHOT_DIR}/latest.png`, document.baseURI).href;
  return (
    <div class="map-fallback" role="status" data-map-failed="true">
      <p>{e.mapFailed}</p>
      <a class="map-fallback-still" href={fullMap} target="_blank" rel="noopener">
        <img src={src} alt={still?.alt ?? strings[lang].title} />
      </a>
      <p>
        <a href={fullMap} target="_blank" rel="noopener">
          {e.fullMap}
        </a>
      </p>
    </div>
  );
}

/** The fallback standing alone, when the whole app failed: it still tells the host its height. */
function LoneFallback(props: MapFallbackProps & { embedded: boolean; id: string }) {
  useHostBridge(props.embedded, props.id, () => {});
  return (
    <div class={props.embedded ? 'embed-root' : 'lone-fallback'}>
      <MapFallback {...props} />
    </div>
  );
}

interface FailSafeProps {
  children: ComponentChildren;
  /** What to show instead of `children` once they threw. */
  fallback: MapFallbackProps;
  /** The app as a whole: the fallback reports its height to the host itself. */
  lone?: { embedded: boolean; id: string };
}

/** An error boundary: children that throw while rendering or in an effect give way to the still. */
export class FailSafe extends Component<FailSafeProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // Still logged: the page's console is where a newsroom's developer looks.
    console.error('map failed', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { fallback, lone } = this.props;
    return lone ? <LoneFallback {...fallback} {...lone} /> : <MapFallback {...fallback} />;
  }
}
