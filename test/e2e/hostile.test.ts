// Hostile input in the built app. Articles (test/fixtures/hostile) and a press
// spelling whose text, outlet, title and url hold markup, script URLs and
// unpaired bidirectional controls go through the real pipeline, and the app must
// show every one of them as plain text, link only http(s), and let no control
// reorder the page around it. Junk in the map's URL parameters must leave the
// map as it opens by default.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { parseDocument } from 'yaml';
import { ROOT, buildWithData, launchChromium, serve, type Served } from './harness';
import { describeInChromium, missingChromium } from './inChromium';
import { mapIdle, project } from './page';

// The controls, as escapes: they are invisible in the fixtures and here alike.
const [PDF, RLO, FSI, PDI, RLM] = ['\u202C', '\u202E', '\u2068', '\u2069', '\u200F'];

const FIXTURES = join(ROOT, 'test/fixtures/hostile/articles');
const BOUSTANE = 'bustan-al-qaser';
const CHEIKH_SAID = 'sheikh-saeed';

/** An editor's French spelling of Boustane al-Qasr, written in press.yaml: the map's tooltip, heading and title. */
const HOSTILE_NAME = `Boustane <img src=x onerror=alert('name')>${PDI}${RLO} al-Qasr <script>alert('name')</script>`;
/** As shown: the stray PDI that would let the override out is dropped, the override is closed at the end. */
const SHOWN_NAME = `Boustane <img src=x onerror=alert('name')>${RLO} al-Qasr <script>alert('name')</script>${PDF}`;

/** hostile-script.md's sentence, as the extractor quotes it: its controls are paired, so it is shown as it is. */
const SCRIPT_QUOTE =
  "Lundi, l'armée syrienne s'est emparée du quartier de Boustane al-Qasr <script>alert('quote')</script>" +
  `<img src=x onerror=alert('img')> selon javascript:alert('link') ${RLO}tnemucod${PDF} fin.`;
const SCRIPT_OUTLET = `Le Journal <script>alert('outlet')</script>${RLO}lanruoJ${PDF}`;
/** hostile-bidi.md's sentence and outlet, balanced. */
const BIDI_QUOTE = `Mardi, les rebelles ont repris le quartier de Cheikh Saïd ${RLO}<b>gras</b> ${FSI}isolé${PDI} ${RLM}fin.${PDF}`;
const BIDI_OUTLET = `Agence${RLO} pas fermée${PDF}`;
const BIDI_URL = new URL(`https://example.org/hostile?q=<script>&x="'`).href;

const run = promisify(execFile);
let work: string | undefined;
let served: Served | undefined;
let browser: Browser | undefined;

/** The bundled gazetteer with one French spelling replaced by HOSTILE_NAME. */
function hostileGazetteer(dir: string): void {
  mkdirSync(dir);
  for (const name of ['facts.csv', 'names.json']) copyFileSync(join(ROOT, 'geo/gazetteer', name), join(dir, name));
  const press = parseDocument(readFileSync(join(ROOT, 'geo/gazetteer/press.yaml'), 'utf8'));
  if (!press.hasIn(['neighbourhoods', 'Bustan al-Qaser', 'name_fr'])) throw new Error('press.yaml: no name_fr for Bustan al-Qaser');
  press.setIn(['neighbourhoods', 'Bustan al-Qaser', 'name_fr'], HOSTILE_NAME);
  writeFileSync(join(dir, 'press.yaml'), press.toString());
}

