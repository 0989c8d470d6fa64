/**
 * `npm run screenshots`: the built app in headless Chromium, photographed into screenshots/
 * (git-ignored): the map on three dates, a district's panel, the phone layout, the Arabic
 * layout. Builds first (npm run build, which runs the pipeline); E2E_USE_DIST=1 reuses dist/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT, build, launchChromium, serve } from '../test/e2e/harness';
import { mapIdle } from '../test/e2e/page';

const OUT = join(ROOT, 'screenshots');

interface Shot {
  file: string;
  query: string;
  viewport: { width: number; height: number };
  /** Run in the page before the picture, after the map is idle. */
  before?: string;
}

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 320, height: 640 };

const SHOTS: Shot[] = [
  { file: 'map-2016-09-15.png', query: '?date=2016-09-15', viewport: DESKTOP },
  { file: 'map-2016-11-28.png', query: '?date=2016-11-28', viewport: DESKTOP },
  { file: 'map-2016-12-13.png', query: '?date=2016-12-13', viewport: DESKTOP },
  {
    file: 'panel.png',
    query: '?date=2016-12-13&district=bustan-al-qaser&view=13.60/36.19500/37.14500',
    viewport: DESKTOP,
    // The quote from seed-001 in view.
    before: `document.querySelector('[data-event^="seed-001@"]')?.scrollIntoView({ block: 'center' })`,
  },
  { file: 'phone.png', query: '?date=2016-12-01', viewport: PHONE },
  { file: 'phone-panel.png', query: '?date=2016-12-13&district=bustan-al-qaser', viewport: PHONE },
  { file: 'english.png', query: '?lang=en&date=2016-12-07&district=dahiyat-al-assad', viewport: DESKTOP },
  { file: 'arabic.png', query: '?lang=ar&date=2016-12-12&view=13.80/36.19800/37.15500', viewport: DESKTOP },
];

async function shoot(browser: Browser, url: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(shot.query, url).href);
  await mapIdle(page);
  if (shot.before) await page.evaluate(shot.before);
  await mapIdle(page);
  const path = join(OUT, shot.file);
  await page.screenshot({ path });
  console.log(`wrote ${path}${errors.length ? ` (page errors: ${errors.join(' | ')})` : ''}`);
  await context.close();
}

mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
build();
const served = await serve();
try {
  for (const shot of SHOTS) await shoot(browser, served.url, shot);
} finally {
  await browser.close();
  await served.server.close();
}
