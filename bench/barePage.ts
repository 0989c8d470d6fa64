/**
 * The floor under the app's first render: a minimal MapLibre page, no Preact, no panels, that
 * draws what the app's first view draws from the same files the app fetches: the city's edge,
 * the neighbourhood shapes with their outlines, their names (the same label layout and the
 * same bundled font files through `font-faces`) and the front lines of one day. Like the app,
 * it preloads map.json and decodes it with the contract's decoder (bundled for it here). It is served
 * by the same `vite preview` server as the app and loads the same MapLibre chunk, CSS and
 * worker from dist/assets. Its camera is the app's first view, given in the URL's hash
 * (`#lon/lat/zoom`, read from the app by the bench), so both lay out the same labels. The
 * page is two small files written to a temp dir for the run and mounted beside the app
 * (BASE + '__bench/'); dist/ itself is left as the build made it.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build, preview, type Plugin } from 'vite';
import notoSansRanges from '@fontsource/noto-sans/unicode.json' with { type: 'json' };
import notoSansArabicRanges from '@fontsource/noto-sans-arabic/unicode.json' with { type: 'json' };
import { BASE, ROOT, type Served } from '../test/e2e/harness';

export const BARE_PATH = `${BASE}__bench/`;

export interface ServedWithBare extends Served {
  /** URL of the bare MapLibre page (add `#lon/lat/zoom` for a camera). */
  bareUrl: string;
  close(): Promise<void>;
}

interface Assets {
  js: string;
  css: string;
  latin: string;
  arabic: string;
}

/** The build's MapLibre files and label fonts, found by name in dist/assets. */
function builtAssets(dist: string): Assets {
  const files = readdirSync(join(dist, 'assets'));
  const find = (re: RegExp) => files.find((f) => re.test(f));
  const js = find(/^maplibre-gl-(?!worker)[\w-]+\.js$/);
  const css = find(/^maplibre-gl-[\w-]+\.css$/);
  const latin = find(/^noto-sans-latin-400-normal-[\w-]+\.woff2$/);
  const arabic = find(/^noto-sans-arabic-arabic-400-normal-[\w-]+\.woff2$/);
  if (!js || !css || !latin || !arabic) throw new Error(`bench: no MapLibre chunk or label font in ${join(dist, 'assets')} (build first)`);
  return { js, css, latin, arabic };
}

/** The day the app opens on, counted from the timeline's start: the floor draws that day's front. */
function openingDay(dist: string): number {
  try {
    const timeline = JSON.parse(readFileSync(join(dist, 'data', 'timeline.json'), 'utf8')) as { start: string; end: string };
    const story = JSON.parse(readFileSync(join(dist, 'data', 'story.json'), 'utf8')) as { opening: string | null };
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    return day(story.opening ?? timeline.end) - day(timeline.start);
  } catch {
    return 0;
  }
}

const ranges = (list: string) => list.split(',').map((r) => r.trim());

