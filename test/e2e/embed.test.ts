// The map inside a news article: a page on another origin embeds it with the
// code the Embed button gives, in an iframe sandboxed to scripts and popups,
// with the map served under the strict CSP the README ships. The frame sizes
// itself, shows the linked day, opens quotes on a click, lets the page scroll,
// takes only well-formed commands from the host, and asks nothing of any
// server but the map's own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { createServer } from 'vite';
import { CSP } from '../../build/csp';
import { newEmbedId } from '../../src/embed/options';
import { SNAPSHOT_SIZE } from '../../src/embed/snapshots';
import { ROOT, build, launchChromium, serve, type Served } from './harness';
import { describeInChromium, missingChromium } from './inChromium';
import { startHost, type Host } from './host';
import { mapIdle, seriousAxeViolations } from './page';

const BOUSTANE = 'bustan-al-qaser';

let served: Served | undefined;
let host: Host | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (missingChromium) return;
  browser = await launchChromium();
  build();
  served = await serve({ headers: { 'Content-Security-Policy': CSP } });
  host = await startHost(served.url);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.server.close();
  await new Promise((resolve) => host?.server.close(resolve));
});

interface Article {
  context: BrowserContext;
  page: Page;
  frame: Frame;
  errors: string[];
  requests: string[];
}

/** The article page with the map embedded at `query`, once the map inside is drawn. */
async function openArticle(query: string, width = 1024, colorScheme: 'light' | 'dark' = 'light'): Promise<Article> {
  if (!browser || !served || !host) throw new Error('beforeAll did not finish');
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  context.on('request', (request) => requests.push(request.url()));
  const src = new URL(`./?${query}`, served.url).href;
  await page.goto(host.pageUrl(src));
  const frame = await frameOf(page);
  await mapIdle(frame);
  return { context, page, frame, errors, requests };
}

async function frameOf(page: Page): Promise<Frame> {
  await page.waitForSelector('iframe');
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes('embed='));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('no embedded map frame');
}

