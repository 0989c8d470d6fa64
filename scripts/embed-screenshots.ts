/**
 * `npm run screenshots:embed`: the map embedded in an article on another origin (sandboxed
 * iframe, the build's CSP), photographed at 320, 640 and 1024 px wide, in dark mode, with a
 * district open and with the gesture help showing; and the full map's Embed dialog. Into
 * screenshots/ (git-ignored). E2E_USE_DIST=1 reuses dist/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { CSP } from '../build/csp';
import { ROOT, startBuiltSite } from '../test/e2e/harness';
import { startHost } from '../test/e2e/host';
import { mapIdle, openMap } from '../test/e2e/page';

const OUT = join(ROOT, 'screenshots');

async function mapFrame(page: Page, ready: 'map' | 'still' = 'map'): Promise<Frame> {
  await page.waitForSelector('iframe');
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('embed='));
    if (frame) {
      if (ready === 'map') await mapIdle(frame);
      else await frame.locator('.map-fallback img, .still-fallback img').first().waitFor({ state: 'visible' });
      return frame;
    }
    await page.waitForTimeout(100);
  }
}

/** A browser without WebGL, as some locked-down desktops are. */
const noWebgl = (context: BrowserContext) =>
  context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/i.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });

mkdirSync(OUT, { recursive: true });
const site = await startBuiltSite({ headers: { 'Content-Security-Policy': CSP } });
const { browser, served } = site;
const host = await startHost(served.url);
const errors: string[] = [];
const shots: {
  file: string;
  query: string;
  width: number;
  scheme?: 'dark' | 'light';
  /** Breaks the map on purpose: the frame then shows its still. */
  prepare?: (context: BrowserContext) => Promise<unknown>;
  act?: (page: Page, frame: Frame) => Promise<void>;
}[] = [
  { file: 'embed-640-no-webgl.png', query: 'embed=1&date=2016-12-13&lang=en', width: 640, prepare: noWebgl },
  {
    file: 'embed-320-no-script.png',
    query: 'embed=1&date=2016-12-13',
    width: 320,
    prepare: (c) => c.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort()),
  },
  { file: 'embed-320.png', query: 'embed=1&date=2016-12-13', width: 320 },
  { file: 'embed-640.png', query: 'embed=1&date=2016-11-28&lang=en', width: 640 },
  { file: 'embed-1024.png', query: 'embed=1&date=2016-12-13', width: 1024 },
  { file: 'embed-ar-dark-640.png', query: 'embed=1&date=2016-12-07&lang=ar', width: 640, scheme: 'dark' },
  {
    file: 'embed-320-district.png',
    query: 'embed=1&date=2016-12-13&district=bustan-al-qaser',
    width: 320,
    act: async (_page, frame) => {
      await frame.locator('.district-panel').waitFor();
    },
  },
  {
    file: 'embed-640-district.png',
    query: 'embed=1&date=2016-12-13&district=bustan-al-qaser&lang=en',
    width: 640,
    act: async (_page, frame) => {
      await frame.locator('.district-panel').waitFor();
    },
  },
  {
    file: 'embed-375-district-ar.png',
    query: 'embed=1&date=2016-12-13&district=bustan-al-qaser&lang=ar',
    width: 375,
    act: async (_page, frame) => {
      await frame.locator('.district-panel').waitFor();
    },
  },
  {
    file: 'embed-320-gesture-help.png',
    query: 'embed=1&date=2016-12-13',
    width: 320,
    act: async (page) => {
      const box = (await page.locator('iframe').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 150);
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(150);
    },
  },
];
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: 900 }, colorScheme: shot.scheme ?? 'light' });
    await shot.prepare?.(context);
    const page = await context.newPage();
    if (!shot.prepare) page.on('console', (m) => m.type() === 'error' && errors.push(`${shot.file}: ${m.text()}`));
    await page.goto(host.pageUrl(new URL(`./?${shot.query}`, served.url).href));
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const frame = await mapFrame(page, shot.prepare ? 'still' : 'map');
    // Give the frame time to take the height its content reports.
    if (shot.prepare) await page.waitForTimeout(1000);
    await page.waitForTimeout(300);
    await shot.act?.(page, frame);
    const box = (await page.locator('iframe').boundingBox())!;
    const scrolled = await page.evaluate(() => window.scrollY);
    const path = join(OUT, shot.file);
    // Page coordinates: the viewport's box plus how far the article is scrolled.
    const clip = { x: 0, y: Math.max(0, box.y + scrolled - 40), width: shot.width, height: box.height + 80 };
    await page.screenshot({ path, clip, fullPage: true });
    console.log(`wrote ${path} (frame ${Math.round(box.width)}×${Math.round(box.height)})`);
    await context.close();
  }
  // The Embed dialog with its preview drawn, on a desktop and a phone, in each language.
  for (const lang of ['fr', 'en', 'ar'] as const) {
    for (const [device, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 375, height: 700 }],
    ] as const) {
      const { page, errors: pageErrors } = await openMap(browser, new URL(`./?date=2016-12-13&district=bustan-al-qaser&lang=${lang}`, served.url).href, { viewport });
      await page.locator('button.embed-button').click();
      const dialog = page.locator('dialog.embed-dialog');
      await dialog.waitFor();
      // Chromium draws a frame out of sight only once it is in sight: show it, then go back up.
      await dialog.locator('.embed-preview').scrollIntoViewIfNeeded();
      await mapFrame(page);
      await dialog.evaluate((el) => el.scrollTo(0, 0));
      const file = join(OUT, `embed-dialog-${lang}-${device}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      // The rest of the dialog: scrolled to its preview.
      await dialog.locator('.embed-preview').scrollIntoViewIfNeeded();
      const lower = join(OUT, `embed-dialog-${lang}-${device}-preview.png`);
      await page.screenshot({ path: lower });
      console.log(`wrote ${lower}`);
      errors.push(...pageErrors.map((e) => `dialog ${lang} ${device}: ${e}`));
      await page.context().close();
    }
  }
} finally {
  if (errors.length) console.log(`page errors:\n${errors.join('\n')}`);
  await site.close();
  host.server.close();
}
