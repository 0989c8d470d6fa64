/**
 * What a reader's first view actually downloads, as opposed to what dist/ holds: the app
 * opened in a fresh Chromium context (cold cache) in one language, every response from the
 * server recorded until the map is complete and the network quiet. Fonts are lazy (each
 * @font-face loads only when the page or a label uses a character in its unicode-range),
 * so this differs by language. Sizes are the built files' own (raw and gzip -9, as in the
 * payload table), whatever compression the preview server happens to apply.
 */
import type { Browser } from 'playwright-core';
import { mapIdle } from '../test/e2e/page';
import type { Served } from '../test/e2e/harness';
import type { Payload, PayloadFile } from './payload';

export interface FirstView {
  lang: string;
  files: PayloadFile[];
  total: { bytes: number; gzipBytes: number };
  /** Everything but MapLibre's own code and CSS (aim for French and English: 100 KB gzipped or less). */
  rest: { bytes: number; gzipBytes: number };
  /** Requests answered with anything but a built file (should be none). */
  unknown: string[];
}

export async function firstView(browser: Browser, served: Served, payload: Payload, lang: string): Promise<FirstView> {
  const byPath = new Map(payload.files.map((f) => [f.file, f]));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const seen = new Set<string>();
    const unknown: string[] = [];
    // Page, map worker and font requests alike (Playwright reports workers' fetches too).
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== served.origin) return void unknown.push(response.url());
      const path = decodeURIComponent(url.pathname.slice(new URL(served.url).pathname.length)) || 'index.html';
      if (byPath.has(path)) seen.add(path);
      else unknown.push(`${response.status()} ${path}`);
    });
    await page.goto(`${served.url}?lang=${lang}`);
    await mapIdle(page);
    await page.waitForLoadState('networkidle');
    const files = [...seen].map((p) => byPath.get(p)!).sort((a, b) => b.gzipBytes - a.gzipBytes);
    const sum = (list: PayloadFile[]) => ({ bytes: list.reduce((s, f) => s + f.bytes, 0), gzipBytes: list.reduce((s, f) => s + f.gzipBytes, 0) });
    return { lang, files, total: sum(files), rest: sum(files.filter((f) => !f.maplibre)), unknown };
  } finally {
    await context.close();
  }
}

/** One column per language: which built files each first view fetched, in KB gzipped. */
export function firstViewTable(views: readonly FirstView[], payload: Payload): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const header = `| file | kind | ${views.map((v) => `?lang=${v.lang} KB gz`).join(' | ')} |`;
  const fetched = [...new Set(views.flatMap((v) => v.files.map((f) => f.file)))];
  const notFetched = payload.files.filter((f) => !fetched.includes(f.file));
  const unusedData = notFetched.filter((f) => f.kind === 'data');
  const rows = payload.files
    .filter((f) => fetched.includes(f.file))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((f) => `| ${f.file} | ${f.kind}${f.maplibre ? ' (MapLibre)' : ''} | ${views.map((v) => (v.files.includes(f) ? kb(f.gzipBytes) : '–')).join(' | ')} |`);
  const sumRow = (name: string, key: 'rest' | 'total') =>
    `| ${name} | | ${views.map((v) => `${kb(v[key].gzipBytes)} (raw ${kb(v[key].bytes)})`).join(' | ')} |`;
  return [
    header,
    `|---|---|${views.map(() => '---:').join('|')}|`,
    ...rows,
    sumRow('**everything but MapLibre** (aim for fr and en: ≤ 100 KB gz, issue 13)', 'rest'),
    sumRow('**total**', 'total'),
    '',
    `Built but fetched by none of these first views: ${notFetched.map((f) => `${f.file} (${kb(f.gzipBytes)} KB gz)`).join(', ') || 'none'}.`,
    // The app fetches all its data at start, so a data file no first view fetched is never fetched.
    `dist/ without the data files no first view fetched: everything but MapLibre ${kb(payload.rest.gzipBytes - unusedData.reduce((s, f) => s + f.gzipBytes, 0))} KB gz (with them ${kb(payload.rest.gzipBytes)}).`,
    ...views.filter((v) => v.unknown.length > 0).map((v) => `?lang=${v.lang}: responses that are no built file: ${v.unknown.join(', ')}`),
  ].join('\n');
}
