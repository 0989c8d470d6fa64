/**
 * The floor under the app's first render: a bare MapLibre page with an empty style, served
 * by the same `vite preview` server as the app and loading the same MapLibre chunk, CSS and
 * worker from dist/assets. The page is two small files written to a temp dir for the run and
 * mounted beside the app (BASE + '__bench/'); dist/ itself is left as the build made it.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { preview, type Plugin } from 'vite';
import { BASE, ROOT, type Served } from '../test/e2e/harness';

export const BARE_PATH = `${BASE}__bench/`;

export interface ServedWithBare extends Served {
  /** URL of the bare MapLibre page. */
  bareUrl: string;
  close(): Promise<void>;
}

/** The build's MapLibre files, found by name in dist/assets. */
function mapLibreAssets(dist: string): { js: string; css: string } {
  const files = readdirSync(join(dist, 'assets'));
  const js = files.find((f) => /^maplibre-gl-(?!worker)[\w-]+\.js$/.test(f));
  const css = files.find((f) => /^maplibre-gl-[\w-]+\.css$/.test(f));
  if (!js || !css) throw new Error(`bench: no MapLibre chunk in ${join(dist, 'assets')} (build first)`);
  return { js, css };
}

function writeBarePage(dir: string, assets: { js: string; css: string }): void {
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bare MapLibre (bench floor)</title>
<link rel="stylesheet" href="../assets/${assets.css}">
<style>html, body, #map { margin: 0; width: 100%; height: 100%; }</style>
</head>
<body>
<div id="map"></div>
<script type="module" src="./bare.js"></script>
</body>
</html>
`,
  );
  // The chunk's export names are minified, so pick them out by what they are.
  writeFileSync(
    join(dir, 'bare.js'),
    `import * as chunk from '../assets/${assets.js}';
const exported = Object.values(chunk);
const MapClass = exported.find((v) => typeof v === 'function' && typeof v.prototype?.setFeatureState === 'function');
const workerUrl = exported.find((v) => typeof v === 'string' && /maplibre-gl-worker/.test(v));
const setWorkerUrl = exported.find((v) => typeof v === 'function' && String(v).includes('WORKER_URL'));
if (!MapClass || !workerUrl || !setWorkerUrl) {
  window.__benchError = 'bare page: Map, setWorkerUrl or the worker URL not found among the MapLibre chunk exports';
  throw new Error(window.__benchError);
}
setWorkerUrl(workerUrl);
const map = new MapClass({
  container: 'map',
  style: { version: 8, sources: {}, layers: [] },
  bounds: [[37.08, 36.13], [37.27, 36.285]],
  attributionControl: false,
});
// The same event the app's figure ends on: the first 'idle'.
map.once('idle', () => { window.__firstComplete = performance.now(); });
window.__map = map;
`,
  );
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** `vite preview` of dist/ (as test/e2e/harness.ts serves it), with the bare page mounted beside. */
export async function serveWithBarePage(): Promise<ServedWithBare> {
  const dir = mkdtempSync(join(tmpdir(), 'aleppo-bench-bare-'));
  writeBarePage(dir, mapLibreAssets(join(ROOT, 'dist')));
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
