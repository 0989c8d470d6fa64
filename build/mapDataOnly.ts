// public/data/ holds everything `npm run geo` writes, including two files for
// editors and tools rather than readers: mentions.json (every place found, for
// the review and the eval) and review.md. The map never fetches them, so the
// production build does not publish them.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const NOT_FOR_READERS = ['mentions.json', 'review.md'] as const;

export function mapDataOnly(): Plugin {
  return {
    name: 'aleppo-map-data-only',
    apply: 'build',
    writeBundle(options) {
      if (!options.dir) return;
      for (const name of NOT_FOR_READERS) rmSync(join(options.dir, 'data', name), { force: true });
    },
  };
}
