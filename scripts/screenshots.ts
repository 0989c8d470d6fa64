/**
 * `npm run screenshots`: the built app in headless Chromium, photographed into screenshots/
 * (git-ignored): the first view at 1280×800, 375×700 and 320×568 in French, English and
 * Arabic, dark mode, the map on three dates, a district's panel on desktop and phones. Builds first (npm run build, which runs the pipeline); E2E_USE_DIST=1 reuses dist/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT, startBuiltSite } from '../test/e2e/harness';
import { mapIdle, openMap } from '../test/e2e/page';

const OUT = join(ROOT, 'screenshots');

interface Shot {
  file: string;
  query: string;
  viewport: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Run in the page before the picture, after the map is idle. */
  before?: string;
  /** Taken only when a word on the command line picks it (`-- matrix`). */
  optIn?: boolean;
}

const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone375: { width: 375, height: 700 },
  phone320: { width: 320, height: 568 },
};
const LANGS = ['fr', 'en', 'ar'] as const;

const SHOTS: Shot[] = [
  // The first view at every size in every language, then dark mode.
  ...Object.entries(SIZES).flatMap(([size, viewport]) =>
    LANGS.map((lang): Shot => ({ file: `${size}-${lang}.png`, query: `?lang=${lang}`, viewport })),
  ),
  ...Object.entries(SIZES).map(([size, viewport]): Shot => ({ file: `${size}-fr-dark.png`, query: '?lang=fr', viewport, colorScheme: 'dark' })),
  { file: 'desktop-ar-dark.png', query: '?lang=ar', viewport: SIZES.desktop, colorScheme: 'dark' },
  { file: 'map-2016-09-15.png', query: '?date=2016-09-15', viewport: SIZES.desktop },
  { file: 'map-2016-11-28.png', query: '?date=2016-11-28', viewport: SIZES.desktop },
  { file: 'map-2016-12-13.png', query: '?date=2016-12-13', viewport: SIZES.desktop },
  {
    file: 'panel.png',
    query: '?date=2016-12-13&district=bustan-al-qaser&view=13.60/36.19500/37.14500',
    viewport: SIZES.desktop,
    // The quote from seed-001 in view.
    before: `document.querySelector('[data-event^="seed-001@"]')?.scrollIntoView({ block: 'center' })`,
  },
  { file: 'phone375-fr-panel.png', query: '?date=2016-12-13&district=bustan-al-qaser', viewport: SIZES.phone375 },
  { file: 'phone320-ar-panel.png', query: '?lang=ar&date=2016-12-13&district=bustan-al-qaser', viewport: SIZES.phone320 },
  { file: 'phone375-ar-dark-panel.png', query: '?lang=ar&date=2016-12-13&district=bustan-al-qaser', viewport: SIZES.phone375, colorScheme: 'dark' },
  // The phone's menu opened: intro, languages, search, balance, Embed, downloads, credits.
  { file: 'phone375-fr-menu.png', query: '?lang=fr', viewport: SIZES.phone375, before: `document.querySelector('.menu-toggle').click()` },
  { file: 'phone320-ar-menu.png', query: '?lang=ar', viewport: SIZES.phone320, before: `document.querySelector('.menu-toggle').click()` },
  { file: 'english.png', query: '?lang=en&date=2016-12-07&district=dahiyat-al-assad', viewport: SIZES.desktop },
  { file: 'arabic.png', query: '?lang=ar&date=2016-12-12&view=13.80/36.19800/37.15500', viewport: SIZES.desktop },
];

/** Opens the phone's menu when the control is in it, then presses the control. */
const press = (selector: string) =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (el && !el.checkVisibility() && document.querySelector('.menu-toggle')?.checkVisibility()) document.querySelector('.menu-toggle').click(); document.querySelector(${JSON.stringify(selector)}).click(); })()`;

// Every size, language and theme: the map, a district open, the table and (phones) the menu,
// into screenshots/matrix/ (`npm run screenshots -- matrix`, or a part: `-- matrix/phone320-ar`).
const VIEWS: Record<string, { query: string; before?: string; phoneOnly?: boolean }> = {
  map: { query: 'date=2016-12-13' },
  panel: { query: 'date=2016-12-05&district=ash-shaar' },
  table: { query: 'date=2016-11-28', before: press('.table-toggle') },
  menu: { query: 'date=2016-12-13', before: press('.menu-toggle'), phoneOnly: true },
  embed: { query: 'date=2016-12-13', before: press('.embed-button'), phoneOnly: true },
  search: {
    query: 'date=2016-12-13',
    before: `${press('.menu-toggle')}; (() => { const i = document.querySelector('.search input'); i.value = 'al'; i.dispatchEvent(new Event('input', { bubbles: true })); i.focus(); })()`,
    phoneOnly: true,
  },
};
SHOTS.push(
  ...Object.entries(SIZES).flatMap(([size, viewport]) =>
    LANGS.flatMap((lang) =>
      (['light', 'dark'] as const).flatMap((colorScheme) =>
        Object.entries(VIEWS)
          .filter(([, v]) => !v.phoneOnly || size !== 'desktop')
          .map(([view, v]): Shot => ({ file: `matrix/${size}-${lang}-${colorScheme}-${view}.png`, query: `?lang=${lang}&${v.query}`, viewport, colorScheme, ...(v.before ? { before: v.before } : {}), optIn: true })),
      ),
    ),
  ),
);

const only = process.argv.slice(2);

async function shoot(browser: Browser, url: string, shot: Shot): Promise<void> {
  const { page, errors } = await openMap(browser, new URL(shot.query, url).href, shot);
  if (shot.before) await page.evaluate(shot.before);
  await mapIdle(page);
  const path = join(OUT, shot.file);
  await page.screenshot({ path });
  console.log(`wrote ${path}${errors.length ? ` (page errors: ${errors.join(' | ')})` : ''}`);
  await page.context().close();
}

mkdirSync(join(OUT, 'matrix'), { recursive: true });
const site = await startBuiltSite();
try {
  // `npm run screenshots -- phone320` takes only the shots whose file names hold one of the words.
  for (const shot of SHOTS) if (only.length ? only.some((w) => shot.file.includes(w)) : !shot.optIn) await shoot(site.browser, site.served.url, shot);
} finally {
  await site.close();
}
