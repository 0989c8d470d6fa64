// A deploy with damaged data: the page says which file is wrong and how, in the reader's
// language, and shows what it still can (the shapes), rather than a blank or stuck map.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT, build, launchChromium, serve, type Served } from './harness';
import { describeInChromium, missingChromium } from './inChromium';
import { mapIdle } from './page';

let browser: Browser | undefined;
let work: string | undefined;
const servers: Record<'timeline' | 'gazetteer', Served | undefined> = { timeline: undefined, gazetteer: undefined };

beforeAll(async () => {
  if (missingChromium) return;
  browser = await launchChromium();
  build();
  work = mkdtempSync(join(tmpdir(), 'aleppo-broken-'));
  // The built site twice: one with a timeline.json whose periods are wrong, one without map.json (the first view's places and shapes).
  const timelineSite = join(work, 'timeline');
  cpSync(join(ROOT, 'dist'), timelineSite, { recursive: true });
  const timeline = JSON.parse(readFileSync(join(timelineSite, 'data/timeline.json'), 'utf8'));
  const first = Object.keys(timeline.neighbourhoods)[0]!;
  timeline.neighbourhoods[first][0].controller = 'blue';
  writeFileSync(join(timelineSite, 'data/timeline.json'), JSON.stringify(timeline));
  const gazetteerSite = join(work, 'gazetteer');
  cpSync(join(ROOT, 'dist'), gazetteerSite, { recursive: true });
  rmSync(join(gazetteerSite, 'data/map.json'));
  servers.timeline = await serve({ outDir: timelineSite });
  servers.gazetteer = await serve({ outDir: gazetteerSite });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await servers.timeline?.server.close();
  await servers.gazetteer?.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(which: keyof typeof servers, query: string, drawn = true) {
  const page = await (await browser!.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(new URL(query, servers[which]!.url).href);
  if (drawn) await mapIdle(page);
  return { page, pageErrors };
}

describeInChromium('damaged data', () => {
  it('a malformed timeline.json: says where it is wrong, and still draws the shapes', async () => {
    const { page, pageErrors } = await open('timeline', './');
    const note = page.getByRole('alert');
    await note.waitFor();
    const text = await note.innerText();
    expect(text).toContain('timeline.json');
    expect(text).toMatch(/mal formé \(neighbourhoods\.[a-z0-9-]+\[0\]\.controller: .*\)/);
    // Not the "timeline not built yet" line: the file is there, just wrong.
    expect(await page.locator('.timebar.missing').count()).toBe(0);
    const fills = await page.evaluate(() => window.__map!.queryRenderedFeatures({ layers: ['neighbourhood-fills'] }).length);
    expect(fills).toBeGreaterThan(50);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('a missing map.json: says the map cannot be shown, in the reader’s language', async () => {
    // No map to wait for: the still of the day stands in its place.
    const { page, pageErrors } = await open('gazetteer', './?lang=en', false);
    const note = page.getByRole('alert');
    await note.waitFor();
    const text = await note.innerText();
    expect(text).toMatch(/The map cannot be shown/);
    expect(text).toMatch(/map\.json: not found/);
    await page.locator('.map-fallback img').waitFor();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
