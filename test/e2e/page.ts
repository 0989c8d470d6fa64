// Page helpers shared by the end-to-end tests, the screenshots and the bench.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { CONTROLS, type Control } from '../../geo/src/timeline/types';
import { CONTROL_COLOURS, renderedFill } from '../../src/map/palette';

/**
 * Resolves once the map has its data, every layer (the later ones too, src/map/style.ts
 * laterLayers) and is done drawing whatever it was last asked to.
 */
export async function mapIdle(page: Page | Frame): Promise<void> {
  await page.waitForSelector('.map[data-ready="true"][data-complete="true"]', { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map;
        if (!map) throw new Error('window.__map is not set');
        // Give a pending change two frames to register before asking; a camera still on the
        // move (a district brought into view) is waited for too.
        // (No named helper in here: tsx would wrap it in a __name the page does not have.)
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (map.isMoving()) {
              map.once('moveend', () => {
                map.once('idle', () => resolve());
                map.triggerRepaint();
              });
            } else if (map.loaded()) resolve();
            else map.once('idle', () => resolve());
          }),
        );
      }),
  );
}

export type VisionDeficiency = 'achromatopsia' | 'protanopia' | 'deuteranopia' | 'tritanopia';

export interface OpenOptions {
  viewport: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Chromium's colour-vision emulation (DevTools `Emulation.setEmulatedVisionDeficiency`). */
  vision?: VisionDeficiency;
  context?: Omit<BrowserContextOptions, 'viewport' | 'colorScheme'>;
}

/**
 * `url` in a fresh context, once its map is idle, with the page's console errors and uncaught
 * exceptions collected in `errors`. Close it with `page.context().close()`.
 */
export async function openMap(browser: Browser, url: string, options: OpenOptions): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ deviceScaleFactor: 1, ...options.context, viewport: options.viewport, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.vision) await (await context.newCDPSession(page)).send('Emulation.setEmulatedVisionDeficiency', { type: options.vision });
  await page.goto(url);
  await mapIdle(page);
  return { page, errors };
}

/** The alpha of a computed CSS colour (`rgb(…)`, `rgba(…, a)`, `color(srgb … / a)`): 1 when none is given. */
export function alphaOf(colour: string): number {
  const m = /\/\s*([\d.]+)\)$|^rgba\((?:[^,]+,){3}\s*([\d.]+)\)$/.exec(colour.trim());
  return m ? Number(m[1] ?? m[2]) : /^(rgb|color)\(/.test(colour.trim()) ? 1 : 0;
}

/** Where [lon, lat] is on the page, in CSS pixels. */
export function project(page: Page | Frame, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.__map!;
    const p = map.project(ll);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonLat);
}

/**
 * The colour the map drew at [lon, lat], read back from WebGL right after a frame (the
 * drawing buffer is only valid then).
 */
export function pixelAt(page: Page | Frame, lonLat: [number, number]): Promise<[number, number, number]> {
  return page.evaluate(
    (ll) =>
      new Promise<[number, number, number]>((resolve) => {
        const map = window.__map!;
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
          const scale = canvas.width / canvas.clientWidth;
          const p = map.project(ll);
          const out = new Uint8Array(4);
          gl.readPixels(Math.round(p.x * scale), Math.round(canvas.height - p.y * scale), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
          resolve([out[0]!, out[1]!, out[2]!]);
        });
        map.triggerRepaint();
      }),
    lonLat,
  );
}

/** The controller whose rendered fill colour is nearest to `rgb`, at full or weak (paler) confidence. */
export function nearestControl(rgb: readonly number[]): Control {
  return nearestFill(rgb).control;
}

/** The controller and confidence whose rendered fill is nearest to `rgb`. */
export function nearestFill(rgb: readonly number[]): { control: Control; weak: boolean } {
  let best = { control: 'unknown' as Control, weak: false };
  let bestDistance = Infinity;
  for (const control of CONTROLS) {
    for (const weak of [false, true]) {
      const ref = renderedFill(CONTROL_COLOURS[control], 'light', weak);
      const distance = ref.reduce((sum, c, i) => sum + (c - rgb[i]!) ** 2, 0);
      if (distance < bestDistance) {
        best = { control, weak };
        bestDistance = distance;
      }
    }
  }
  return best;
}

const require = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core's serious and critical findings on the page as it stands (WCAG 2.x A/AA),
 * or within `selector` only (with a modal dialog open, the page behind it is inert),
 * leaving out the rules named in `skip`.
 */
export async function seriousAxeViolations(page: Page | Frame, selector?: string, skip: readonly string[] = []): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, not injected as a <script>: the
  // page's CSP rightly refuses inline scripts.
  await page.evaluate(source);
  return page.evaluate(async ({ within, skip }) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
    const result = await axe.run(within ?? document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, { within: selector ?? null, skip: [...skip] });
}
