import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { embedAssets } from './build/embedAssets';
import { mapDataOnly } from './build/mapDataOnly';
import { ANY_ORIGIN, DEV_PORT, PREVIEW_PORT, canOpenBrowser, rawMaplibreWorker } from './build/servers';

// Relative asset URLs so the build can be hosted under any sub-path.
export default defineConfig({
  base: './',
  plugins: [preact(), embedAssets(), mapDataOnly(), rawMaplibreWorker()],
  // Both servers answer any origin: a sandboxed embed's origin is `null` (build/servers.ts).
  server: { port: DEV_PORT, open: canOpenBrowser(), cors: ANY_ORIGIN },
  preview: { port: PREVIEW_PORT, open: false, cors: ANY_ORIGIN },
  build: {
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: it changes less often than the app (caches keep it),
        // and the payload bench can hold the rest to its budget.
        codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  test: {
    include: ['geo/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
