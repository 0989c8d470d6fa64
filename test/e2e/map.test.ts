// The built app in a real browser: the map loads, draws who held what on the
// chosen day, explains it with quotes, keeps its state in the URL, reads in
// three languages, works from the keyboard and on a phone, and asks nothing
// of any server but its own.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSiteInChromium, describeInChromium } from './inChromium';
import { alphaOf, mapIdle, nearestControl, pixelAt, project, seriousAxeViolations } from './page';

const LABELS = 'neighbourhood-labels';
const FILLS = 'neighbourhood-fills';
const BOUSTANE = 'bustan-al-qaser';

const site = builtSiteInChromium();

interface Watched {
  page: Page;
  errors: string[];
  /** Every URL the page or its workers asked for. */
  requests: string[];
}

async function open(
  path: string,
  viewport = { width: 1280, height: 800 },
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
): Promise<Watched> {
  const context = await site.browser().newContext({ viewport, reducedMotion });
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
  await page.goto(new URL(path, site.served().url).href);
  return { page, errors, requests };
}

/** Names drawn on screen, read back from the map's rendered features. */
function renderedNames(page: Page, property: string): Promise<{ labels: string[]; fills: number }> {
  return page.evaluate(
    ({ labels, fills, property }) => {
      const map = window.__map!;
      return {
        labels: map.queryRenderedFeatures({ layers: [labels] }).map((f) => String(f.properties[property])),
        fills: map.queryRenderedFeatures({ layers: [fills] }).length,
      };
    },
    { labels: LABELS, fills: FILLS, property },
  );
}

function foreignRequests(requests: string[], origin: string): string[] {
  // data: and blob: URLs are made inside the page; they reach no server.
  return requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
}

/** Boustane al-Qasr's centre, from the gazetteer the app itself serves. */
async function centreOf(page: Page, id: string): Promise<[number, number]> {
  return page.evaluate(async (id) => {
    const response = await fetch(new URL('data/gazetteer.json', document.baseURI));
    const gazetteer = (await response.json()) as { neighbourhoods: { id: string; centre: [number, number] }[] };
    return gazetteer.neighbourhoods.find((n) => n.id === id)!.centre;
  }, id);
}

/** The fill drawn at a district's centre, with the names hidden so no letter stands on the pixel. */
async function fillAt(page: Page, lonLat: [number, number]) {
  await page.evaluate((labels) => window.__map!.setLayoutProperty(labels, 'visibility', 'none'), LABELS);
  await mapIdle(page);
  const rgb = await pixelAt(page, lonLat);
  await page.evaluate((labels) => window.__map!.setLayoutProperty(labels, 'visibility', 'visible'), LABELS);
  return { rgb, control: nearestControl(rgb) };
}

/** The front lines drawn now, as [fromDay, untilDay] pairs, beside the day shown. */
function drawnFronts(page: Page): Promise<{ day: number; fronts: [number, number | null][] }> {
  return page.evaluate(() => {
    const map = window.__map!;
    const fronts = map.queryRenderedFeatures({ layers: ['front-line'] }).map((f) => [f.properties.fromDay, f.properties.untilDay ?? null]);
    return { day: map.getGlobalState().day as number, fronts: fronts as [number, number | null][] };
  });
}

function expectFrontsOfTheDay({ day, fronts }: { day: number; fronts: [number, number | null][] }) {
  expect(fronts.length).toBeGreaterThan(0);
  for (const [from, until] of fronts) {
    expect(from).toBeLessThanOrEqual(day);
    if (until !== null) expect(until).toBeGreaterThan(day);
  }
}

const sliderValue = (page: Page) => page.locator('input.slider').inputValue();
const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