beforeAll(async () => {
  if (missingChromium) return;
  browser = await launchChromium();
  work = mkdtempSync(join(tmpdir(), 'aleppo-hostile-'));
  // The bundled baseline (so the capture is a change), none of the bundled decisions.
  mkdirSync(join(work, 'editorial'));
  copyFileSync(join(ROOT, 'geo/editorial/baseline-2016-09-15.csv'), join(work, 'editorial/baseline-2016-09-15.csv'));
  hostileGazetteer(join(work, 'gazetteer'));
  const args = ['--articles', FIXTURES, '--editorial', join(work, 'editorial'), '--gazetteer', join(work, 'gazetteer'), '--out', join(work, 'data')];
  const { stdout } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'geo/cli/geo.ts'), ...args], { cwd: ROOT });
  // Both hostile articles really reach the map: read, and one event each.
  expect(stdout).toMatch(/articles: 2 read, 0 rejected/);
  expect(stdout).toMatch(/events: 2 extracted/);
  await buildWithData(join(work, 'site'), join(work, 'data'));
  served = await serve({ outDir: join(work, 'site') });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  /** Console errors, page errors, failed requests. */
  errors: string[];
  /** Messages of alert(), confirm(), prompt() or beforeunload dialogs: there must be none. */
  dialogs: string[];
  requests: string[];
}

/**
 * A page with a watch set before any of its scripts: every element the hostile text
 * could create (even for a moment) and every element with an event-handler attribute.
 */
async function open(path: string): Promise<Watched> {
  if (!browser || !served) throw new Error('beforeAll did not finish');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __injected: string[] }).__injected = seen;
    const check = (node: Node) => {
      if (!(node instanceof Element)) return;
      for (const el of [node, ...node.querySelectorAll('*')]) {
        const tag = el.tagName.toLowerCase();
        // The page's own still (index.html, for when the app never draws) is the one image it has.
        const ownStill = tag === 'img' && el.closest('.still-fallback') !== null;
        // The page's own scripts are the built bundle, loaded by src; nothing else may appear.
        if (!ownStill && ((tag === 'script' && !el.getAttribute('src')) || ['img', 'iframe', 'object', 'embed', 'b'].includes(tag))) {
          seen.push(el.outerHTML.slice(0, 120));
        }
        for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) seen.push(`${tag} ${attr}`);
        const href = el.getAttribute('href');
        if (href && /^\s*javascript:/i.test(href)) seen.push(`${tag} href=${href}`);
      }
    };
    new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach(check);
        if (record.type === 'attributes') check(record.target);
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto(new URL(path, served.url).href);
  return { page, errors, dialogs, requests };
}

/** Nothing ran, nothing was made from the text, nothing was fetched from it. */
async function expectNothingInjected({ page, errors, dialogs, requests }: Watched): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __injected: string[] }).__injected)).toEqual([]);
  expect(await page.locator('script:not([src]), img:not(.still-fallback img), iframe, object, embed, b, [onerror], [onload]').count()).toBe(0);
  // The app drew, so the page's own still stays hidden.
  expect(await page.locator('.still-fallback').isVisible()).toBe(false);
  // <img src=x> would ask for .../x.
  expect(requests.filter((url) => /\/x$/.test(new URL(url).pathname))).toEqual([]);
  expect(errors).toEqual([]);
}

interface Extent {
  first: { left: number; right: number; top: number };
  last: { left: number; right: number; top: number };
}

/** Where each element matched by `selector` starts and ends on screen (its first and last line box). */
function extents(page: Page, selector: string): Promise<Extent[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const rects = [...el.getClientRects()];
      const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top });
      return { first: box(rects[0]!), last: box(rects.at(-1)!) };
    }),
  );
}

/** In a left-to-right page, `b` begins after `a` ends: further along the same line, or on a later one. */
function expectReadsAfter(a: Extent, b: Extent): void {
  if (b.first.top === a.last.top) expect(b.first.left).toBeGreaterThanOrEqual(a.last.right);
  else expect(b.first.top).toBeGreaterThan(a.last.top);
}

