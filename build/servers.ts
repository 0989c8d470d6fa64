// How `npm start` (vite's dev server) and `npm run preview` serve the map.

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