describeInChromium('map page', () => {
  it('loads in French with shapes, names, a date and credits, asking only its own server', async () => {
    const { page, errors, requests } = await open('./');
    await mapIdle(page);

    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect(page.title()).resolves.toBe('Aleppo front lines, 2016');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/Alep/);

    const { labels, fills } = await renderedNames(page, 'name_fr');
    expect(fills).toBeGreaterThan(50);
    expect(labels.length).toBeGreaterThan(5);
    expect(labels).not.toContain('undefined');
    // The day is written out, the slider says it in words too.
    await expect(page.locator('.day-line time').innerText()).resolves.toMatch(/\d+ \S+ 2016/);
    expect(await page.locator('input.slider').getAttribute('aria-valuetext')).toMatch(/2016/);
    expect(await page.locator('.slider-marks .mark').count()).toBeGreaterThan(3);

    // Labels are drawn from the bundled font, fetched from the app's origin.
    expect(requests.some((url) => /noto-sans-latin-400-normal.*\.woff2$/.test(url))).toBe(true);
    // The articles (so the outlets) come with the reader's first move: here, opening their list.
    await page.locator('.credits summary').click();
    await page.locator('.credits .outlets li').first().waitFor({ state: 'attached' });
    expect(await page.locator('.credits .outlets li').count()).toBeGreaterThan(5);
    await expect(page.locator('.credits').innerText()).resolves.toContain('Conflict Urbanism: Aleppo');

    expect(errors).toEqual([]);
    expect(foreignRequests(requests, site.served().origin)).toEqual([]);
    await page.context().close();
  });

  it('moving the slider from 2016-12-01 to 2016-12-13 turns Boustane al-Qasr from rebel to regime', async () => {
    const { page, errors, requests } = await open('./?date=2016-12-01');
    await mapIdle(page);
    const centre = await centreOf(page, BOUSTANE);
    // Count any re-upload of the shapes from here on.
    await page.evaluate(() => {
      const source = window.__map!.getSource('neighbourhoods') as unknown as { setData: (...a: unknown[]) => unknown };
      const original = source.setData.bind(source);
      (window as unknown as { __uploads: number }).__uploads = 0;
      source.setData = (...args: unknown[]) => {
        (window as unknown as { __uploads: number }).__uploads++;
        return original(...args);
      };
    });

    const before = await fillAt(page, centre);
    expect(before.control, `rgb ${before.rgb}`).toBe('rebel');
    const frontsBefore = await drawnFronts(page);
    expectFrontsOfTheDay(frontsBefore);

    const slider = page.locator('input.slider');
    const start = Number(await sliderValue(page));
    await slider.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    expect(Number(await sliderValue(page))).toBe(start + 12);
    await expect.poll(() => urlParam(page, 'date')).toBe('2016-12-13');
    expect(await slider.getAttribute('aria-valuetext')).toContain('13 décembre 2016');
    await mapIdle(page);

    const after = await fillAt(page, centre);
    expect(after.control, `rgb ${after.rgb}`).toBe('regime');
    // The front line drawn is the one of the new day.
    const frontsAfter = await drawnFronts(page);
    expectFrontsOfTheDay(frontsAfter);
    expect(frontsAfter.fronts).not.toEqual(frontsBefore.fronts);
    // The date went through feature-state and global state: the shapes were fetched once, never re-sent.
    expect(await page.evaluate(() => (window as unknown as { __uploads: number }).__uploads)).toBe(0);
    expect(requests.filter((url) => url.includes('map.json'))).toHaveLength(1);
    expect(await page.evaluate(() => window.__map!.getGlobalState().day)).toBe(await page.locator('input.slider').inputValue().then(Number));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('clicking Boustane al-Qasr opens its panel, quoting seed-001; the URL reopens it; back and forward work', async () => {
    const { page, errors } = await open('./?date=2016-12-13');
    await mapIdle(page);
    const point = await project(page, await centreOf(page, BOUSTANE));
    await page.mouse.move(point.x, point.y);
    await expect(page.locator('.map-tip').innerText()).resolves.toMatch(/Boustane al-Qasr\s+régime/);
    await page.mouse.click(point.x, point.y);

    const panel = page.locator('.district-panel');
    await panel.waitFor();
    await expect(panel.locator('h2').innerText()).resolves.toBe('Boustane al-Qasr');
    await expect(panel.locator('.names').innerText()).resolves.toContain('بستان القصر');
    await expect(panel.locator('.district-now').innerText()).resolves.toMatch(/régime depuis le 12 décembre 2016/);
    expect(await panel.locator('.periods li').count()).toBeGreaterThanOrEqual(2);
    const quote = panel.locator('[data-event^="seed-001@"]');
    expect(await quote.count()).toBe(1);
    await expect(quote.locator('blockquote').innerText()).resolves.toContain('Boustane al-Qasr');
    // The day's deciding quote comes first; earlier reports follow newest first; none dated after the day
    // shown is outside the folded "later" part.
    expect(await panel.locator('.on-day .quotes.deciding [data-event^="seed-001@"]').count()).toBe(1);
    const dates = await panel.locator('.quotes.earlier time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort().reverse());
    const outsideLater = await panel
      .locator('.quote')
      .evaluateAll((els) => els.filter((e) => !e.closest('details.later')).map((e) => e.getAttribute('data-date') ?? ''));
    for (const d of outsideLater) expect(d <= '2016-12-13', d).toBe(true);
    // Links go to http(s) only.
    const hrefs = await panel.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);

    expect(urlParam(page, 'district')).toBe(BOUSTANE);
    expect(urlParam(page, 'date')).toBe('2016-12-13');
    await expect(page.title()).resolves.toContain('Boustane al-Qasr');

    // The link alone reopens the same map.
    const link = page.url();
    const again = await open(link.slice(site.served().url.length - 1).replace(/^\//, './'));
    await mapIdle(again.page);
    await again.page.locator('.district-panel').waitFor();
    await expect(again.page.locator('.district-panel h2').innerText()).resolves.toBe('Boustane al-Qasr');
    await expect(again.page.locator('.day-line time').innerText()).resolves.toBe('13 décembre 2016');
    expect(again.errors).toEqual([]);
    await again.page.context().close();

    // Back closes the panel, forward reopens it.
    await page.goBack();
    await panel.waitFor({ state: 'detached' });
    expect(urlParam(page, 'district')).toBeNull();
    await page.goForward();
    await panel.waitFor();
    expect(urlParam(page, 'district')).toBe(BOUSTANE);

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a district no article speaks of says so and shows its baseline sources', async () => {
    const { page: probe } = await open('./');
    const picked = await probe.evaluate(async () => {
      const get = async (name: string) => (await fetch(new URL(`data/${name}`, document.baseURI))).json();
      const timeline = await get('timeline.json');
      const baseline = await get('baseline.json');
      const entries = baseline.entries as { neighbourhood: string; sources: string[] }[];
      const entry = entries.find(
        (e) =>
          e.sources.some((s) => /^https?:/.test(s)) &&
          (timeline.neighbourhoods[e.neighbourhood] as { events: string[] }[]).every((p) => p.events.length === 0),
      )!;
      return { id: entry.neighbourhood, links: entry.sources.filter((s) => /^https?:/.test(s)).length };
    });
    await probe.context().close();

    const { page, errors } = await open(`./?district=${picked.id}`);
    await mapIdle(page);
    const panel = page.locator('.district-panel');
    await panel.waitFor();
    await expect(panel.locator('.no-events').innerText()).resolves.toMatch(/Aucun article du corpus[\s\S]*état initial au 15 septembre 2016/);
    expect(await panel.locator('.baseline-sources a').count()).toBe(picked.links);
    await expect(panel.locator('.periods').innerText()).resolves.toContain('état initial');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches to Arabic: right-to-left page, Arabic labels from the bundled Arabic font, kept in the URL', async () => {
    const { page, errors, requests } = await open('./?date=2016-12-12');
    await mapIdle(page);

    await page.getByRole('button', { name: 'العربية' }).click();
    await mapIdle(page);

    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.evaluate(() => window.__map?.getGlobalState().lang)).toBe('ar');
    expect(urlParam(page, 'lang')).toBe('ar');
    const { labels } = await renderedNames(page, 'name_ar');
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.some((name) => /[\u0600-\u06FF]/.test(name))).toBe(true);
    expect(requests.some((url) => /noto-sans-arabic-arabic-400-normal.*\.woff2$/.test(url))).toBe(true);
    // The day line in Arabic, and the intro card on the right (reading side).
    await expect(page.locator('.day-line').innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
    const box = await page.locator('.intro').boundingBox();
    expect(box!.x).toBeGreaterThan(640);

    expect(errors).toEqual([]);
    expect(foreignRequests(requests, site.served().origin)).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard alone: map centre, search, panel, time keys', async () => {
    // A view centred on Sheikh Saeed: what lies at the centre must not hang on how tall the cards are.
    const { page, errors } = await open('./?date=2016-12-01&view=13.00/36.16462/37.15581');
    await mapIdle(page);

    // The first stop is the map: its centre district is announced and Enter opens it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    await page.locator('.crosshair').waitFor();
    await expect(page.locator('.map-wrap [aria-live]').innerText()).resolves.toMatch(/^Au centre : .+Entrée pour ouvrir\.$/);
    await page.keyboard.press('Enter');
    await page.locator('.district-panel').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('district-name');
    await page.keyboard.press('Escape');
    await page.locator('.district-panel').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);

    // Tab on to the search box; any spelling finds the district.
    for (let i = 0; i < 20; i++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === 'district-search') break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('district-search');
    await page.keyboard.type('Bostan al Qasr');
    await page.locator('#district-search-results [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.district-panel').waitFor();
    await expect(page.locator('.district-panel h2').innerText()).resolves.toBe('Boustane al-Qasr');

    // Time keys from anywhere outside a field: next day, next change.
    const day = Number(await sliderValue(page));
    await page.keyboard.press('.');
    await expect.poll(async () => Number(await sliderValue(page))).toBe(day + 1);
    const next = await page.evaluate(async () => {
      const timeline = await (await fetch(new URL('data/timeline.json', document.baseURI))).json();
      return (timeline.changeDates as string[]).find((d) => d > '2016-12-02');
    });
    await page.keyboard.press(']');
    await expect.poll(() => urlParam(page, 'date')).toBe(next);
    await expect(page.locator('.day-line').innerText()).resolves.toMatch(/^\d+ décembre 2016 : /);

    // Every control is a real, focusable button with a name.
    const names = await page.locator('.time-controls button').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('plays a day per tick and stops on the last day; with reduced motion there is no play and no transition', async () => {
    // From 16 December: six quiet days and one key day (22 December, held for its caption).
    const { page, errors } = await open('./?date=2016-12-16');
    await mapIdle(page);
    const last = Number(await page.locator('input.slider').getAttribute('max'));
    await page.locator('.play-options > summary').click();
    await page.locator('.speed select').selectOption('10');
    await page.getByRole('button', { name: 'Lecture' }).click();
    await expect.poll(async () => Number(await sliderValue(page)), { timeout: 15_000 }).toBe(last);
    await expect.poll(() => page.locator('button.play').getAttribute('aria-pressed')).toBe('false');
    await expect(page.locator('button.play').innerText()).resolves.toContain('Lecture');
    expect(errors).toEqual([]);
    await page.context().close();

    const calm = await open('./?date=2016-12-01', undefined, 'reduce');
    await mapIdle(calm.page);
    expect(await calm.page.locator('button.play').count()).toBe(0);
    expect(await calm.page.evaluate(() => window.__map!.getStyle().transition)).toEqual({ duration: 0, delay: 0 });
    await calm.page.keyboard.press('.');
    await expect.poll(() => new URL(calm.page.url()).searchParams.get('date')).toBe('2016-12-02');
    expect(calm.errors).toEqual([]);
    await calm.page.context().close();
  });

  it('on a 320 px phone, the panel is an opaque sheet above the time bar and nothing overflows sideways', async () => {
    const { page, errors } = await open(`./?date=2016-12-13&district=${BOUSTANE}`, { width: 320, height: 640 });
    await mapIdle(page);
    const panel = page.locator('.district-panel');
    await panel.waitFor();
    const box = (await panel.boundingBox())!;
    const bar = (await page.locator('.timebar').boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
    expect(alphaOf(await panel.evaluate((el) => getComputedStyle(el).backgroundColor))).toBeGreaterThanOrEqual(0.98);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical axe-core violation (French, Arabic, panel open, phone)', async () => {
    for (const [path, viewport] of [
      ['./?date=2016-12-13', undefined],
      [`./?lang=ar&date=2016-12-13&district=${BOUSTANE}`, undefined],
      [`./?date=2016-12-13&district=${BOUSTANE}`, { width: 320, height: 640 }],
    ] as const) {
      const { page } = await open(path, viewport);
      await mapIdle(page);
      expect(await seriousAxeViolations(page), path).toEqual([]);
      await page.context().close();
    }
  });
});