const frameHeight = (page: Page) => page.locator('iframe').evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
/** What the map's content needs: its body flows top to bottom (as src/embed/useHostBridge.ts measures it). */
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/** Waits until the host has set the iframe to the height the map's content needs. */
async function settledHeight(page: Page, frame: Frame): Promise<{ frame: number; content: number }> {
  let last = { frame: -1, content: -2 };
  for (let i = 0; i < 50; i++) {
    last = { frame: await frameHeight(page), content: await contentHeight(frame) };
    if (Math.abs(last.frame - last.content) <= 1) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

function outside(requests: string[], ...origins: string[]): string[] {
  return requests.filter((url) => !/^(data|blob):/.test(url) && !origins.includes(new URL(url).origin));
}

describeInChromium('embedded in an article on another origin', () => {
  it('runs sandboxed under the CSP, sizes itself, shows the linked day, and asks only its own server', async () => {
    const { page, frame, errors, requests, context } = await openArticle('embed=1&date=2016-12-13');
    const iframe = page.locator('iframe');
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts allow-popups');
    // Sandboxed without allow-same-origin: the map's origin is opaque, so it has no cookies or storage to use.
    expect(await frame.evaluate(() => self.origin)).toBe('null');

    const size = await settledHeight(page, frame);
    expect(Math.abs(size.frame - size.content)).toBeLessThanOrEqual(1);
    // The map takes a real share of it.
    const mapBox = await frame.locator('.embed-map').boundingBox();
    expect(mapBox!.height).toBeGreaterThan(250);

    await expect(frame.locator('.timebar-date').getAttribute('datetime')).resolves.toBe('2016-12-13');
    expect(await frame.evaluate(() => window.__map!.getGlobalState().day)).toBe(89);

    // The page asked the host for itself and the map's server for everything else.
    expect(outside(requests, host!.origin, served!.origin)).toEqual([]);
    expect(requests.filter((url) => url.startsWith(host!.origin))).toEqual([expect.stringContaining('/article.html')]);
    // The page's own still, for when the app never draws, was never fetched.
    expect(requests.filter((url) => url.includes('/snapshots/'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the width of the column it sits in', async () => {
    const { page, frame, errors, context } = await openArticle('embed=1&date=2016-12-13', 1024);
    const wide = await settledHeight(page, frame);
    await page.setViewportSize({ width: 360, height: 800 });
    let narrow = wide;
    for (let i = 0; i < 50 && narrow.frame === wide.frame; i++) {
      await page.waitForTimeout(100);
      narrow = await settledHeight(page, frame);
    }
    expect(narrow.frame).not.toBe(wide.frame);
    expect(Math.abs(narrow.frame - narrow.content)).toBeLessThanOrEqual(1);
    // Nothing spills sideways at 360 px.
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the quotes over the map when a district is clicked', async () => {
    const { frame, errors, context } = await openArticle('embed=1&date=2016-12-13');
    await frame.evaluate(async (id) => {
      const response = await fetch(new URL('data/gazetteer.json', document.baseURI));
      const gazetteer = (await response.json()) as { neighbourhoods: { id: string; centre: [number, number] }[] };
      const centre = gazetteer.neighbourhoods.find((n) => n.id === id)!.centre;
      window.__map!.jumpTo({ center: centre, zoom: 14 });
    }, BOUSTANE);
    await mapIdle(frame);
    const canvas = frame.locator('canvas.maplibregl-canvas');
    const box = (await canvas.boundingBox())!;
    await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
    const panel = frame.locator('.embed-map .district-panel');
    await panel.waitFor();
    await expect(panel.locator('h2').first().innerText()).resolves.toMatch(/Boustane|Bustan/);
    expect(await panel.locator('.quote').count()).toBeGreaterThan(0);
    // Over the map, inside its box.
    const mapBox = (await frame.locator('.embed-map').boundingBox())!;
    const panelBox = (await panel.boundingBox())!;
    expect(panelBox.y).toBeGreaterThanOrEqual(mapBox.y);
    expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(mapBox.y + mapBox.height + 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const width of [320, 375, 640, 1024]) {
    it(`leaves most of the map in sight with a district open, in a ${width} px column`, async () => {
      const { page, frame, errors, context } = await openArticle(`embed=1&date=2016-12-13&district=${BOUSTANE}`, width);
      const panel = frame.locator('.embed-map .district-panel');
      await panel.waitFor();
      await settledHeight(page, frame);
      const map = (await frame.locator('.embed-map').boundingBox())!;
      const card = (await panel.boundingBox())!;
      const overlap =
        Math.max(0, Math.min(map.x + map.width, card.x + card.width) - Math.max(map.x, card.x)) *
        Math.max(0, Math.min(map.y + map.height, card.y + card.height) - Math.max(map.y, card.y));
      // At most about half the map under the panel (a bottom sheet of 45 % when narrow).
      expect(overlap / (map.width * map.height)).toBeLessThanOrEqual(0.5);
      const frameWidth = await frame.evaluate(() => window.innerWidth);
      if (frameWidth <= 480) {
        // A bottom sheet: the map's top half is clear, the sheet scrolls within it.
        expect(card.y).toBeGreaterThanOrEqual(map.y + map.height * 0.5);
        expect(await panel.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
      }
      // The sheet is a layer over the map, not pushed below it: the frame's height is the map's.
      expect(card.y + card.height).toBeLessThanOrEqual(map.y + map.height + 1);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('opens on the district its link names without pulling the article to it', async () => {
    const { page, frame, errors, context } = await openArticle(`embed=1&date=2016-12-13&district=${BOUSTANE}`);
    await frame.locator('.embed-map .district-panel').waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no serious or critical axe-core violation, narrow, in Arabic, dark, with a district open', async () => {
    const { frame, errors, context } = await openArticle(`embed=1&date=2016-12-13&lang=ar&theme=dark&district=${BOUSTANE}`, 360);
    await frame.locator('.embed-map .district-panel').waitFor();
    expect(await seriousAxeViolations(frame)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the page scroll past it: the wheel alone does not zoom, and says how to', async () => {
    const { page, frame, errors, context } = await openArticle('embed=1&lang=en');
    const zoom = await frame.evaluate(() => window.__map!.getZoom());
    // MapLibre shows the help for a moment: note when it does.
    await frame.evaluate(() => {
      const screen = document.querySelector('.maplibregl-cooperative-gesture-screen')!;
      new MutationObserver(() => {
        if (screen.classList.contains('maplibregl-show')) document.body.dataset.helpShown = 'yes';
      }).observe(screen, { attributes: true });
    });
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(300);
    expect(await frame.evaluate(() => window.__map!.getZoom())).toBe(zoom);
    await expect(frame.locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message').innerText()).resolves.toBe(
      'Use Ctrl + scroll to zoom the map',
    );
    expect(await frame.evaluate(() => document.body.dataset.helpShown)).toBe('yes');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes a date from the host page, and ignores every other message', async () => {
    const { page, frame, errors, context } = await openArticle('embed=1&date=2016-12-13');
    const post = (message: unknown) =>
      page.evaluate((m) => document.querySelector('iframe')!.contentWindow!.postMessage(m, '*'), message);
    const shown = () => frame.locator('.timebar-date').getAttribute('datetime');

    for (const junk of [
      'hello',
      { 'aleppo-frontlines': { date: '<script>alert(1)</script>' } },
      { 'aleppo-frontlines': { date: '2016-11-28', extra: true } },
      { 'aleppo-frontlines': { date: '2016-13-45' } },
      { 'aleppo-frontlines': 'date' },
      { other: { date: '2016-11-28' } },
      '{"aleppo-frontlines":{"date":"2016-11-28"},"x":1}',
    ]) {
      await post(junk);
    }
    await page.waitForTimeout(200);
    expect(await shown()).toBe('2016-12-13');

    await post({ 'aleppo-frontlines': { date: '2016-11-28' } });
    await frame.waitForFunction(() => document.querySelector('.timebar-date')?.getAttribute('datetime') === '2016-11-28');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps to its window of dates and shows only the controls the link asks for', async () => {
    const { frame, errors, context } = await openArticle('embed=1&start=2016-11-20&end=2016-12-15&controls=slider,legend');
    const slider = frame.locator('input.slider');
    expect(await slider.getAttribute('max')).toBe('25');
    // No date in the link: the story's opening day, which lies inside the window.
    await expect(frame.locator('.timebar-date').getAttribute('datetime')).resolves.toBe('2016-11-28');
    await slider.fill('0');
    await expect(frame.locator('.timebar-date').getAttribute('datetime')).resolves.toBe('2016-11-20');
    // The new day's lines are drawn on the next frame: wait for the map to settle before reading them.
    await frame.evaluate(() => new Promise<void>((done) => {
      const map = window.__map!;
      map.once('idle', () => done());
      map.triggerRepaint();
    }));
    // One day numbering, the slider's: the map's day is the window's first, and the front lines
    // drawn are those of 20 November (their days recounted from their dates, src/map/fronts.ts).
    const drawn = await frame.evaluate(() => {
      const map = window.__map!;
      const fronts = map.querySourceFeatures('frontlines').map((f) => [f.properties.from, f.properties.until ?? null, f.properties.fromDay]);
      const shown = map.queryRenderedFeatures({ layers: ['front-line'] }).map((f) => [f.properties.from, f.properties.until ?? null]);
      return { day: map.getGlobalState().day as number, fronts: fronts as [string, string | null, number][], shown: shown as [string, string | null][] };
    });
    expect(drawn.day).toBe(0);
    expect(drawn.shown.length).toBeGreaterThan(0);
    for (const [from, until] of drawn.shown) {
      expect(from <= '2016-11-20').toBe(true);
      if (until !== null) expect(until > '2016-11-20').toBe(true);
    }
    // A line that began on the window's first day counts from 0 there; one from the battle's start, before it.
    for (const [from, , fromDay] of drawn.fronts) expect(fromDay === 0).toBe(from === '2016-11-20');
    expect(await frame.locator('.embed-head').count()).toBe(0);
    expect(await frame.locator('.embed-foot').count()).toBe(0);
    expect(await frame.locator('button.play').count()).toBe(0);
    expect(await frame.locator('.legend').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens with defaults when every embed option is junk', async () => {
    const junk =
      'embed=1&start=2016-02-30&end=%3Cscript%3Ealert(1)%3C/script%3E&controls=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' +
      '&theme=javascript:alert(1)&autoplay=perhaps&id=%22%3E%3Cb%3E&date=yesterday&lang=xx';
    const { page, frame, errors, context } = await openArticle(junk);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    // The default day: the story's opening day (story.json), not the quiet last day.
    const opening = await frame.evaluate(async () => {
      const response = await fetch(new URL('data/story.json', document.baseURI));
      return ((await response.json()) as { opening: string }).opening;
    });
    expect(opening).toMatch(/^2016-/);
    await expect(frame.locator('.timebar-date').getAttribute('datetime')).resolves.toBe(opening);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await frame.locator('.embed-head').count()).toBe(1);
    // Nothing injected: no image in the app (the page's own still stays hidden), no inline script.
    expect(await frame.locator('#app img, script:not([src])').count()).toBe(0);
    expect(await frame.locator('.still-fallback').isVisible()).toBe(false);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is dark when the reader’s system is, or when the link says so', async () => {
    const auto = await openArticle('embed=1', 640, 'dark');
    expect(await auto.frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await auto.frame.evaluate(() => window.__map!.getPaintProperty('background', 'background-color'))).toBe('#171b1f');
    await auto.context.close();
    const forced = await openArticle('embed=1&theme=dark', 640, 'light');
    expect(await forced.frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await forced.frame.evaluate(() => getComputedStyle(document.querySelector('.embed-root')!).backgroundColor)).toBe('rgb(17, 21, 24)');
    expect([...auto.errors, ...forced.errors]).toEqual([]);
    await forced.context.close();
  });
});

describeInChromium('when the map cannot load, the reader gets the still and a note, not a blank box', () => {
  /** The article with one map at `query`, set up by `prepare` before it loads; no waiting for a map. */
  async function openBroken(query: string, prepare: (context: BrowserContext) => Promise<unknown>, options: { javaScriptEnabled?: boolean } = {}) {
    const context = await browser!.newContext({ viewport: { width: 640, height: 800 }, ...options });
    await prepare(context);
    const page = await context.newPage();
    await page.goto(host!.pageUrl(new URL(`./?${query}`, served!.url).href));
    // A lazy frame loads when it nears the view (with JavaScript off there is none to see).
    if (options.javaScriptEnabled !== false) await page.locator('iframe').scrollIntoViewIfNeeded();
    return { context, page };
  }

  async function embeddedFrame(page: Page): Promise<Frame> {
    for (let i = 0; i < 100; i++) {
      const frame = page.frames().find((f) => f.url().includes('embed='));
      if (frame) return frame;
      await page.waitForTimeout(100);
    }
    throw new Error('no embedded map frame');
  }

  /** The image at `selector` in `frame` once it has loaded, as its file name and drawn width. */
  async function loadedImage(frame: Frame, selector: string): Promise<{ file: string; width: number }> {
    await frame.waitForFunction((sel) => {
      const img = document.querySelector<HTMLImageElement>(sel);
      return img !== null && img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width > 0;
    }, selector, { timeout: 30_000 });
    return frame.locator(selector).first().evaluate((img: HTMLImageElement) => ({
      file: new URL(img.currentSrc).pathname.split('/').pop()!,
      width: img.getBoundingClientRect().width,
    }));
  }

  it('its data do not come: the still of the last day, a note, and the frame fits them', async () => {
    const { context, page } = await openBroken('embed=1&date=2016-12-13&lang=en', (c) =>
      // map.json: the first view cannot draw, name or frame anything without it (events come later, for the panels).
      c.route('**/data/map.json', (route) => route.fulfill({ status: 500, body: 'down' })),
    );
    const frame = await embeddedFrame(page);
    const image = await loadedImage(frame, '.map-fallback img');
    expect(image.file).toBe('latest.png');
    await expect(frame.locator('.map-fallback').innerText()).resolves.toContain('The interactive map could not be shown here');
    const size = await settledHeight(page, frame);
    expect(Math.abs(size.frame - size.content)).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('the browser has no WebGL: the still of the very day asked for', async () => {
    const { context, page } = await openBroken('embed=1&date=2016-12-13', (c) =>
      c.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          return /webgl/i.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
        } as typeof original;
      }),
    );
    const frame = await embeddedFrame(page);
    // The day's still: the map on 13 December is the map of the last change, the 12th.
    expect((await loadedImage(frame, '.embed-map .map-fallback img')).file).toBe('2016-12-12.png');
    expect(await frame.locator('.embed-map .map-fallback img').getAttribute('alt')).toMatch(/12 décembre 2016 : régime : \d+ quartiers/);
    // The rest of the embed still works around it.
    await expect(frame.locator('.timebar-date').getAttribute('datetime')).resolves.toBe('2016-12-13');
    await context.close();
  });

  it('its script does not load: the page’s own still shows', async () => {
    const { context, page } = await openBroken('embed=1', (c) => c.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort()));
    const frame = await embeddedFrame(page);
    const image = await loadedImage(frame, '.still-fallback img');
    expect(image.file).toBe('latest.png');
    expect(image.width).toBeGreaterThan(200);
    // Shown once the app has had its moment to draw.
    await frame.locator('.still-fallback').waitFor({ state: 'visible' });
    await expect(frame.locator('.still-fallback').innerText()).resolves.toMatch(/La carte interactive ne s’affiche pas/);
    await context.close();
  });

  it('its server sends no CORS header: the sandboxed frame is refused script and styles, and still shows the image', async () => {
    const bare = await serve({ noCors: true });
    try {
      const context = await browser!.newContext({ viewport: { width: 640, height: 800 } });
      const page = await context.newPage();
      await page.goto(host!.pageUrl(new URL('./?embed=1', bare.url).href));
      await page.locator('iframe').scrollIntoViewIfNeeded();
      const frame = await embeddedFrame(page);
      const image = await loadedImage(frame, '.still-fallback img');
      // No style sheet: the image's own width="100%" keeps it inside the frame.
      const frameWidth = await frame.evaluate(() => window.innerWidth);
      expect(image.width).toBeGreaterThan(200);
      expect(image.width).toBeLessThanOrEqual(frameWidth);
      expect(await frame.locator('#app').innerHTML()).toBe('');
      await expect(frame.locator('.still-fallback').innerText()).resolves.toMatch(/Interactive map not showing/);
      await context.close();
    } finally {
      await bare.server.close();
    }
  });

  it('JavaScript is off: the article shows the code’s still alone, with no empty frame above it', async () => {
    const { context, page } = await openBroken('embed=1&date=2016-12-13', async () => {}, { javaScriptEnabled: false });
    expect(await page.locator('iframe').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    const still = page.locator('noscript img, figure img').first();
    await still.waitFor();
    expect(await still.evaluate((img: HTMLImageElement) => img.getBoundingClientRect().width)).toBeGreaterThan(200);
    // And the map's page itself, opened with JavaScript off (a frame whose scripts cannot run), shows its still.
    const direct = await context.newPage();
    await direct.goto(new URL('./?embed=1', served!.url).href);
    const image = await loadedImage(direct.mainFrame(), '.still-fallback img');
    expect(image.file).toBe('latest.png');
    await context.close();
  });
});

describeInChromium('several maps in one article', () => {
  /** Each map's frame in the page, by the id its link gives, once drawn. */
  async function framesById(page: Page, ids: readonly string[]): Promise<Map<string, Frame>> {
    const found = new Map<string, Frame>();
    for (const [i, id] of ids.entries()) {
      // The code asks for lazy loading: a frame loads when the reader nears it.
      await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
      for (let tries = 0; tries < 100 && !found.has(id); tries++) {
        const frame = page.frames().find((f) => new URL(f.url()).searchParams.get('id') === id);
        if (frame) found.set(id, frame);
        else await page.waitForTimeout(100);
      }
      const frame = found.get(id);
      if (!frame) throw new Error(`no frame for ${id}`);
      await mapIdle(frame);
    }
    return found;
  }

  for (const count of [2, 3]) {
    it(`sizes and drives each of ${count} maps on its own, each copy of the code with its own id`, async () => {
      const context = await browser!.newContext({ viewport: { width: 1024, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Three copies from the Embed dialog: three ids, and contents of three heights.
      const controls = ['', '&controls=slider', '&controls=title,legend,slider,play,shares,link'];
      const ids = Array.from({ length: count }, () => newEmbedId('2016-12-13'));
      expect(new Set(ids).size).toBe(count);
      const srcs = ids.map((id, i) => new URL(`./?embed=1&date=2016-12-13&id=${id}${controls[i]}`, served!.url).href);
      await page.goto(host!.pageUrl(srcs));
      const frames = await framesById(page, ids);
      const iframeHeight = (i: number) => page.locator('iframe').nth(i).evaluate((el) => el.getBoundingClientRect().height);

      // Each frame takes its own content's height.
      const settle = async () => {
        const heights: number[] = [];
        for (const [i, id] of ids.entries()) {
          const frame = frames.get(id)!;
          // Chromium pauses the rendering of cross-origin frames out of sight: a frame
          // reports its new height when the reader reaches it, so go there.
          await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
          let pair = { frame: -1, content: -2 };
          for (let tries = 0; tries < 50; tries++) {
            pair = { frame: await iframeHeight(i), content: await contentHeight(frame) };
            if (Math.abs(pair.frame - pair.content) <= 1) break;
            await page.waitForTimeout(100);
          }
          expect(Math.abs(pair.frame - pair.content), `map ${i + 1} of ${count}`).toBeLessThanOrEqual(1);
          heights.push(pair.frame);
        }
        return heights;
      };
      const wide = await settle();
      expect(new Set(wide).size).toBe(count);
      // A narrower column: every frame follows its own new height.
      await page.setViewportSize({ width: 400, height: 800 });
      await page.waitForTimeout(300);
      const narrow = await settle();
      for (let i = 0; i < count; i++) expect(narrow[i]).not.toBe(wide[i]);

      // The host drives one map: only that one moves.
      const shown = () => Promise.all(ids.map((id) => frames.get(id)!.locator('.timebar-date').getAttribute('datetime')));
      const target = count - 1;
      await page.locator('iframe').nth(target).evaluate((el) =>
        (el as HTMLIFrameElement).contentWindow!.postMessage({ 'aleppo-frontlines': { date: '2016-11-28' } }, '*'),
      );
      await frames.get(ids[target]!)!.waitForFunction(() => document.querySelector('.timebar-date')?.getAttribute('datetime') === '2016-11-28');
      const dates = await shown();
      expect(dates).toEqual(ids.map((_, i) => (i === target ? '2016-11-28' : '2016-12-13')));
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describeInChromium('served by npm start and npm run preview', () => {
  it('the preview server (vite.config.ts) lets a sandboxed frame, origin null, read every file', async () => {
    // The whole suite above runs on this server: this says why it can.
    for (const path of ['', 'data/timeline.json', 'snapshots/latest.png']) {
      const response = await fetch(new URL(path, served!.url), { headers: { origin: 'null' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });

  it('the dev server (vite.config.ts) does the same, and an embed copied from it draws its map in a local article', async () => {
    // public/data is there: build() ran the pipeline.
    const dev = await createServer({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: 0, open: false } });
    const devHost = await (async () => {
      await dev.listen();
      const { port } = dev.httpServer!.address() as AddressInfo;
      return startHost(`http://127.0.0.1:${port}/`);
    })();
    try {
      const { port } = dev.httpServer!.address() as AddressInfo;
      for (const path of ['/', '/src/main.tsx']) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { origin: 'null' } });
        expect(response.status, path).toBe(200);
        expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
      }
      const context = await browser!.newContext({ viewport: { width: 640, height: 800 } });
      const page = await context.newPage();
      const workerErrors: string[] = [];
      page.on('console', (m) => {
        if (/worker/i.test(m.text()) && m.type() === 'error') workerErrors.push(m.text());
      });
      await page.goto(devHost.pageUrl(`http://127.0.0.1:${port}/?embed=1&date=2016-12-13`));
      await page.locator('iframe').scrollIntoViewIfNeeded();
      const frame = await frameOf(page);
      expect(await frame.evaluate(() => self.origin)).toBe('null');
      // The first load has the dev server bundle its dependencies: give it time.
      await frame.waitForSelector('.map[data-ready="true"]', { timeout: 90_000 });
      await mapIdle(frame);
      await expect(frame.locator('.timebar-date').getAttribute('datetime')).resolves.toBe('2016-12-13');
      expect(workerErrors).toEqual([]);
      await context.close();
    } finally {
      await dev.close();
      await new Promise((resolve) => devHost.server.close(resolve));
    }
  }, 150_000);
});

describeInChromium('what the build ships for embedding', () => {
  it('has a still for readers without the map, and an oEmbed description a CMS can find', async () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    // The page's own still, for when the app never draws (JavaScript off or blocked).
    const at = html.indexOf('<div class="still-fallback">');
    expect(at).toBeGreaterThan(html.indexOf('<div id="app">'));
    const still = html.slice(at, html.indexOf('</div></div>', at) + 12);
    const img = /<noscript>.*<img src="([^"]+)" alt="([^"]+)" width="100%">.*<\/noscript>/.exec(still);
    // Its twin for a failed file has no address until public/boot.js gives it one.
    expect(still).toMatch(/<div class="still-failed">.*<img data-src="[^"]+" alt="[^"]+" width="100%">/);
    expect(img?.[2]).toMatch(/Alep.*régime : \d+ quartiers/);
    const image = await fetch(new URL(img![1]!, served!.url));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([SNAPSHOT_SIZE.width, SNAPSHOT_SIZE.height]);

    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
    expect(link).not.toBeNull();
    const oembed = (await (await fetch(new URL(link![1]!, served!.url))).json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'aleppo-frontlines' });
    expect(oembed.html).toMatch(/<iframe [^>]*sandbox="allow-scripts allow-popups"/);
    // The build's CSP is in the page too, word for word.
    expect(html).toContain(`content="${CSP}"`);
    // Editors' files stay out of the published site; what the map reads is there.
    expect(existsSync(join(ROOT, 'dist/data/mentions.json'))).toBe(false);
    expect(existsSync(join(ROOT, 'dist/data/review.md'))).toBe(false);
    expect(existsSync(join(ROOT, 'dist/data/timeline.json'))).toBe(true);
  });
});

describeInChromium('the full map’s Embed and Download', () => {
  async function openMap(path: string) {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(path, served!.url).href);
    await mapIdle(page);
    return { context, page, errors };
  }

  /** The Embed dialog's preview once its map is drawn and its frame has taken the height the map reports. */
  async function settledPreview(page: Page): Promise<{ frame: Frame; heights: { frame: number; content: number } }> {
    const preview = page.locator('.embed-preview iframe');
    await preview.waitFor();
    let frame: Frame | undefined;
    for (let i = 0; i < 100 && !frame; i++) {
      const src = await preview.getAttribute('src');
      frame = page.frames().find((f) => f.url() === src);
      if (!frame) await page.waitForTimeout(100);
    }
    if (!frame) throw new Error('no preview frame');
    await mapIdle(frame);
    let heights = { frame: 0, content: -1 };
    for (let i = 0; i < 50; i++) {
      heights = { frame: await preview.evaluate((el) => el.getBoundingClientRect().height), content: await contentHeight(frame) };
      if (Math.abs(heights.frame - heights.content) <= 1) break;
      await page.waitForTimeout(100);
    }
    return { frame, heights };
  }

  it('gives the code for the day and district shown, which embeds that view', async () => {
    const { context, page, errors } = await openMap(`./?date=2016-12-13&district=${BOUSTANE}&lang=en`);
    await page.locator('button.embed-button').click();
    const dialog = page.locator('dialog.embed-dialog');
    await dialog.waitFor();
    const code = await dialog.locator('#embed-code').inputValue();
    const src = /<iframe [^>]*src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&');
    const params = new URL(src).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({ embed: '1', date: '2016-12-13', district: BOUSTANE, lang: 'en' });
    expect(code).toContain('sandbox="allow-scripts allow-popups"');
    expect(code).toMatch(/<img src="[^"]+\/snapshots\/2016-12-12\.png" alt="Map of Aleppo’s neighbourhoods on 12 December 2016: regime: \d+ neighbourhoods/);
    // Its own id, in the link, the frame and the script.
    const id = params.get('id')!;
    expect(id).toMatch(/^aleppo-2016-12-13-[a-z0-9]{4}$/);
    expect(await dialog.locator('#embed-id').inputValue()).toBe(id);
    expect(code).toContain(`<iframe id="${id}-frame"`);

    // Once the preview has drawn and taken its height: the dialog's layout stands still.
    await settledPreview(page);
    // axe's target-size does not know the top layer a modal dialog lives in: it takes the
    // full map's slider, inert behind the dialog, for a control covering the dialog's
    // buttons. That rule is checked here by hand instead.
    expect(await seriousAxeViolations(page, 'dialog.embed-dialog', ['target-size'])).toEqual([]);
    const targets = await dialog.locator('button, select, input').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const margin = parseFloat(getComputedStyle(el).marginTop) + parseFloat(getComputedStyle(el).marginBottom);
        return { size: Math.min(box.width, box.height), margin };
      }),
    );
    // 24 px, or (the checkboxes) smaller with their margins keeping 24 px of room.
    for (const target of targets) expect(target.size + target.margin).toBeGreaterThanOrEqual(24);
    // Options change the code.
    await dialog.locator('input[type="checkbox"]').first().check();
    await expect(dialog.locator('#embed-code').inputValue()).resolves.toContain('autoplay=1');

    // The code works: pasted into an article, it shows that very view.
    const article = await context.newPage();
    await article.setContent(code.replace(/loading="lazy" /, ''));
    await article.waitForSelector('iframe');
    let frame: Frame | undefined;
    for (let i = 0; i < 100 && !frame; i++) {
      frame = article.frames().find((f) => f.url().includes('embed='));
      if (!frame) await article.waitForTimeout(100);
    }
    await mapIdle(frame!);
    await frame!.locator('.embed-map .district-panel').waitFor();
    await article.close();

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Each opening gives a new id: a second copy for the same article names its own map.
    await page.locator('button.embed-button').click();
    await dialog.waitFor();
    const again = await dialog.locator('#embed-id').inputValue();
    expect(again).toMatch(/^aleppo-2016-12-13-[a-z0-9]{4}$/);
    expect(again).not.toBe(id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes ISO dates whatever the browser’s locale, an id of the editor’s, and previews the code', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('./?date=2016-12-13&lang=en', served!.url).href);
    await mapIdle(page);
    await page.locator('button.embed-button').click();
    const dialog = page.locator('dialog.embed-dialog');
    await dialog.waitFor();
    const code = () => dialog.locator('#embed-code').inputValue();
    const start = dialog.locator('#embed-start');
    const timeline = await page.evaluate(async () => (await (await fetch('data/timeline.json')).json()) as { start: string; end: string });
    // Shown as the link writes it, not as 09/15/2016.
    expect(await start.getAttribute('type')).toBe('text');
    expect(await start.inputValue()).toBe(timeline.start);
    expect(await dialog.locator('#embed-end').inputValue()).toBe(timeline.end);

    // A US date is refused with a message, and the code keeps the whole timeline.
    await start.fill('11/28/2016');
    await expect(dialog.locator('#embed-start-error').innerText()).resolves.toMatch(/YYYY-MM-DD/);
    expect(await start.getAttribute('aria-invalid')).toBe('true');
    expect(await code()).not.toContain('start=');
    await start.fill('2016-11-28');
    expect(await dialog.locator('#embed-start-error').count()).toBe(0);
    expect(await code()).toContain('start=2016-11-28');
    await start.fill('2015-01-01');
    await expect(dialog.locator('#embed-start-error').innerText()).resolves.toMatch(/Outside the timeline/);
    expect(await code()).toContain('start=2016-11-28');

    // The editor's own id goes everywhere; a bad one is refused and the last good one stays.
    const idField = dialog.locator('#embed-id');
    await idField.fill('story-map_2');
    expect(await code()).toContain('<iframe id="story-map_2-frame"');
    expect(await code()).toContain('id=story-map_2');
    await idField.fill('two words"><b>');
    expect(await idField.getAttribute('aria-invalid')).toBe('true');
    expect(await code()).toContain('<iframe id="story-map_2-frame"');
    await idField.fill('story-map_2');

    // The theme menu shows its longest choice whole.
    const select = dialog.locator('#embed-theme');
    expect(await select.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await select.selectOption('dark');

    // The preview is the code's URL, drawn, as tall as the map says.
    const src = /<iframe [^>]*src="([^"]+)"/.exec(await code())![1]!.replaceAll('&amp;', '&');
    const preview = dialog.locator('.embed-preview iframe');
    await page.waitForFunction((expected) => document.querySelector('.embed-preview iframe')?.getAttribute('src') === expected, src);
    expect(await preview.getAttribute('sandbox')).toBe('allow-scripts allow-popups');
    const { frame, heights } = await settledPreview(page);
    expect(frame.url()).toBe(src);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(frame.locator('.timebar-date').getAttribute('datetime')).resolves.toBe('2016-12-13');
    expect(Math.abs(heights.frame - heights.content)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the day, the timeline and the events, each with its credits, and a PNG of the view', async () => {
    const { context, page, errors } = await openMap('./?date=2016-12-13');
    await page.locator('details.downloads summary').click();
    const download = async (label: RegExp) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator('details.downloads button', { hasText: label }).click()]);
      return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
    };
    const dayCsv = await download(/This day.*CSV|Ce jour.*CSV/);
    expect(dayCsv.name).toBe('aleppo-frontlines-2016-12-13.csv');
    const text = dayCsv.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^date,neighbourhood_id,.*,credits$/);
    const boustane = lines.find((l) => l.includes(`,${BOUSTANE},`))!;
    expect(boustane).toMatch(/^2016-12-13,bustan-al-qaser,.*,regime,2016-12-12,no,/);
    expect(boustane).toContain('Conflict Urbanism');

    const dayGeo = JSON.parse((await download(/Ce jour.*GeoJSON/)).body.toString('utf8'));
    expect(dayGeo.date).toBe('2016-12-13');
    expect(dayGeo.credits.places).toContain('Conflict Urbanism');
    expect(dayGeo.credits.texts.length).toBeGreaterThan(5);
    const feature = dayGeo.features.find((f: { properties: { id: string } }) => f.properties.id === BOUSTANE);
    expect(feature.properties).toMatchObject({ controller: 'regime', since: '2016-12-12' });
    expect(feature.properties.sources.length).toBeGreaterThan(0);

    const acled = (await download(/ACLED/)).body.toString('utf8').slice(1).split('\r\n');
    expect(acled[0]!.split(',').slice(0, 7)).toEqual([
      'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
    ]);
    expect(acled.some((l) => l.includes('Government regains territory'))).toBe(true);

    const timeline = (await download(/chronologie \(CSV\)/)).body.toString('utf8').slice(1);
    expect(timeline.split('\r\n')[0]).toMatch(/^neighbourhood_id,.*,from,until,controller,/);

    const png = await download(/PNG/);
    expect(png.name).toBe('aleppo-frontlines-2016-12-13.png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    // Taller than the map: the title above and the legend and credits below.
    const canvasHeight = await page.evaluate(() => window.__map!.getCanvas().height);
    expect(png.body.readUInt32BE(20)).toBeGreaterThan(canvasHeight);
    expect(errors).toEqual([]);
    await context.close();
  });
});