describeInChromium('hostile text', () => {
  it('shows the quote, outlet, names and title of a district as plain text, with no javascript: link', async () => {
    const watched = await open(`./?date=2016-12-12&district=${BOUSTANE}`);
    const { page } = watched;
    await mapIdle(page);
    const panel = page.locator('.district-panel');
    await panel.waitFor();

    const quote = panel.locator('.quote').first();
    expect(await quote.locator('blockquote').textContent()).toBe(SCRIPT_QUOTE);
    expect(await quote.locator('.cite bdi').textContent()).toBe(SCRIPT_OUTLET);
    // The article's url is javascript:: no link at all.
    expect(await quote.locator('a').count()).toBe(0);

    expect(await panel.locator('#district-name').textContent()).toBe(SHOWN_NAME);
    expect(await panel.locator('.names dd[lang="fr"]').textContent()).toBe(SHOWN_NAME);
    // In the title and the time bar's sentence the name is isolated: nothing after it is reordered.
    expect(await page.title()).toBe(`${FSI}${SHOWN_NAME}${PDI} — Aleppo front lines, 2016`);
    expect(await page.locator('.day-summary').textContent()).toBe(`le régime prend ${FSI}${SHOWN_NAME}${PDI}`);

    await page.screenshot({ path: join(ROOT, 'test-results/hostile-panel.png') });
    await expectNothingInjected(watched);
    await page.context().close();
  });

  it('shows the name as plain text in the tooltip', async () => {
    const watched = await open('./?date=2016-12-12');
    const { page } = watched;
    await mapIdle(page);
    const centre = JSON.parse(readFileSync(join(work!, 'data/gazetteer.json'), 'utf8')).neighbourhoods.find(
      (n: { id: string }) => n.id === BOUSTANE,
    ).centre as [number, number];
    const point = await project(page, centre);
    await page.mouse.move(point.x, point.y);
    const tip = page.locator('.map-tip');
    await tip.waitFor();
    expect(await tip.locator('strong').textContent()).toBe(SHOWN_NAME);
    await page.screenshot({ path: join(ROOT, 'test-results/hostile-tooltip.png') });
    await expectNothingInjected(watched);
    await page.context().close();
  });

  it('links an https url, and lets no unpaired control reorder what follows it', async () => {
    const watched = await open(`./?date=2016-12-13&district=${CHEIKH_SAID}`);
    const { page } = watched;
    await mapIdle(page);
    // "Les rebelles ont repris" a district the rebels already held changes nothing (a late
    // report or a misreading): its quote is listed under the folded mentions. Unfold them.
    await page.locator('.district-panel').waitFor();
    await page.evaluate(() => document.querySelectorAll('.district-panel details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const quote = page.locator('.district-panel .quote').first();
    await quote.waitFor();

    expect(await quote.locator('blockquote').textContent()).toBe(BIDI_QUOTE);
    const outlet = quote.locator('.cite bdi');
    expect(await outlet.textContent()).toBe(BIDI_OUTLET);
    const link = quote.locator('a');
    expect(await link.getAttribute('href')).toBe(BIDI_URL);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

    // Left to right, the outlet, the date and the link follow each other: the outlet's
    // override stops at its end.
    const cite = await extents(page, '.district-panel .quotes > .quote:first-child .cite :is(bdi, time, a)');
    expect(cite).toHaveLength(3);
    expectReadsAfter(cite[0]!, cite[1]!);
    expectReadsAfter(cite[1]!, cite[2]!);

    // The credits list the outlets on one line, balanced like the quote's: "Agence…" comes
    // first, and its open override would otherwise reverse the separator after it.
    await page.locator('.credits summary').click();
    expect(await page.locator('.credits .outlets li').allTextContents()).toEqual([BIDI_OUTLET, SCRIPT_OUTLET]);

    await page.screenshot({ path: join(ROOT, 'test-results/hostile-bidi.png') });
    await expectNothingInjected(watched);
    await page.context().close();
  });
});

/** What the map shows: the day, the language, the title, an open panel, the camera's centre. */
async function shown(page: Page) {
  return {
    date: await page.locator('.timebar-date').getAttribute('datetime'),
    slider: await page.locator('input.slider').inputValue(),
    lang: await page.evaluate(() => document.documentElement.lang),
    title: await page.title(),
    panels: await page.locator('.district-panel').count(),
    centre: await page.evaluate(() => window.__map!.getCenter().toArray()),
  };
}

describeInChromium('hostile text in downloads', () => {
  it('writes it as text, balanced, with no javascript: URL and no formula', async () => {
    const { page, errors, dialogs } = await open('./');
    await mapIdle(page);
    await page.locator('details.downloads summary').click();
    const download = async (label: RegExp) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator('details.downloads button', { hasText: label }).click()]);
      expect(file.suggestedFilename()).toMatch(/^aleppo-frontlines-[a-z0-9-]+\.csv$/);
      return parse(readFileSync((await file.path())!, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    };
    const events = await download(/Événements et citations/);
    const script = events.find((row) => row.quote === SCRIPT_QUOTE);
    expect(script).toBeDefined();
    expect(script!.outlet).toBe(SCRIPT_OUTLET);
    expect(script!.url).toBe('');
    const bidi = events.find((row) => row.quote === BIDI_QUOTE);
    expect(bidi).toMatchObject({ outlet: BIDI_OUTLET, url: BIDI_URL });

    const day = await download(/Ce jour.*CSV/);
    const boustane = day.find((row) => row.neighbourhood_id === BOUSTANE)!;
    expect(boustane.name_fr).toBe(SHOWN_NAME);
    expect(boustane.quote).toBe(SCRIPT_QUOTE);
    expect(boustane.url).toBe('');
    // No cell a spreadsheet would run.
    for (const row of [...events, ...day]) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\uFF1D\uFF0B\uFF20]/);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describeInChromium('junk URL parameters', () => {
  // Long, but within what the preview server takes (Node refuses headers over 16 KB).
  const LONG = 'x'.repeat(2000);
  // Each link carries junk in every parameter at once; the last repeats each one, junk first.
  const JUNK = [
    '?date=2016-13-45&district=<script>alert(1)</script>&lang=de&view=//',
    '?date=2016-02-30&district=javascript:alert(1)&lang=<script>alert(1)</script>&view=javascript:alert(1)#<img src=x onerror=alert(1)>',
    `?date=&district="'><img src=x onerror=alert(1)>&lang="'><img src=x onerror=alert(1)>&view=0x10/36/37`,
    `?date=2016-12-12${LONG}&district=${LONG}&lang=${LONG}&view=${'1'.repeat(2000)}/36/37`,
    '?date=2016-02-30&date=2016-12-12&lang=xx&lang=ar&district=x"&district=bustan-al-qaser&view=//&view=13/36.2/37.1',
  ];

  it('opens the map as it opens by default, says nothing in the console and injects nothing', async () => {
    const plain = await open('./');
    await mapIdle(plain.page);
    const defaults = await shown(plain.page);
    expect(defaults).toMatchObject({ lang: 'fr', title: 'Aleppo front lines, 2016', panels: 0 });
    await plain.page.context().close();

    for (const query of JUNK) {
      const watched = await open(`./${query}`);
      await mapIdle(watched.page);
      expect(await shown(watched.page), query.slice(0, 60)).toEqual(defaults);
      await expectNothingInjected(watched);
      // The link is rewritten without the junk, so sharing it shares a clean map.
      const kept = [...new URL(watched.page.url()).searchParams.keys()];
      expect(kept, query.slice(0, 60)).toEqual([]);
      await watched.page.context().close();
    }
  });

  it('opens no panel for a well-formed district that does not exist', async () => {
    const watched = await open('./?district=nowhere');
    await mapIdle(watched.page);
    expect(await watched.page.locator('.district-panel').count()).toBe(0);
    expect(await watched.page.title()).toBe('Aleppo front lines, 2016');
    await expectNothingInjected(watched);
    await watched.page.context().close();
  });
});
