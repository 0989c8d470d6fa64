// axe-core finds nothing serious or critical in any view a reader can reach, full map and
// embed: the map, a district's panel, the table, the phone's menu and district sheet, the Embed
// dialog and the story's caption with its sources, each in French and in Arabic and in the light
// and the dark theme: the map and the panel in all four combinations, the other views in two that
// between them cover both languages and both themes (French light and Arabic dark, or French
// dark and Arabic light, in turn).
import { expect, it } from 'vitest';
import { builtSiteInChromium, describeInChromium } from './inChromium';
import { openMap, seriousAxeViolations } from './page';

const site = builtSiteInChromium();

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 700 };
const SMALL_PHONE = { width: 320, height: 568 };

interface View {
  name: string;
  query: string;
  viewport: { width: number; height: number };
  /** Pressed once the map is idle (through the phone's menu when it is in there). */
  click?: string;
  /** Checked within this element only (a modal dialog makes the page behind it inert). */
  within?: string;
  /** Rules left out, with the reason beside them. */
  skip?: string[];
}

const VIEWS: View[] = [
  { name: 'map', query: 'date=2016-12-13', viewport: DESKTOP },
  { name: 'panel', query: 'date=2016-12-05&district=ash-shaar', viewport: DESKTOP, click: 'details.later summary' },
  { name: 'table', query: 'date=2016-11-28', viewport: DESKTOP, click: '.table-toggle' },
  { name: 'story caption', query: 'date=2016-11-28', viewport: DESKTOP, click: '.story-sources summary' },
  { name: 'phone menu', query: 'date=2016-12-13', viewport: PHONE, click: '.menu-toggle' },
  { name: 'phone sheet', query: 'date=2016-12-13&district=bustan-al-qaser', viewport: SMALL_PHONE },
  { name: 'phone table', query: 'date=2016-12-07', viewport: SMALL_PHONE, click: '.table-toggle' },
  // axe's target-size does not know the top layer a modal dialog lives in: it takes the page
  // behind for neighbours (as in embed.test.ts).
  { name: 'embed dialog', query: 'date=2016-12-13', viewport: DESKTOP, click: '.embed-button', within: 'dialog.embed-dialog', skip: ['target-size'] },
  { name: 'embed dialog on a phone', query: 'date=2016-12-13', viewport: PHONE, click: '.embed-button', within: 'dialog.embed-dialog', skip: ['target-size'] },
  { name: 'embed', query: 'embed=1&date=2016-12-13', viewport: { width: 640, height: 700 } },
  { name: 'embed with a district', query: 'embed=1&date=2016-12-13&district=bustan-al-qaser', viewport: SMALL_PHONE },
];

const ALL = [
  ['fr', 'light'],
  ['ar', 'dark'],
  ['fr', 'dark'],
  ['ar', 'light'],
] as const;

describeInChromium('axe in every view', () => {
  VIEWS.forEach((view, i) => {
    const combos = i < 2 ? ALL : i % 2 ? ALL.slice(0, 2) : ALL.slice(2);
    it(`${view.name}: ${combos.map((c) => c.join(' ')).join(', ')}`, async () => {
      for (const [lang, theme] of combos) {
        const url = new URL(`./?lang=${lang}&theme=${theme}&${view.query}`, site.served().url).href;
        const { page, errors } = await openMap(site.browser(), url, { viewport: view.viewport });
        if (view.click) {
          const target = page.locator(view.click).first();
          if (!(await target.isVisible()) && (await page.locator('.menu-toggle').isVisible())) await page.locator('.menu-toggle').click();
          await target.click();
          if (view.within) await page.locator(view.within).waitFor();
        }
        const where = `${view.name} (${lang}, ${theme})`;
        expect(await page.locator(`html[data-theme='${theme}']`).count(), where).toBe(1);
        expect(await seriousAxeViolations(page, view.within, view.skip), where).toEqual([]);
        expect(errors, where).toEqual([]);
        await page.context().close();
      }
    }, 120_000);
  });
});
