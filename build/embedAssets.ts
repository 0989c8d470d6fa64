// What the build adds for embedding, from the data `npm run geo` wrote to
// public/data/:
// - snapshots/<date>.png: a still of the map for the first day and every
//   change day (the embed code's no-script image, the oEmbed thumbnail), and
//   snapshots/latest.png for the last day;
// - oembed.json: the oEmbed description a CMS reads when an editor pastes the
//   map's link, and the <link rel="alternate"> that lets it find the file;
// - the CSP <meta> tag, and the last day's still in index.html for when the app never draws.
// With PUBLIC_URL set (where the map will be served, e.g.
// https://graphics.example.org/aleppo/), links in oembed.json and the
// discovery tag are absolute, as oEmbed consumers need.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin, ResolvedConfig } from 'vite';
import type { ArticlesFile, FrontLineCollection, NeighbourhoodsFile } from '../geo/src/contract';
import { outlets } from '../src/data';
import { LANGS } from '../src/i18n';
import type { Timeline } from '../geo/src/timeline/types';
import { ControlIndex } from '../src/model/control';
import { longDate } from '../src/model/days';
import { escapeHtml } from '../src/embed/embedCode';
import { oembedDocument } from '../src/embed/oembed';
import { SNAPSHOT_DIR, SNAPSHOT_SIZE, controlCounts, snapshotDays, snapshotFolder } from '../src/embed/snapshots';
import { snapshotSvg, stillLabels } from '../src/embed/snapshotSvg';
import { stillFontFiles } from './stillFonts';
import { embedStrings } from '../src/embed/strings';
import { CSP } from './csp';

interface Model {
  index: ControlIndex;
  shapes: NeighbourhoodsFile;
  fronts: FrontLineCollection;
  /** Distinct outlets of the corpus, for the stills' credits. */
  outlets: number;
}

function readJson<T>(dir: string, name: string): T {
  const path = join(dir, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message} (run \`npm run geo\` first)`);
  }
}

export function embedAssets(): Plugin {
  let config: ResolvedConfig;
  let model: Model | null = null;
  const publicUrl = process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL.replace(/\/?$/, '/')).href : null;
  const load = (): Model => {
    if (model) return model;
    const dir = join(config.publicDir, 'data');
    const timeline = readJson<Timeline>(dir, 'timeline.json');
    model = {
      index: new ControlIndex(timeline),
      shapes: readJson<NeighbourhoodsFile>(dir, 'neighbourhoods.geojson'),
      fronts: readJson<FrontLineCollection>(dir, 'frontlines.geojson'),
      outlets: outlets(readJson<ArticlesFile>(dir, 'articles.json').articles, 'en').length,
    };
    return model;
  };
  const at = (path: string) => (publicUrl ? new URL(path, publicUrl).href : `./${path}`);

  return {
    name: 'aleppo-embed-assets',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml(html) {
      const { index } = load();
      const t = embedStrings.fr;
      const last = index.lastDay;
      const date = longDate(index.date(last), 'fr');
      const alt = t.imageAlt(date, controlCounts(index, last, 'fr'));
      // The same still twice: in <noscript> for JavaScript off, and with its address in
      // data-src for public/boot.js to set should a file of the app fail, so a normal load
      // never fetches it. Readable with no style sheet at all (a server without CORS
      // headers refuses the sandboxed frame its CSS too): the width attribute keeps the
      // image in the frame, and no style attribute, which the CSP would refuse.
      const still = (source: 'src' | 'data-src') =>
        `<p lang="fr">${escapeHtml(t.stillNote)}</p><p lang="en">${escapeHtml(embedStrings.en.stillNote)}</p>` +
        `<a href="${at('')}" target="_blank" rel="noopener"><img ${source}="${at(`${SNAPSHOT_DIR}/latest.png`)}" alt="${escapeHtml(alt)}" width="100%"></a>` +
        `<p><a href="${at('')}" target="_blank" rel="noopener">${escapeHtml(`${t.fullMap} · ${embedStrings.en.fullMap}`)}</a></p>`;
      const fallback = `<noscript>${still('src')}</noscript><div class="still-failed">${still('data-src')}</div>`;
      return html
        .replace('<!-- csp -->', `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`)
        .replace('<!-- oembed -->', `<link rel="alternate" type="application/json+oembed" href="${at('oembed.json')}" title="${escapeHtml(t.frameTitle)}" />`)
        .replace('<!-- fallback -->', fallback);
    },
    generateBundle() {
      const { index, shapes, fronts, outlets: outletCount } = load();
      const days = snapshotDays(index);
      const fontFiles = stillFontFiles();
      for (const day of days) {
        const controllers = new Map(index.ids.map((id) => [id, index.controllerOn(id, day)]));
        const weakFlags = index.weakOn(day);
        const weak = new Set(index.ids.filter((_, i) => weakFlags[i]));
        const shown = fronts.features.filter(
          (f) => f.properties.fromDay <= day && (f.properties.untilDay === null || day < f.properties.untilDay),
        );
        // One still per language: the title, date, legend and credits in its words.
        for (const lang of LANGS) {
          const labels = stillLabels(lang, index.date(day), outletCount, shown.length > 0, weak.size > 0);
          const svg = snapshotSvg({ shapes, controllers, fronts: shown, weak, ...SNAPSHOT_SIZE, labels });
          const png = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans' } }).render().asPng();
          const folder = snapshotFolder(lang);
          this.emitFile({ type: 'asset', fileName: `${folder}/${index.date(day)}.png`, source: png });
          if (day === days[days.length - 1]) this.emitFile({ type: 'asset', fileName: `${folder}/latest.png`, source: png });
        }
      }
      if (!publicUrl) {
        this.warn('PUBLIC_URL is not set: oembed.json has relative links, which CMSs cannot follow. See README, "Embedding".');
      }
      const doc = oembedDocument({ base: publicUrl ?? './', title: embedStrings.en.frameTitle });
      this.emitFile({ type: 'asset', fileName: 'oembed.json', source: `${JSON.stringify(doc, null, 2)}\n` });
    },
  };
}
