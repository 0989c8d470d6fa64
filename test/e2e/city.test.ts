// The map reads as Aleppo on every screen: surveyed shapes, the city's edge, the Citadel
// and the airport marked, names that never overlap, and a first view on the east at
// desktop and phone sizes.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSiteInChromium, describeInChromium } from './inChromium';
import { alphaOf, mapIdle } from './page';

const site = builtSiteInChromium();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 700 },
  { width: 320, height: 568 },
];

async function open(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser().newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, site.served().url).href);
  await mapIdle(page);
  return { page, errors };
}

/** The centres of the east-aleppo group's members, from the data the app serves. */
function eastCentres(page: Page): Promise<[number, number][]> {
  return page.evaluate(async () => {
    const g = (await (await fetch(new URL('data/gazetteer.json', document.baseURI))).json()) as {
      neighbourhoods: { id: string; centre: [number, number] | null }[];
      groups: { id: string; members: string[] }[];
    };
    const members = new Set(g.groups.find((x) => x.id === 'east-aleppo')!.members);
    return g.neighbourhoods.filter((n) => members.has(n.id) && n.centre).map((n) => n.centre!);
  });
}

describeInChromium('the city on the map', () => {
  it('draws the surveyed shapes, the city edge, and marks the Citadel and the airport', async () => {
    const { page, errors } = await open('./', SIZES[0]!);
    const drawn = await page.evaluate(() => {
      const map = window.__map!;
      const fills = map.queryRenderedFeatures({ layers: ['neighbourhood-fills'] });
      return {
        surveyed: fills.filter((f) => f.properties.approximate === false).length,
        approximate: fills.filter((f) => f.properties.approximate === true).length,
        outline: map.queryRenderedFeatures({ layers: ['city-outline'] }).length,
        marks: map.queryRenderedFeatures({ layers: ['landmark-labels'] }).map((f) => `${f.properties.mark}:${f.properties.name_fr}`).sort(),
      };
    });
    expect(drawn.surveyed).toBeGreaterThan(50);
    expect(drawn.approximate).toBe(0);
    expect(drawn.outline).toBeGreaterThan(0);
    expect(drawn.marks).toEqual(['airport:Aéroport international d\'Alep', 'citadel:Citadelle d\'Alep']);
    // No "approximate shapes" note when every shape is surveyed.
    expect(await page.locator('.approximate-note').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the first paint without the rings and landmarks, adds them at the first idle, and rings a hovered district with no new layout', async () => {
    const context = await site.browser().newContext({ viewport: SIZES[0]! });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // The last frame drawn before the later layers came: its layers, and what it drew.
    await page.addInitScript(() => {
      type Drawn = { layers: string[]; drawn: Record<string, number> };
      let current: MapLike | undefined;
      interface MapLike {
        getLayer(id: string): unknown;
        getStyle(): { layers: { id: string }[] };
        queryRenderedFeatures(o: { layers: string[] }): unknown[];
        on(e: string, f: () => void): void;
      }
      Object.defineProperty(window, '__map', {
        configurable: true,
        get: () => current,
        set(map: MapLike | undefined) {
          current = map;
          map?.on('render', () => {
            if (map.getLayer('landmark-labels')) return;
            const drawn = Object.fromEntries(['neighbourhood-fills', 'neighbourhood-labels', 'front-line'].map((id) => [id, map.queryRenderedFeatures({ layers: [id] }).length]));
            (window as unknown as { __beforeLater: Drawn }).__beforeLater = { layers: map.getStyle().layers.map((l) => l.id), drawn };
          });
        },
      });
    });
    await page.goto(site.served().url);
    await mapIdle(page);
    const before = await page.evaluate(() => (window as unknown as { __beforeLater: { layers: string[]; drawn: Record<string, number> } }).__beforeLater);
    expect(before.layers).toEqual(expect.arrayContaining(['neighbourhood-fills', 'neighbourhood-contested-hatch', 'front-casing', 'front-line', 'neighbourhood-labels']));
    for (const later of ['neighbourhood-changed', 'neighbourhood-focus', 'landmark-labels']) expect(before.layers).not.toContain(later);
    for (const count of Object.values(before.drawn)) expect(count).toBeGreaterThan(0);
    const all = await page.evaluate(() => window.__map!.getStyle().layers.map((l) => l.id));
    expect(all.slice(all.indexOf('neighbourhood-changed'), all.indexOf('neighbourhood-changed') + 2)).toEqual(['neighbourhood-changed', 'front-casing']);
    expect(all.slice(all.indexOf('neighbourhood-focus'), all.indexOf('neighbourhood-focus') + 2)).toEqual(['neighbourhood-focus', 'neighbourhood-labels']);
    expect(all.at(-1)).toBe('landmark-labels');

    // The first hover: the focus ring is drawn around the district, and no tile is laid out again.
    const target = await page.evaluate(() => {
      const map = window.__map!;
      const box = map.getCanvas().getBoundingClientRect();
      // A district whose name's point lies on its own fill, on screen and not under a card.
      for (const c of map.querySourceFeatures('centres')) {
        const p = map.project((c.geometry as unknown as { coordinates: [number, number] }).coordinates);
        const x = box.left + p.x;
        const y = box.top + p.y;
        if (!(document.elementFromPoint(x, y) instanceof HTMLCanvasElement)) continue;
        const fill = map.queryRenderedFeatures([p.x, p.y], { layers: ['neighbourhood-fills'] })[0];
        if (fill && String(fill.properties.id) === String(c.properties.id)) return { x, y, id: String(fill.properties.id) };
      }
      throw new Error('no district to hover');
    });
    await page.evaluate(() => {
      const w = window as unknown as { __reloads: number };
      w.__reloads = 0;
      // A tile laid out again (as when a layer's visibility is switched) fires this when it is done.
      window.__map!.on('sourcedata', (e) => {
        if (e.sourceId === 'neighbourhoods' && e.tile) w.__reloads++;
      });
    });
    await page.mouse.move(target.x, target.y);
    await mapIdle(page);
    const ringed = await page.evaluate((id) => {
      const map = window.__map!;
      const ring = map.queryRenderedFeatures({ layers: ['neighbourhood-focus'] }).filter((f) => String(f.properties.id) === id);
      return { ring: ring.length, hover: map.getFeatureState({ source: 'neighbourhoods', id }).hover, reloads: (window as unknown as { __reloads: number }).__reloads };
    }, target.id);
    expect(ringed.hover).toBe(true);
    expect(ringed.ring).toBeGreaterThan(0);
    expect(ringed.reloads).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never lets two names overlap, and places bigger neighbourhoods first, at every zoom', async () => {
    const { page } = await open('./', SIZES[0]!);
    const layout = await page.evaluate(() => {
      const map = window.__map!;
      return ['neighbourhood-labels', 'landmark-labels'].map((id) => ({
        overlap: map.getLayoutProperty(id, 'text-allow-overlap') ?? false,
        ignore: map.getLayoutProperty(id, 'text-ignore-placement') ?? false,
        sort: JSON.stringify(map.getLayoutProperty(id, 'symbol-sort-key')),
      }));
    });
    for (const l of layout) expect(l).toEqual({ overlap: false, ignore: false, sort: '["-",["get","area_km2"]]' });
    // Zoomed out, collisions really drop names (allowing overlap would place more), and
    // the names kept are the bigger neighbourhoods'.
    const placed = await page.evaluate(async () => {
      const map = window.__map!;
      const idle = () => new Promise<void>((resolve) => map.once('idle', () => resolve()));
      map.jumpTo({ zoom: 11.5, center: [37.16, 36.2] });
      await idle();
      const areas = (features: { properties: Record<string, unknown> }[]) => features.map((f) => Number(f.properties.area_km2));
      const kept = areas(map.queryRenderedFeatures({ layers: ['neighbourhood-labels'] }));
      map.setLayoutProperty('neighbourhood-labels', 'text-allow-overlap', true);
      await idle();
      const all = areas(map.queryRenderedFeatures({ layers: ['neighbourhood-labels'] }));
      map.setLayoutProperty('neighbourhood-labels', 'text-allow-overlap', false);
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      return { kept: kept.length, all: all.length, keptArea: mean(kept), allArea: mean(all) };
    });
    expect(placed.kept).toBeGreaterThan(5);
    expect(placed.kept).toBeLessThan(placed.all);
    expect(placed.keptArea).toBeGreaterThan(placed.allArea);
    await page.context().close();
  });

  for (const viewport of SIZES) {
    it(`opens on the east, clear of the cards, at ${viewport.width}×${viewport.height}`, async () => {
      const { page, errors } = await open('./', viewport);
      const centres = await eastCentres(page);
      const seen = await page.evaluate((cs) => {
        const map = window.__map!;
        const box = map.getCanvas().getBoundingClientRect();
        const points = cs.map((c) => map.project(c)).map((p) => ({ x: box.left + p.x, y: box.top + p.y }));
        const xs = points.map((p) => p.x);
        const ys = points.map((p) => p.y);
        const mid = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
        const top = document.elementFromPoint(mid.x, mid.y);
        return { xs: [Math.min(...xs), Math.max(...xs)] as const, ys: [Math.min(...ys), Math.max(...ys)] as const, mid, onMap: !!top?.closest('.map') };
      }, centres);
      // Every district of the east is on screen, its middle not under a card...
      expect(seen.xs[0]).toBeGreaterThanOrEqual(0);
      expect(seen.xs[1]).toBeLessThanOrEqual(viewport.width);
      expect(seen.ys[0]).toBeGreaterThanOrEqual(0);
      expect(seen.ys[1]).toBeLessThanOrEqual(viewport.height);
      expect(seen.onMap, `the east's middle at ${Math.round(seen.mid.x)},${Math.round(seen.mid.y)} is under a card`).toBe(true);
      // ...and it fills the view: framed on it, not on the whole region.
      expect(Math.max((seen.xs[1] - seen.xs[0]) / viewport.width, (seen.ys[1] - seen.ys[0]) / viewport.height)).toBeGreaterThan(0.45);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  for (const [viewport, lang] of [
    [SIZES[1]!, 'fr'],
    [SIZES[2]!, 'ar'],
  ] as const) {
    it(`on a ${viewport.width}×${viewport.height} phone in ${lang}: the map fills the screen, one bar on top, every control in reach`, async () => {
      const { page, errors } = await open(`./?lang=${lang}&date=2016-12-13`, viewport);
      const inView = (selector: string) =>
        page.evaluate((sel) => {
          const el = document.querySelector(sel);
          if (!el) return `${sel}: missing`;
          el.scrollIntoView({ block: 'nearest' });
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 10), r.top + r.height / 2);
          return r.width > 0 && r.height > 0 && !!hit && (el === hit || el.contains(hit)) ? 'reachable' : `${sel}: hidden or covered`;
        }, selector);
      const map = (await page.locator('.map').boundingBox())!;
      expect(map).toEqual({ x: 0, y: 0, ...viewport });
      // One bar: title, menu button and the legend, in under a fifth of the screen.
      const intro = (await page.locator('.intro').boundingBox())!;
      expect(intro.height).toBeLessThan(viewport.height / 5);
      for (const sel of ['.intro h1', '.menu-toggle', '.legend li']) expect(await inView(sel)).toBe('reachable');
      expect(await page.locator('.intro-more').isVisible()).toBe(false);
      // The menu opens the rest; each control is reached by scrolling the menu, not the page.
      const toggle = page.locator('.menu-toggle');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      for (const sel of ['.langs button', '.search input', '.phone-only .tally', '.embed-button', '.downloads summary', '.credits summary']) {
        expect(await inView(sel)).toBe('reachable');
      }
      // The menu leaves the time bar in reach.
      expect(await inView('input.slider')).toBe('reachable');
      await toggle.click();
      expect(await page.locator('.intro-more').isVisible()).toBe(false);
      // A district: an opaque sheet that leaves the slider usable.
      await page.locator('.menu-toggle').click();
      const search = page.locator('.search input');
      await search.fill(lang === 'ar' ? 'بستان القصر' : 'Boustane al-Qasr');
      await search.press('Enter');
      const panel = page.locator('.district-panel');
      await panel.waitFor();
      await mapIdle(page);
      expect(await page.locator('.intro-more').isVisible()).toBe(false);
      // Opaque (to the eye), at most 45 % of the screen, scrolling inside itself.
      expect(alphaOf(await panel.evaluate((el) => getComputedStyle(el).backgroundColor))).toBeGreaterThanOrEqual(0.98);
      const sheet = (await panel.boundingBox())!;
      expect(sheet.height).toBeLessThanOrEqual(viewport.height * 0.45);
      expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === 'auto')).toBe(true);
      // The district is in sight, whole, in the strip of map between the top bar and the sheet.
      const bar = (await page.locator('.intro').boundingBox())!;
      const district = await page.evaluate((id) => {
        const map = window.__map!;
        const box = map.getCanvas().getBoundingClientRect();
        const points = map.queryRenderedFeatures({ layers: ['neighbourhood-fills'] }).filter((f) => f.properties.id === id);
        const ys = points.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(2) : []).map((c) => box.top + map.project(c as [number, number]).y));
        return { found: points.length, top: Math.min(...ys), bottom: Math.max(...ys) };
      }, 'bustan-al-qaser');
      expect(district.found).toBeGreaterThan(0);
      expect(district.top).toBeGreaterThanOrEqual(bar.y + bar.height);
      expect(district.bottom).toBeLessThanOrEqual(sheet.y);
      expect(await inView('input.slider')).toBe('reachable');
      expect(await inView('.district-panel .close')).toBe('reachable');
      const before = await page.locator('input.slider').inputValue();
      await page.locator('input.slider').focus();
      await page.keyboard.press('Home');
      expect(await page.locator('input.slider').inputValue()).not.toBe(before);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // Closed, the bar's legend and the story come back.
      await page.locator('.district-panel .close').click();
      expect(await page.locator('.district-panel').count()).toBe(0);
      expect(await inView('.legend li')).toBe('reachable');
      // The table: every column of a row in sight, nothing to scroll sideways.
      await page.locator('.menu-toggle').click();
      await page.locator('.table-toggle').click();
      const table = page.locator('.table-view');
      await table.waitFor();
      expect(await table.locator('.table-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      for (const cell of await table.locator('tbody tr').first().locator('th, td').all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
      expect(await inView('.table-view .close')).toBe('reachable');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.table-view').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('without JavaScript, shows the labelled still at the top of the page, no blank screen before it', async () => {
    const context = await site.browser().newContext({ viewport: SIZES[1]!, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.served().url);
    const img = page.locator('noscript img, img[src*="snapshots/"]').first();
    await img.waitFor();
    const box = (await img.boundingBox())!;
    expect(box.y).toBeLessThan(120);
    expect(box.width).toBeGreaterThan(300);
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(960);
    await context.close();
  });
});
