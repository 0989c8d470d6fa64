// The story, the day's evidence, the table view and the palette in a real browser: the map
// opens on the story's day, playback holds key days with their caption and can skip quiet days
// and loop; the panel puts the day's deciding evidence first and folds later reports away; the
// table is reachable by keyboard and announced; regime and rebels stay apart under greyscale and
// colour-blindness emulation; axe finds nothing serious in any of these views.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSiteInChromium, describeInChromium } from './inChromium';
import { mapIdle, seriousAxeViolations } from './page';
import { KEY_HOLD_MS } from '../../src/story/playback';

const site = builtSiteInChromium();

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser().newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(new URL(path, site.served().url).href);
  return { page, errors };
}

/** A file of the app's data, fetched by the page itself. */
function data<T>(page: Page, name: string): Promise<T> {
  return page.evaluate(async (n) => (await fetch(new URL(`data/${n}`, document.baseURI))).json(), name) as Promise<T>;
}

interface Story {
  opening: string;
  days: { date: string; caption: Record<string, string> }[];
}

describeInChromium('the story', () => {
  it('opens on the story’s day with its caption, a histogram of changes, and key-day steps', async () => {
    const { page, errors } = await open('./?lang=en');
    await mapIdle(page);
    const story = await data<Story>(page, 'story.json');
    expect(await page.locator('.timebar-date').getAttribute('datetime')).toBe(story.opening);
    const caption = story.days.find((d) => d.date === story.opening)!.caption.en;
    await expect(page.locator('.story-caption').innerText()).resolves.toBe(caption);
    // One bar per day on which something changed, one mark per key day.
    const changeDays = await page.locator('.slider-marks .mark').count();
    expect(await page.locator('.histogram .bar').count()).toBe(changeDays);
    expect(await page.locator('.histogram .key').count()).toBe(story.days.length);

    // The next key day, by keyboard: its caption lands in the live region.
    const next = story.days.find((d) => d.date > story.opening)!;
    await page.getByRole('button', { name: 'Next key day' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.timebar-date').getAttribute('datetime')).toBe(next.date);
    await expect(page.locator('.story[aria-live="polite"] .story-caption').innerText()).resolves.toBe(next.caption.en);
    // A quiet day shows no caption.
    await page.keyboard.press('.');
    await expect.poll(() => page.locator('.story-caption').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with step=change&loop=1 plays change day to change day, holds each key day with its caption, and starts again', async () => {
    const { page, errors } = await open('./?step=change&loop=1&date=2016-12-13');
    await mapIdle(page);
    const story = await data<Story>(page, 'story.json');
    const timeline = await data<{ start: string; changeDates: string[] }>(page, 'timeline.json');
    // Every day shown, with the time it appeared and the caption on screen then.
    await page.evaluate(() => {
      const seen: { date: string; at: number; caption: string | null }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      const el = document.querySelector('.timebar-date')!;
      new MutationObserver(() =>
        seen.push({ date: el.getAttribute('datetime')!, at: performance.now(), caption: document.querySelector('.story-caption')?.textContent ?? null }),
      ).observe(el, { attributes: true, childList: true, subtree: true, characterData: true });
    });
    await page.locator('.play-options > summary').click();
    await page.locator('.speed select').selectOption('10');
    await page.getByRole('button', { name: 'Lecture' }).click();
    // 13 Dec → 15 Dec (key) → 22 Dec (key, change) → the first day again → on.
    await expect
      .poll(async () => (await page.evaluate(() => (window as unknown as { seen: { date: string }[] }).seen.map((s) => s.date))).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(4);
    await page.getByRole('button', { name: 'Pause' }).click();
    const seen = await page.evaluate(() => (window as unknown as { seen: { date: string; at: number; caption: string | null }[] }).seen);
    const dates = [...new Set(seen.map((s) => s.date))];
    expect(dates.slice(0, 3)).toEqual(['2016-12-15', '2016-12-22', timeline.start]);
    const stops = new Set([...timeline.changeDates, ...story.days.map((d) => d.date)]);
    for (const date of dates) expect(stops.has(date), date).toBe(true);
    // Held on the key day long enough to read the caption shown then.
    const first = (date: string) => seen.find((s) => s.date === date)!;
    expect(first('2016-12-15').caption).toBe(story.days.find((d) => d.date === '2016-12-15')!.caption.fr);
    expect(first('2016-12-22').at - first('2016-12-15').at).toBeGreaterThanOrEqual(KEY_HOLD_MS - 100);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in an embed, step=change plays only change and key days', async () => {
    const { page, errors } = await open('./?embed=1&step=change&date=2016-12-16&lang=en');
    await mapIdle(page);
    await page.locator('.play-options > summary').click();
    await page.locator('.speed select').selectOption('10');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('.timebar-date').getAttribute('datetime'), { timeout: 15_000 }).toBe('2016-12-22');
    // The last change: playback stops there rather than running on to the quiet last day.
    await expect.poll(() => page.locator('button.play').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.timebar-date').getAttribute('datetime')).toBe('2016-12-22');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describeInChromium('the evidence for the day shown', () => {
  it('on 5 December ash-Sha’ar is contested on the 3 December reports; the 6 December report is folded away as later', async () => {
    const { page, errors } = await open('./?date=2016-12-05&district=ash-shaar');
    await mapIdle(page);
    const panel = page.locator('.district-panel');
    await panel.waitFor();
    // First thing after the name: what holds on the day, its tier, and the quotes that decide it.
    expect(await panel.locator('.district-head + .on-day').count()).toBe(1);
    await expect(panel.locator('.on-day .district-now').innerText()).resolves.toMatch(/disputé depuis le 3 décembre 2016/);
    await expect(panel.locator('.on-day .tier').innerText()).resolves.toMatch(/Confiance : (confirmé|une source|déduit)/);
    const deciding = await panel.locator('.on-day .quotes.deciding .quote').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    expect(deciding.length).toBeGreaterThan(0);
    for (const d of deciding) expect(d! <= '2016-12-05').toBe(true);
    // Later reports: present, folded, and none of them outside the fold.
    const later = panel.locator('details.later');
    expect(await later.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const laterDates = await later.locator('.quote').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    expect(laterDates).toContain('2016-12-06');
    const outside = await panel.locator('.quote').evaluateAll((els) => els.filter((e) => !e.closest('details.later')).map((e) => e.getAttribute('data-date') ?? ''));
    for (const d of outside) expect(d <= '2016-12-05', d).toBe(true);
    await later.locator('summary').click();
    expect(await later.locator('.quote').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says when a colour rests on a claim about a whole area, says a one-day period once, and names an article that has no outlet', async () => {
    const { page, errors } = await open('./?lang=en&date=2016-12-22&district=al-fardos');
    await mapIdle(page);
    const panel = page.locator('.district-panel');
    await panel.waitFor();
    await expect(panel.locator('.on-day .area-claim').innerText()).resolves.toMatch(/inferred from a report about East Aleppo/);
    await expect(panel.locator('.on-day .tier').innerText()).resolves.toMatch(/inferred/);

    // A period of one day, found in the data.
    const oneDay = await page.evaluate(async () => {
      const t = (await (await fetch(new URL('data/timeline.json', document.baseURI))).json()) as { neighbourhoods: Record<string, { from: string }[]> };
      const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      for (const [id, periods] of Object.entries(t.neighbourhoods)) {
        const i = periods.findIndex((p, k) => periods[k + 1]?.from === next(p.from));
        if (i >= 0) return { id, from: periods[i]!.from, after: periods[i + 1]!.from };
      }
      return null;
    });
    expect(oneDay).not.toBeNull();
    const again = await open(`./?lang=en&date=${oneDay!.after}&district=${oneDay!.id}`);
    await mapIdle(again.page);
    const periods = await again.page.locator('.district-panel .periods').first().innerText();
    expect(periods).not.toMatch(/(\d+ \w+ 2016) to \1/);
    const long = await again.page.evaluate((d) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), oneDay!.from);
    expect(periods).toContain(`on ${long}`);
    await again.page.context().close();

    // seed-001 has a title but no outlet: its title is named, never "outlet not given".
    const seed = await open('./?lang=en&date=2016-12-13&district=bustan-al-qaser');
    await mapIdle(seed.page);
    const cite = seed.page.locator('.district-panel .quote[data-event^="seed-001@"] .cite bdi');
    await expect(cite.innerText()).resolves.toMatch(/^article “L'offensive de l'armée à Alep/);
    await expect(seed.page.locator('.district-panel').innerText()).resolves.not.toContain('outlet not given');
    await seed.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describeInChromium('the table view', () => {
  it('is reached by keyboard, lists every neighbourhood with holder, since, confidence and source, follows the day, and gives focus back', async () => {
    const { page, errors } = await open('./?date=2016-12-13');
    await mapIdle(page);
    const timeline = await data<{ neighbourhoods: Record<string, unknown> }>(page, 'timeline.json');
    const toggle = page.locator('.table-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = page.locator('.table-view');
    await table.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('table-heading');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Quartier', 'Tenu par', 'Depuis', 'Confiance', 'Source']);
    expect(await table.locator('tbody tr').count()).toBe(Object.keys(timeline.neighbourhoods).length);
    const row = table.locator('tr[data-id="bustan-al-qaser"]');
    await expect(row.innerText()).resolves.toMatch(/Boustane al-Qasr\s+régime\s+12 décembre 2016/);
    expect(await row.getAttribute('data-tier')).toMatch(/^(confirmed|single|inferred|baseline)$/);

    // The day moves (the key '.' from the table): the rows and the live region follow.
    await page.keyboard.press(',');
    await expect.poll(() => page.locator('.timebar-date').getAttribute('datetime')).toBe('2016-12-12');
    await expect(table.locator('p[aria-live="polite"]').innerText()).resolves.toMatch(/^12 décembre 2016 : régime \d+, rebelles \d+/);
    await page.keyboard.press(',');
    await expect.poll(() => row.getAttribute('data-controller')).toBe('rebel');

    // A row opens the district's panel; Escape closes the panel, then the table, and focus returns.
    await row.getByRole('button').click();
    await page.locator('.district-panel').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.district-panel').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await table.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('table-toggle');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** The average colour of a 9×9 patch of a screenshot around each point (a hatch averages out). */
async function patches(page: Page, points: { x: number; y: number }[]): Promise<[number, number, number][]> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return points.map(({ x, y }) => {
        const d = ctx.getImageData(Math.round(x) - 4, Math.round(y) - 4, 9, 9).data;
        const sum = [0, 0, 0];
        for (let i = 0; i < d.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += d[i + c]!;
        return sum.map((v) => v / 81) as [number, number, number];
      });
    },
    { png, points },
  );
}

describeInChromium('the palette under colour-vision emulation', () => {
  it('keeps regime and rebels apart (and regime and contested) in greyscale, protanopia, deuteranopia and tritanopia', async () => {
    const { page, errors } = await open('./?date=2016-11-28');
    await mapIdle(page);
    // Where to look: for each side, at its strongest and weakest fill, the largest such shape's centre.
    const spots = await page.evaluate(async () => {
      const get = async (n: string) => (await fetch(new URL(`data/${n}`, document.baseURI))).json();
      const centres = (await get('centres.geojson')) as { features: { properties: { id: string; area_km2: number }; geometry: { coordinates: [number, number] } }[] };
      const map = window.__map!;
      map.setLayoutProperty('neighbourhood-labels', 'visibility', 'none');
      const box = map.getCanvas().getBoundingClientRect();
      const picked: Record<string, { x: number; y: number }> = {};
      const best: Record<string, number> = {};
      for (const f of centres.features) {
        const state = map.getFeatureState({ source: 'neighbourhoods', id: f.properties.id }) as { controller?: string; weak?: boolean; changed?: boolean };
        if (!state.controller || state.changed) continue;
        const key = `${state.controller}${state.weak ? '-weak' : ''}`;
        const p = map.project(f.geometry.coordinates);
        if (p.x < 40 || p.y < 40 || p.x > box.width - 40 || p.y > box.height - 40) continue;
        if ((best[key] ?? 0) >= f.properties.area_km2) continue;
        best[key] = f.properties.area_km2;
        picked[key] = { x: box.left + p.x, y: box.top + p.y };
      }
      return picked;
    });
    await mapIdle(page);
    const pairs = [
      ['regime-weak', 'rebel-weak'],
      ['regime', 'rebel-weak'],
      ['regime', 'contested'],
    ].filter(([a, b]) => spots[a!] && spots[b!]);
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    const keys = Object.keys(spots);
    const cdp = await page.context().newCDPSession(page);
    const distances: Record<string, number> = {};
    for (const type of ['none', 'achromatopsia', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
      const colours = await patches(page, keys.map((k) => spots[k]!));
      const at = (k: string) => colours[keys.indexOf(k)]!;
      if (type === 'achromatopsia') {
        // The emulation is really on: every sampled colour is a grey.
        for (const c of colours) expect(Math.max(...c) - Math.min(...c)).toBeLessThan(6);
      }
      for (const [a, b] of pairs) {
        const d = Math.hypot(...at(a!).map((v, i) => v - at(b!)[i]!));
        distances[`${type} ${a}/${b}`] = Math.round(d);
        expect(d, `${type}: ${a} vs ${b}`).toBeGreaterThan(30);
      }
    }
    console.log('vision distances', JSON.stringify(distances));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describeInChromium('accessibility', () => {
  it('has no serious or critical axe-core violation with the story, the panel, the table, on a phone and in the embed', async () => {
    const views: [string, { width: number; height: number } | undefined, string | undefined][] = [
      ['./', undefined, undefined],
      ['./?lang=en&date=2016-12-05&district=ash-shaar', undefined, 'details.later summary'],
      ['./?date=2016-11-28', undefined, '.table-toggle'],
      ['./?lang=ar&date=2016-12-07', undefined, '.table-toggle'],
      ['./?theme=dark&date=2016-12-07', undefined, '.table-toggle'],
      ['./?theme=dark&lang=en&date=2016-12-05&district=ash-shaar', undefined, 'details.later summary'],
      ['./?lang=ar&date=2016-12-12', { width: 375, height: 700 }, '.table-toggle'],
      ['./?date=2016-11-28', { width: 375, height: 700 }, '.story-sources summary'],
      ['./?embed=1&step=change&lang=en', undefined, undefined],
      ['./?embed=1&lang=ar&date=2016-12-22&district=al-fardos', { width: 375, height: 700 }, undefined],
    ];
    for (const [path, viewport, click] of views) {
      const { page } = await open(path, viewport);
      await mapIdle(page);
      // On a phone the intro's tools are under its menu.
      if (click && !(await page.locator(click).first().isVisible()) && (await page.locator('.menu-toggle').isVisible())) await page.locator('.menu-toggle').click();
      if (click) await page.locator(click).first().click();
      expect(await seriousAxeViolations(page), `${path} ${click ?? ''}`).toEqual([]);
      await page.context().close();
    }
  }, 240_000);
});
