// The fonts the stills are drawn with: the app's own @fontsource files (src/fonts.css,
// src/map/fonts.ts: Noto Sans Latin and Noto Sans Arabic, 400 and 700), turned from WOFF
// into TrueType once (build/woff.ts) and kept in a cache folder for resvg, which only
// takes font files by path.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { woffToSfnt } from './woff';

const require = createRequire(import.meta.url);

export const STILL_FONT_FILES = [
  '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
];

/** TrueType copies of the bundled fonts, as paths for resvg's `font.fontFiles`. */
export function stillFontFiles(): string[] {
  return STILL_FONT_FILES.map((name) => {
    const woff = readFileSync(require.resolve(name));
    // Named by content: a new @fontsource version gets new files, never a stale copy.
    const hash = createHash('sha256').update(woff).digest('hex').slice(0, 16);
    const dir = join(tmpdir(), 'aleppo-frontlines-still-fonts');
    const path = join(dir, `${name.split('/').pop()!.replace(/\.woff$/, '')}-${hash}.ttf`);
    if (!existsSync(path)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, woffToSfnt(woff));
    }
    return path;
  });
}