function writeBarePage(dir: string, assets: Assets, day: number): void {
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bare MapLibre (bench floor)</title>
<link rel="stylesheet" href="../assets/${assets.css}">
<link rel="preload" href="../data/map.json" as="fetch" crossorigin="anonymous">
<style>html, body, #map { margin: 0; width: 100%; height: 100%; }</style>
</head>
<body>
<div id="map"></div>
<script type="module" src="./bare.js"></script>
</body>
</html>
`,
  );
  const fontFaces = {
    'Noto Sans Regular': [
      { url: `../assets/${assets.latin}`, 'unicode-range': ranges(notoSansRanges.latin) },
      { url: `../assets/${assets.arabic}`, 'unicode-range': ranges(notoSansArabicRanges.arabic) },
    ],
  };
  // The chunk's export names are minified, so pick them out by what they are.
  writeFileSync(
    join(dir, 'bare.js'),
    `import * as chunk from '../assets/${assets.js}';
import { decodeMapFile } from './decode.js';
const exported = Object.values(chunk);
const MapClass = exported.find((v) => typeof v === 'function' && typeof v.prototype?.setFeatureState === 'function');
const workerUrl = exported.find((v) => typeof v === 'string' && /maplibre-gl-worker/.test(v));
const setWorkerUrl = exported.find((v) => typeof v === 'function' && String(v).includes('WORKER_URL'));
if (!MapClass || !workerUrl || !setWorkerUrl) {
  window.__benchError = 'bare page: Map, setWorkerUrl or the worker URL not found among the MapLibre chunk exports';
  throw new Error(window.__benchError);
}
setWorkerUrl(workerUrl);
const abs = (path) => new URL(path, location.href).href;
// map.json, as the app reads it: fetched (preloaded by the page), decoded by the contract's own decoder.
const shapes = decodeMapFile(await (await fetch(abs('../data/map.json'))).json());
const fontFaces = ${JSON.stringify(fontFaces)};
for (const faces of Object.values(fontFaces)) for (const face of faces) face.url = abs(face.url);
const zoomed = (a, b) => ['interpolate', ['linear'], ['zoom'], 11, a, 15, b];
const label = {
  'text-field': ['coalesce', ['get', 'name_fr'], ['get', 'name_en']],
  'text-font': ['Noto Sans Regular'],
  'text-size': zoomed(11, 15),
  'text-max-width': 8,
  'text-padding': 3,
  'symbol-sort-key': ['-', ['get', 'area_km2']],
};
const style = {
  version: 8,
  'font-faces': fontFaces,
  sources: {
    shapes: { type: 'geojson', data: shapes.neighbourhoods, promoteId: 'id' },
    centres: { type: 'geojson', data: shapes.centres },
    outline: { type: 'geojson', data: shapes.outline },
    fronts: { type: 'geojson', data: shapes.fronts },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
    { id: 'edge', type: 'line', source: 'outline', paint: { 'line-color': '#8a8070', 'line-width': zoomed(4, 10) } },
    { id: 'fills', type: 'fill', source: 'shapes', paint: { 'fill-color': '#3b5ba5', 'fill-opacity': 0.72 } },
    { id: 'outlines', type: 'line', source: 'shapes', paint: { 'line-color': '#ffffff', 'line-width': zoomed(0.5, 1.5) } },
    { id: 'front', type: 'line', source: 'fronts',
      filter: ['all', ['<=', ['get', 'fromDay'], ${day}], ['<', ${day}, ['coalesce', ['get', 'untilDay'], 1e9]]],
      paint: { 'line-color': '#111111', 'line-width': zoomed(2.5, 5) } },
    { id: 'labels', type: 'symbol', source: 'centres', filter: ['!', ['has', 'mark']], layout: label,
      paint: { 'text-color': '#222222', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } },
    { id: 'landmarks', type: 'symbol', source: 'centres', filter: ['has', 'mark'], layout: { ...label, 'text-anchor': 'top' },
      paint: { 'text-color': '#222222', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } },
  ],
};
const [lon, lat, zoom] = location.hash.slice(1).split('/').map(Number);
const map = new MapClass({
  container: 'map',
  style,
  ...(Number.isFinite(zoom) ? { center: [lon, lat], zoom } : { bounds: [[37.08, 36.13], [37.27, 36.285]] }),
  attributionControl: false,
});
// The same end as the app's figure: the first 'idle' with fills, names and the front drawn.
const check = () => {
  for (const layer of ['fills', 'labels', 'front']) if (map.queryRenderedFeatures({ layers: [layer] }).length === 0) return;
  window.__firstComplete = performance.now();
  map.off('idle', check);
};
map.on('idle', check);
window.__map = map;
`,
  );
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** The contract's map.json decoder (geo/src/contract/mapFile.ts), bundled for the bare page as the app bundles it. */
async function bundleDecoder(dir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry: join(ROOT, 'geo/src/contract/mapFile.ts'), formats: ['es'], fileName: () => 'decode.js' },
      outDir: dir,
      emptyOutDir: false,
    },
  });
}

/** `vite preview` of dist/ (as test/e2e/harness.ts serves it), with the bare page mounted beside. */
export async function serveWithBarePage(): Promise<ServedWithBare> {
  const dir = mkdtempSync(join(tmpdir(), 'aleppo-bench-bare-'));
  writeBarePage(dir, builtAssets(join(ROOT, 'dist')), openingDay(join(ROOT, 'dist')));
  await bundleDecoder(dir);
  const plugin: Plugin = {
    name: 'bench-bare-page',
    configurePreviewServer(server) {
      // Added here, before vite's own middlewares, so the SPA fallback does not answer first.
      server.middlewares.use(BARE_PATH, (req, res, next) => {
        const name = (req.url ?? '/').split('?')[0]!.replace(/^\/+/, '') || 'index.html';
        if (!/^[\w.-]+$/.test(name)) return next();
        try {
          const body = readFileSync(join(dir, name));
          res.setHeader('Content-Type', TYPES[extname(name)] ?? 'application/octet-stream');
          res.end(body);
        } catch {
          next();
        }
      });
    },
  };
  const server = await preview({
    root: ROOT,
    base: BASE,
    logLevel: 'warn',
    plugins: [plugin],
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    origin,
    url: `${origin}${BASE}`,
    bareUrl: `${origin}${BARE_PATH}`,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
