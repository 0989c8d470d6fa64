// What the end-to-end tests stand on: a production build served by
// `vite preview`, and Debian's Chromium driven by playwright-core.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build as viteBuild, preview, type PreviewServer } from 'vite';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Served under a sub-path, not at `/`, to prove the build has no absolute
 * URLs: a newsroom may host it anywhere.
 */
export const BASE = '/aleppo-frontlines/';

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * `npm run build` (which runs `npm run geo` first), once per test run: test
 * files run in parallel worker processes of one vitest process, so the first
 * to take the lock builds and the others wait for its stamp rather than
 * rebuilding dist/ under each other's feet. E2E_USE_DIST=1 reuses dist/ as it is.
 */
export function build(): void {
  if (process.env.E2E_USE_DIST === '1') return;
  const run = process.ppid;
  const done = join(ROOT, 'dist', `.e2e-built-${run}`);
  const failed = join(tmpdir(), `aleppo-e2e-build-failed-${run}`);
  const lock = join(tmpdir(), `aleppo-e2e-build-lock-${run}`);
  if (existsSync(done)) return;
  try {
    mkdirSync(lock);
  } catch {
    // Another test file is building: wait for it (a build takes well under the limit).
    for (let waited = 0; waited < 280_000; waited += 250) {
      if (existsSync(done)) return;
      if (existsSync(failed)) throw new Error('npm run build failed (see the test file that ran it)');
      sleep(250);
    }
    throw new Error('timed out waiting for another test file to build dist/');
  }
  try {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
    writeFileSync(done, '');
  } catch (error) {
    writeFileSync(failed, '');
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout}\n${stderr}`);
  }
}

export interface Served {
  server: PreviewServer;
  /** The app's URL, ending in BASE. */
  url: string;
  origin: string;
}

/**
 * The production app in `outDir` with `dataDir` (a `npm run geo -- --out` folder) as its
 * data/. Built by vite straight into `outDir`, so it neither touches dist/ and
 * public/data nor waits for them, and can run beside build(); E2E_USE_DIST=1 copies
 * dist/'s app instead.
 */
export async function buildWithData(outDir: string, dataDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const publicData = join(ROOT, 'public', 'data');
  if (process.env.E2E_USE_DIST === '1') {
    const distData = join(ROOT, 'dist', 'data');
    cpSync(join(ROOT, 'dist'), outDir, { recursive: true, filter: (src) => src !== distData });
    cpSync(dataDir, join(outDir, 'data'), { recursive: true });
  } else {
    // A public folder of its own holding this data: the build reads its data from
    // there too (the embed's stills), not from public/data, which may not exist yet.
    const publicDir = `${outDir}.public`;
    rmSync(publicDir, { recursive: true, force: true });
    cpSync(join(ROOT, 'public'), publicDir, { recursive: true, filter: (src) => src !== publicData });
    cpSync(dataDir, join(publicDir, 'data'), { recursive: true });
    // Quiet: the same build's size notes already show in `npm run build`.
    await viteBuild({ root: ROOT, logLevel: 'error', publicDir, build: { outDir, emptyOutDir: true } });
  }
}

export interface ServeOptions {
  /** Serve this folder rather than dist/. */
  outDir?: string;
  /** Headers on every response, e.g. the Content-Security-Policy. */
  headers?: Record<string, string>;
  /** No Access-Control-Allow-Origin at all, as a plain static server would: what an embed must survive. */
  noCors?: boolean;
}

/**
 * `vite preview` of dist/ (or of `outDir`) on a free loopback port, with the
 * project's vite.config.ts as `npm run preview` has it (its CORS header included:
 * the embed tests prove that a sandboxed frame loads from it).
 */
export async function serve(options: ServeOptions = {}): Promise<Served> {
  const server = await preview({
    root: ROOT,
    base: BASE,
    logLevel: 'warn',
    preview: {
      host: '127.0.0.1',
      port: 0,
      open: false,
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.noCors ? { cors: false } : {}),
    },
    ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
  });
  const { port } = server.httpServer.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { server, url: `${origin}${BASE}`, origin };
}

/**
 * Why the end-to-end tests cannot run on this machine, or null: they need Debian's
 * Chromium, a file outside the repository. Without it they skip with this reason
 * printed (`npm test` on a fresh machine still passes); `.ci/run` installs it, so CI runs them.
 */
export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `end-to-end tests skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install -y chromium\`, as .ci/run does)`;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing: the end-to-end tests need Debian's chromium at ${CHROMIUM}. ` +
        'Install it with `apt-get update && apt-get install -y chromium` (as root), then rerun `npm test`.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      // Keep Chromium from calling home: the machine's network is closed, and
      // the test counts every request that leaves the preview server.
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

export interface BuiltSite {
  browser: Browser;
  served: Served;
  close: () => Promise<void>;
}

/**
 * Chromium, then the production build (see build()) served on localhost: what the end-to-end
 * tests (builtSiteInChromium) and the screenshot scripts stand on. Chromium first: if it cannot
 * start, it says so before any time goes on a build.
 */
export async function startBuiltSite(options: ServeOptions = {}): Promise<BuiltSite> {
  const browser = await launchChromium();
  try {
    build();
    const served = await serve(options);
    return {
      browser,
      served,
      close: async () => {
        await browser.close();
        await served.server.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
