/**
 * The map's date change, measured in headless Chromium on the production build: from the
 * slider's input event to the map holding the new day (feature-state of the neighbourhoods
 * that changed, the day in global state for the front-line filter), and on to the frame
 * that shows it. Beside it, the naive way: re-uploading every polygon with its colour baked
 * in (GeoJSONSource.setData) per date. Figures, not a test.
 */
import type { Page } from 'playwright-core';
import { build, launchChromium, serve } from '../test/e2e/harness';
import { mapIdle } from '../test/e2e/page';

export interface Figures {
  changes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface AppBenchResult {
  viewport: string;
  days: number;
  /** Slider input to map updated (main thread, synchronous part: Preact render + feature-state). */
  update: Record<string, Figures>;
  /** Slider input to the next frame the map drew (includes Chromium's software WebGL drawing). */
  frame: Figures;
  /** Slider input until the map is idle again (front-line filter re-applied in the worker). */
  untilIdle: Figures;
  /** Floor for `frame`: a repaint that changes nothing. */
  repaintFloor: Figures;
  /** Re-uploading all polygons per date: main-thread setData call, and until the map is idle again. */
  naiveSetData: { call: Figures; untilIdle: Figures };
}

function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { changes: samples.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted.at(-1) ?? 0) };
}

/** Moves the slider through `days` in the page; returns per change [update ms, frame ms, idle ms]. */
function drive(page: Page, days: number[]): Promise<[number, number, number][]> {
  return page.evaluate(async (days) => {
    const map = window.__map!;
    const slider = document.querySelector<HTMLInputElement>('input.slider')!;
    const out: [number, number, number][] = [];
    for (const day of days) {
      if (String(day) === slider.value) continue; // no change, no frame to wait for
      performance.clearMeasures('aleppo:day-update');
      const t0 = performance.now();
      const drawn = new Promise<number>((resolve) => {
        map.once('render', () => resolve(performance.now()));
        setTimeout(() => resolve(NaN), 5000);
      });
      slider.value = String(day);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = await drawn;
      // Let the worker settle (front-line filter) before the next change.
      await new Promise<void>((resolve) => (map.loaded() ? resolve() : map.once('idle', () => resolve())));
      const t2 = performance.now();
      const update = performance.getEntriesByName('aleppo:day-update')[0]?.duration ?? NaN;
      out.push([update, t1 - t0, t2 - t0]);
    }
    return out;
  }, days);
}

/** The floor under "next frame": a repaint that changes nothing, drawn by the same software WebGL. */
function repaints(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const map = window.__map!;
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        map.once('render', () => resolve());
        map.triggerRepaint();
      });
      out.push(performance.now() - t0);
    }
    return out;
  }, count);
}

/** The naive way: every polygon re-sent with its colour as a property, once per date. */
function naive(page: Page, days: number[]): Promise<[number, number][]> {
  return page.evaluate(async (days) => {
    const map = window.__map!;
    const source = map.getSource('neighbourhoods') as unknown as {
      getData(): Promise<{ features: { id: string; properties: Record<string, unknown> }[] }>;
      setData(data: unknown): Promise<void>;
    };
    const data = await source.getData();
    const out: [number, number][] = [];
    for (const day of days) {
      const copy = { ...data, features: data.features.map((f) => ({ ...f, properties: { ...f.properties, controller: day % 5 } })) };
      const t0 = performance.now();
      const done = source.setData(copy);
      const t1 = performance.now();
      await done;
      await new Promise<void>((resolve) => (map.loaded() ? resolve() : map.once('idle', () => resolve())));
      out.push([t1 - t0, performance.now() - t0]);
    }
    return out;
  }, days);
}

/** `build: false` when dist/ was just built (bench/run.ts builds it for the payload table). */
export async function runAppBench(options: { build?: boolean } = {}): Promise<AppBenchResult> {
  const browser = await launchChromium();
  if (options.build !== false) build();
  const served = await serve();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL('./?date=2016-09-15', served.url).href);
    await mapIdle(page);
    const lastDay = Number(await page.locator('input.slider').getAttribute('max'));
    const all = Array.from({ length: lastDay + 1 }, (_, d) => d);
    // Seeded jumps, so runs compare.
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const jumps = Array.from({ length: 60 }, () => Math.floor(random() * (lastDay + 1)));
    const ends = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? lastDay : 0));

    await drive(page, all.slice(0, 10)); // warm-up
    const runs = {
      'step +1 day (every day)': await drive(page, all.slice(1)),
      'step -1 day (every day)': await drive(page, [...all].reverse().slice(1)),
      'random jumps': await drive(page, jumps),
      'start <-> end': await drive(page, ends),
    };
    const update: Record<string, Figures> = {};
    const frames: number[] = [];
    const idles: number[] = [];
    for (const [name, samples] of Object.entries(runs)) {
      update[name] = figures(samples.map(([u]) => u).filter(Number.isFinite));
      frames.push(...samples.map(([, f]) => f).filter(Number.isFinite));
      idles.push(...samples.map(([, , i]) => i));
    }
    const floor = await repaints(page, 60);
    const naiveRuns = await naive(page, jumps.slice(0, 20));
    await context.close();
    const result: AppBenchResult = {
      viewport: '1280x800, device scale 1, --disable-gpu (software WebGL)',
      days: lastDay + 1,
      update,
      frame: figures(frames),
      untilIdle: figures(idles),
      repaintFloor: figures(floor),
      naiveSetData: { call: figures(naiveRuns.map(([c]) => c)), untilIdle: figures(naiveRuns.map(([, i]) => i)) },
    };
    printAppBench(result);
    return result;
  } finally {
    await browser.close();
    await served.server.close();
  }
}

export function printAppBench(r: AppBenchResult): void {
  console.log(`\n## Map: date change in headless Chromium (${r.viewport}; ${r.days} days)\n`);
  console.log('| what | changes | median ms | p95 ms | max ms |');
  console.log('|---|---:|---:|---:|---:|');
  const row = (name: string, f: Figures) => console.log(`| ${name} | ${f.changes} | ${f.medianMs} | ${f.p95Ms} | ${f.maxMs} |`);
  for (const [name, f] of Object.entries(r.update)) row(`input → map updated: ${name}`, f);
  row('input → next frame drawn (all runs)', r.frame);
  row('floor: repaint with no change → frame drawn', r.repaintFloor);
  row('input → map idle again (all runs)', r.untilIdle);
  row('naive: setData(all polygons) call', r.naiveSetData.call);
  row('naive: setData(all polygons) until idle', r.naiveSetData.untilIdle);
}
