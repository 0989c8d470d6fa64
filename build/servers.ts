// How `npm start` (vite's dev server) and `npm run preview` serve the map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The ports the README gives; when one is taken, vite takes the next free one and prints it. */
export const DEV_PORT = 5173;
export const PREVIEW_PORT = 4173;

/**
 * `npm start` opens the map in a browser only where one can be shown: a desktop
 * (macOS, Windows, or Linux with a display) outside CI. Over SSH or in a
 * container it just prints the URL. BROWSER=none (vite's own switch) never opens one.
 */
export function canOpenBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  if (env.CI || env.BROWSER?.toLowerCase() === 'none') return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * `Access-Control-Allow-Origin: *` on every response. The embed's iframe is
 * sandboxed without same-origin, so its origin is `null` and its module scripts,
 * fonts and data are cross-origin requests: without the header, code copied from
 * `npm start` or `npm run preview` gives a blank frame in a local test article
 * (vite's default allows localhost origins only, not `null`). Everything served
 * is public (the repository and its data), and both servers listen on localhost.
 */
export const ANY_ORIGIN = { origin: '*' } as const;

/** The file MapLibre starts its worker from (src/map/worker.ts points MapLibre at it). */
const MAPLIBRE_WORKER = 'maplibre-gl/dist/maplibre-gl-worker.mjs';

/**
 * `npm start` serves MapLibre's worker file as it is. Inside a sandboxed embed
 * (origin `null`) MapLibre fetches that file and starts it from a `data:` URL;
 * the dev server would otherwise add an import of `/@vite/client` to it, which a
 * `data:` worker cannot resolve, and the embed would show no map. The build
 * copies the file untouched, so only the dev server needs this.
 */
export function rawMaplibreWorker(): Plugin {
  return {
    name: 'aleppo-raw-maplibre-worker',
    apply: 'serve',
    configureServer(server) {
      const file = join(server.config.root, 'node_modules', MAPLIBRE_WORKER);
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]!;
        if (!path.endsWith(`/node_modules/${MAPLIBRE_WORKER}`)) return next();
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.setHeader('Access-Control-Allow-Origin', '*');
        response.end(readFileSync(file));
      });
    },
  };
}
