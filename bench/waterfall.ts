/**
 * Where the app's first render goes, for quick loops (`npx tsx bench/waterfall.ts [loads]`, on
 * a build already made): every request of one cold load of the app and of the floor, with when
 * it started and ended (ms since navigation, page and map worker alike), the main thread's
 * long tasks, and the app's steps; then `loads` alternated cold loads of each and the ratio of
 * the medians, as bench/firstRender.ts measures it for `npm run bench`. `--payload`: only what
 * the French, English and Arabic first views download (bench/firstView.ts), beyond MapLibre.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/harness';
import { serveWithBarePage } from './barePage';
import { join } from 'node:path';
import { ROOT } from '../test/e2e/harness';
import { WATCH_FIRST_COMPLETE, runFirstRenderBench } from './firstRender';
import { firstView, firstViewTable } from './firstView';
import { measurePayload } from './payload';

interface Row {
  what: string;
  start: number;
  end: number;
}

async function trace(browser: Browser, url: string, app: boolean): Promise<{ rows: Row[]; longTasks: Row[]; steps: Record<string, number>; camera: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page: Page = await context.newPage();
    await page.addInitScript(`(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
        .observe({ type: 'longtask', buffered: true });
    })();`);
    if (app) await page.addInitScript(WATCH_FIRST_COMPLETE);
    const requests: { url: string; t0: number; t1: number }[] = [];
    context.on('requestfinished', (request) => {
      const timing = request.timing();
      requests.push({ url: request.url(), t0: timing.startTime, t1: timing.startTime + timing.responseEnd });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstComplete ?? window.__benchError, null, { timeout: 60_000 });
    const info = await page.evaluate(() => ({
      camera: (() => {
        const map = window.__map as { getCenter(): { lng: number; lat: number }; getZoom(): number } | undefined;
        const c = map?.getCenter();
        return map && c ? `${c.lng.toFixed(5)}/${c.lat.toFixed(5)}/${map.getZoom().toFixed(3)}` : '';
      })(),
      origin: performance.timeOrigin,
      longTasks: (window as unknown as { __longTasks: [number, number][] }).__longTasks,
      steps: {
        domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        firstIdle: window.__firstIdle ?? NaN,
        dayPainted: window.__dayPainted ?? NaN,
        complete: window.__firstComplete ?? NaN,
        // The app's own User Timing marks (src/map/hooks.ts).
        ...Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace(/^aleppo:/, ''), m.startTime])),
      },
    }));
    const name = (u: string) => new URL(u).pathname.split('/').slice(-2).join('/');
    const rows = requests
      .map((r) => ({ what: name(r.url), start: r.t0 - info.origin, end: r.t1 - info.origin }))
      .sort((a, b) => a.start - b.start);
    return { camera: info.camera, rows, longTasks: info.longTasks.map(([s, d]) => ({ what: 'long task', start: s, end: s + d })), steps: info.steps };
  } finally {
    await context.close();
  }
}

const payloadOnly = process.argv.includes('--payload');
const loads = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const browser = await launchChromium();
const served = await serveWithBarePage();
const r = (n: number) => Math.round(n);
try {
  if (payloadOnly) {
    const payload = measurePayload(join(ROOT, 'dist'));
    const views = [];
    for (const lang of ['fr', 'en', 'ar']) views.push(await firstView(browser, served, payload, lang));
    console.log(firstViewTable(views, payload));
  } else {
    let camera = '';
    for (const [label, app] of [
      ['app', true],
      ['floor', false],
    ] as const) {
      // The floor at the app's first view (its camera, read from the app's load).
      const url = app ? served.url : `${served.bareUrl}#${camera}`;
      await trace(browser, url, app); // warm Chromium itself
      const t = await trace(browser, url, app);
      if (app) camera = t.camera;
      console.log(`\n## ${label}: requests (ms since navigation)\n`);
      for (const row of t.rows) console.log(`${String(r(row.start)).padStart(6)} → ${String(r(row.end)).padStart(6)}  ${row.what}`);
      console.log(`long tasks: ${t.longTasks.map((l) => `${r(l.start)}+${r(l.end - l.start)}`).join(', ') || 'none'}`);
      console.log(`steps: ${Object.entries(t.steps).map(([k, v]) => `${k} ${r(v)}`).join(', ')}`);
    }
    if (loads > 0) {
      const result = await runFirstRenderBench(browser, served, loads);
      console.log(`\n${loads} loads each: app median ${result.app.medianMs} ms, floor median ${result.bare.medianMs} ms, ratio ${result.ratio}`);
      console.log(`app steps (medians): ${JSON.stringify(result.appSteps)}`);
    }
  }
} finally {
  await browser.close();
  await served.close();
}
