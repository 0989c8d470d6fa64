// The built app in a real browser: the map loads, draws the neighbourhoods
// with their names, and asks nothing of any server but its own.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, build, launchChromium, serve, type Served } from './harness';

const SCREENSHOTS = join(ROOT, 'screenshots');
const LABELS = 'neighbourhood-labels';
const CIRCLES = 'neighbourhood-circles';

let served: Served | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  // Chromium first: if it is missing, say so before spending time on a build.
  browser = await launchChromium();
  build();
  served = await serve();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.server.close();
});

interface Watched {
  page: Page;
  errors: string[];
  /** Every URL the page or its workers asked for. */
  requests: string[];
}

async function open(path: string): Promise<Watched> {
  if (!browser || !served) throw new Error('beforeAll did not finish');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('requestfailed', (request) =>
    errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  context.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(path, served.url).href);
  return { page, errors, requests };
}

/** Resolves once the map is done drawing whatever it was last asked to. */
async function mapIdle(page: Page): Promise<void> {
  await page.waitForSelector('.map[data-ready="true"]', { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map;
        if (!map) throw new Error('window.__map is not set');
        // Give a pending change one frame to register before asking.
        requestAnimationFrame(() => (map.loaded() ? resolve() : map.once('idle', () => resolve())));
      }),
  );
}

/** Names drawn on screen, read back from the map's rendered features. */
function renderedNames(page: Page, property: string): Promise<{ labels: string[]; circles: number }> {
  return page.evaluate(
    ({ labels, circles, property }) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set');
      return {
        labels: map
          .queryRenderedFeatures({ layers: [labels] })
          .map((feature) => String(feature.properties[property])),
        circles: map.queryRenderedFeatures({ layers: [circles] }).length,
      };
    },
    { labels: LABELS, circles: CIRCLES, property },
  );
}

function foreignRequests(requests: string[], origin: string): string[] {
  // data: and blob: URLs are made inside the page; they reach no server.
  return requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
}

describe('map page', () => {
  it('loads the map in French, draws labelled neighbourhoods, asks only its own server', async () => {
    const { page, errors, requests } = await open('./');
    await mapIdle(page);

    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect(page.title()).resolves.toBe('Aleppo front lines, 2016');

    const { labels, circles } = await renderedNames(page, 'name_fr');
    expect(circles).toBeGreaterThan(50);
    expect(labels.length).toBeGreaterThan(5);
    expect(labels).not.toContain('undefined');

    // Labels are drawn from the bundled font, fetched from the app's origin.
    expect(requests.some((url) => /noto-sans-latin-400-normal.*\.woff2$/.test(url))).toBe(true);
    // The credits list the outlets of the corpus and the source of place facts.
    await page.locator('.credits .outlets li').first().waitFor({ state: 'attached' });
    expect(await page.locator('.credits .outlets li').count()).toBeGreaterThan(5);
    await expect(page.locator('.credits').innerText()).resolves.toContain('Conflict Urbanism: Aleppo');

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'map-fr.png') });

    expect(errors).toEqual([]);
    expect(foreignRequests(requests, served!.origin)).toEqual([]);
    await page.context().close();
  });

  it('switches to Arabic: right-to-left page, Arabic labels from the bundled Arabic font', async () => {
    const { page, errors, requests } = await open('./');
    await mapIdle(page);

    await page.getByRole('button', { name: 'العربية' }).click();
    await mapIdle(page);

    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    expect(await page.evaluate(() => window.__map?.getGlobalState().lang)).toBe('ar');
    const { labels } = await renderedNames(page, 'name_ar');
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.some((name) => /[\u0600-\u06FF]/.test(name))).toBe(true);
    expect(requests.some((url) => /noto-sans-arabic-arabic-400-normal.*\.woff2$/.test(url))).toBe(true);

    await page.screenshot({ path: join(SCREENSHOTS, 'map-ar.png') });

    expect(errors).toEqual([]);
    expect(foreignRequests(requests, served!.origin)).toEqual([]);
    await page.context().close();
  });
});
