/**
 * `npm run screenshots:story`: the story, the day's evidence in the panel, the table view and the
 * palette under colour-vision emulation, at 1280×800 and 375×700, in French, English and Arabic,
 * into screenshots/story/ (git-ignored). Builds first; E2E_USE_DIST=1 reuses dist/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT, startBuiltSite } from '../test/e2e/harness';
import { mapIdle, openMap, type VisionDeficiency } from '../test/e2e/page';

const OUT = join(ROOT, 'screenshots', 'story');
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 700 } } as const;
const LANGS = ['fr', 'en', 'ar'] as const;

interface Shot {
  name: string;
  query: string;
  /** After the map is idle: a button to press (CSS selector). */
  click?: string;
  vision?: VisionDeficiency;
}

const SHOTS: Shot[] = [
  { name: 'opening', query: '' },
  { name: 'panel-ash-shaar-12-05', query: 'date=2016-12-05&district=ash-shaar' },
  { name: 'panel-fardos-12-22', query: 'date=2016-12-22&district=al-fardos' },
  { name: 'table', query: 'date=2016-11-28', click: '.table-toggle' },
  { name: 'embed-step', query: 'embed=1&step=change' },
  { name: 'dark-table', query: 'theme=dark&date=2016-12-07', click: '.table-toggle' },
  { name: 'dark-panel', query: 'theme=dark&date=2016-12-05&district=ash-shaar' },
];
const VISION: Shot[] = (['achromatopsia', 'protanopia', 'deuteranopia', 'tritanopia'] as const).map((vision) => ({
  name: `vision-${vision}`,
  query: 'date=2016-11-28',
  vision,
}));

async function shoot(browser: Browser, url: string, shot: Shot, size: keyof typeof SIZES, lang: string): Promise<void> {
  const address = new URL(`?lang=${lang}${shot.query ? `&${shot.query}` : ''}`, url).href;
  const { page, errors } = await openMap(browser, address, { viewport: SIZES[size], ...(shot.vision ? { vision: shot.vision } : {}) });
  if (shot.click) await page.locator(shot.click).first().click();
  await mapIdle(page);
  const path = join(OUT, `${shot.name}-${size}-${lang}.png`);
  await page.screenshot({ path });
  console.log(`wrote ${path}${errors.length ? ` (page errors: ${errors.join(' | ')})` : ''}`);
  await page.context().close();
}

mkdirSync(OUT, { recursive: true });
const site = await startBuiltSite();
try {
  for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
    for (const lang of LANGS) for (const shot of SHOTS) await shoot(site.browser, site.served.url, shot, size, lang);
  }
  for (const shot of VISION) await shoot(site.browser, site.served.url, shot, 'desktop', 'fr');
} finally {
  await site.close();
}
