/**
 * The map's date change, measured in headless Chromium on the production build: from the
 * slider's input event to the map holding the new day (feature-state of the neighbourhoods
 * that changed, the day in global state for the front-line filter), and on to the frame
 * that shows it. The timeline is scrubbed over every one of its days, forward then back.
 * Beside it: the floor under "next frame" (a repaint that changes nothing, drawn by the same
 * software WebGL), and the naive way, re-uploading every polygon with its colour baked in
 * (GeoJSONSource.setData) per date. Figures, not a test.
 */
import type { Browser, Page } from 'playwright-core';
import type { Served } from '../test/e2e/harness';
import { mapIdle } from '../test/e2e/page';
import { figures, type Figures } from './figures';

export interface AppBenchResult {
  viewport: string;
  days: number;
  /** Every day dragged over, forward then back: input to map updated (aim: median ≤ 16 ms). */
  scrubUpdate: Figures;
  /** Every day dragged over, forward then back: input to the next frame the map drew. */
  scrubFrame: Figures;
  /** Slider input to map updated (main thread, synchronous part: Preact render + feature-state), per run. */
  update: Record<string, Figures>;
  /** Random jumps: slider input to the next frame the map drew (includes Chromium's software WebGL drawing). */
  jumpFrame: Figures;
  /** Random jumps: slider input until the map is idle again (front-line filter re-applied in the worker). */
  jumpUntilIdle: Figures;
  /** Floor for `frame`: a repaint that changes nothing. */
  repaintFloor: Figures;
  /** Re-uploading all polygons per date: main-thread setData call, and until the map is idle again. */
  naiveSetData: { call: Figures; untilIdle: Figures };
}

/**
 * Moves the slider through `days` in the page; returns per change [update ms, frame ms,
 * idle ms]. `settle`: wait for the map to be idle before the next change (isolated changes);
 * otherwise the next change comes as soon as a frame is drawn, as when a reader drags the
 * slider (idle ms is then NaN).
 */
function drive(page: Page, days: number[], settle: boolean): Promise<[number, number, number][]> {
  return page.evaluate(async ({ days, settle }) => {
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
      if (settle) await new Promise<void>((resolve) => (map.loaded() ? resolve() : map.once('idle', () => resolve())));
      const t2 = settle ? performance.now() : NaN;
      const update = performance.getEntriesByName('aleppo:day-update')[0]?.duration ?? NaN;
      out.push([update, t1 - t0, t2 - t0]);
    }
    return out;
  }, { days, settle });
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

/** Scrubs the app's timeline on `served` (dist/ must be built). */
export async function runAppBench(browser: Browser, served: Served): Promise<AppBenchResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL('./?date=2016-09-15', served.url).href);
    await mapIdle(page);
    const lastDay = Number(await page.locator('input.slider').getAttribute('max'));
    const all = Array.from({ length: lastDay + 1 }, (_, d) => d);
    // Seeded jumps, so runs compare.
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const jumps = Array.from({ length: 12 }, () => Math.floor(random() * (lastDay + 1)));

    await drive(page, [...all.slice(0, 5), 0], true); // warm-up, back to the first day
    await mapIdle(page);
    // Dragged over every day, forward then back; then isolated jumps, each left to settle.
    const scrub = { forward: await drive(page, all.slice(1), false), back: await drive(page, [...all].reverse().slice(1), false) };
    await mapIdle(page);
    const jumped = await drive(page, jumps, true);
    const update: Record<string, Figures> = {
      'drag +1 day (every day)': figures(scrub.forward.map(([u]) => u).filter(Number.isFinite)),
      'drag −1 day (every day)': figures(scrub.back.map(([u]) => u).filter(Number.isFinite)),
      'random jumps, each left to settle': figures(jumped.map(([u]) => u).filter(Number.isFinite)),
    };
    const dragged = [...scrub.forward, ...scrub.back];
    const floor = await repaints(page, 20);
    const naiveRuns = await naive(page, jumps.slice(0, 6));
    return {
      viewport: '1280x800, device scale 1, --disable-gpu (software WebGL)',
      days: lastDay + 1,
      scrubUpdate: figures(dragged.map(([u]) => u).filter(Number.isFinite)),
      scrubFrame: figures(dragged.map(([, f]) => f).filter(Number.isFinite)),
      update,
      jumpFrame: figures(jumped.map(([, f]) => f).filter(Number.isFinite)),
      jumpUntilIdle: figures(jumped.map(([, , i]) => i)),
      repaintFloor: figures(floor),
      naiveSetData: { call: figures(naiveRuns.map(([c]) => c)), untilIdle: figures(naiveRuns.map(([, i]) => i)) },
    };
  } finally {
    await context.close();
  }
}

export function appTable(r: AppBenchResult): string {
  const row = (name: string, f: Figures) => `| ${name} | ${f.changes} | ${f.medianMs} | ${f.p95Ms} | ${f.maxMs} |`;
  return [
    `${r.viewport}; ${r.days} days.`,
    '',
    '| what | changes | median ms | p95 ms | max ms |',
    '|---|---:|---:|---:|---:|',
    row('**scrub: drag over every day, +1 then −1: input → map updated** (aim: median ≤ 16 ms)', r.scrubUpdate),
    row('scrub: drag over every day, +1 then −1: input → next frame drawn', r.scrubFrame),
    row('floor: repaint with no change → frame drawn', r.repaintFloor),
    ...Object.entries(r.update).map(([name, f]) => row(`input → map updated: ${name}`, f)),
    row('random jumps: input → next frame drawn', r.jumpFrame),
    row('random jumps: input → map idle again', r.jumpUntilIdle),
    row('naive: setData(all polygons) call', r.naiveSetData.call),
    row('naive: setData(all polygons) until idle', r.naiveSetData.untilIdle),
  ].join('\n');
}
