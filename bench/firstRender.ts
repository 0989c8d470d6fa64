/**
 * Time from navigation to the first complete render of the map, in headless Chromium on the
 * production build, beside the floor (bench/barePage.ts): a minimal MapLibre page on the same
 * server that draws the same shapes, names and front lines from the same files and fonts.
 *
 * "First complete render", for the app: the first MapLibre 'idle' event (style, sources and
 * tiles loaded, nothing left to draw) at which the page has painted its day on the map
 * (`.map[data-ready=true]`) and the neighbourhood fills, their name labels and the front
 * lines are among the rendered features. For the floor: the same, on its own layers. Both are
 * read as performance.now() in the page, i.e. milliseconds since navigation start.
 * Every load is in a fresh browser context: cold HTTP cache, as a first visit.
 */
import type { Browser } from 'playwright-core';
import type { ServedWithBare } from './barePage';
import { figures, type Figures } from './figures';

declare global {
  interface Window {
    __firstComplete?: number;
    /** The app's first 'idle' of any kind, and when it marked its day painted (data-ready). */
    __firstIdle?: number;
    __dayPainted?: number;
    __benchError?: string;
  }
}

export interface FirstRenderResult {
  viewport: string;
  loads: number;
  app: Figures;
  bare: Figures;
  /** app median / bare median. */
  ratio: number;
  /** Where the app's time goes, navigation → each (medians of the same loads). */
  appSteps: { domContentLoadedMs: number; firstIdleMs: number; dayPaintedMs: number };
}

/** Layers that must have drawn something before the app's map counts as complete. */
const REQUIRED_LAYERS = ['neighbourhood-fills', 'neighbourhood-labels', 'front-line'];

/**
 * Installed before the app's scripts: catches the map when the app publishes it on
 * window.__map, and stamps the first 'idle' that shows the whole map. A string, not a
 * function: tsx would wrap a function's inner functions in a helper the page lacks.
 */
export const WATCH_FIRST_COMPLETE = `(() => {
  const required = ${JSON.stringify(REQUIRED_LAYERS)};
  let current;
  // When the page says its day is on the map (data fetched, feature-state written).
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.map[data-ready="true"]')) return;
    window.__dayPainted = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  Object.defineProperty(window, '__map', {
    configurable: true,
    get: () => current,
    set(map) {
      current = map;
      if (!map) return;
      const check = () => {
        if (window.__firstIdle === undefined) window.__firstIdle = performance.now();
        if (!document.querySelector('.map[data-ready="true"]')) return;
        for (const layer of required) if (map.queryRenderedFeatures({ layers: [layer] }).length === 0) return;
        window.__firstComplete = performance.now();
        map.off('idle', check);
      };
      map.on('idle', check);
    },
  });
})();`;

interface Load {
  complete: number;
  /** Where the map's camera was at the end (`lon/lat/zoom`): the floor is drawn at the app's first view. */
  camera: string;
  /** The app only: DOMContentLoaded, the map's first idle (any), the day painted. */
  domContentLoaded: number;
  firstIdle?: number;
  dayPainted?: number;
}

async function timeLoad(browser: Browser, url: string, app: boolean): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    if (app) await page.addInitScript(WATCH_FIRST_COMPLETE);
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__firstComplete ?? window.__benchError, null, { timeout: 60_000 });
    const value = await handle.jsonValue();
    if (typeof value !== 'number') throw new Error(`bench: ${url}: ${value}`);
    const more = await page.evaluate(() => ({
      domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      firstIdle: window.__firstIdle,
      dayPainted: window.__dayPainted,
      camera: (() => {
        const map = window.__map as { getCenter(): { lng: number; lat: number }; getZoom(): number } | undefined;
        if (!map) return '';
        const c = map.getCenter();
        return `${c.lng.toFixed(5)}/${c.lat.toFixed(5)}/${map.getZoom().toFixed(3)}`;
      })(),
    }));
    return { complete: value, ...more };
  } finally {
    await context.close();
  }
}

/** `loads` cold loads of each page, alternated so both see the same machine load. */
export async function runFirstRenderBench(browser: Browser, served: ServedWithBare, loads = 4): Promise<FirstRenderResult> {
  const app: Load[] = [];
  const bare: Load[] = [];
  // One unrecorded load of each first: Chromium's own first-start costs are not the page's.
  // The app's tells the floor where its first view is, so both lay out the same names.
  const { camera } = await timeLoad(browser, served.url, true);
  const bareUrl = `${served.bareUrl}#${camera}`;
  await timeLoad(browser, bareUrl, false);
  for (let i = 0; i < loads; i++) {
    bare.push(await timeLoad(browser, bareUrl, false));
    app.push(await timeLoad(browser, served.url, true));
  }
  const median = (key: 'complete' | 'domContentLoaded' | 'firstIdle' | 'dayPainted') => figures(app.map((l) => l[key] ?? NaN).filter(Number.isFinite)).medianMs;
  const appFigures = figures(app.map((l) => l.complete));
  const bareFigures = figures(bare.map((l) => l.complete));
  return {
    viewport: '1280x800, --disable-gpu (software WebGL), fresh context per load',
    loads,
    app: appFigures,
    bare: bareFigures,
    ratio: Math.round((appFigures.medianMs / bareFigures.medianMs) * 100) / 100,
    appSteps: { domContentLoadedMs: median('domContentLoaded'), firstIdleMs: median('firstIdle'), dayPaintedMs: median('dayPainted') },
  };
}

export function firstRenderTable(r: FirstRenderResult): string {
  const row = (name: string, f: Figures) => `| ${name} | ${f.changes} | ${f.medianMs} | ${f.p95Ms} | ${f.maxMs} |`;
  return [
    '| page | loads | median ms | p95 ms | max ms |',
    '|---|---:|---:|---:|---:|',
    row('the app: navigation → first idle with fills, labels and front lines drawn', r.app),
    row('floor: bare MapLibre drawing the same shapes, names and front lines from the same files and fonts, at the app’s first view: navigation → first idle with them drawn', r.bare),
    `| **app / floor (medians)** | | ${r.ratio} | | |`,
    '',
    `The app's steps (medians, ms since navigation): DOMContentLoaded ${r.appSteps.domContentLoadedMs}, the map's first idle ${r.appSteps.firstIdleMs}, its day painted (data-ready) ${r.appSteps.dayPaintedMs}, complete ${r.app.medianMs}.`,
  ].join('\n');
}
