// Font files for map labels, bundled by Vite from @fontsource packages and so
// served from the app's own origin: the map never asks a glyph server.
//
// MapLibre 6 draws text from these files through the browser's own text
// engine (style property `font-faces`), which is what lets Arabic come out
// shaped and right-to-left. Each file is only downloaded when a label needs a
// character in its `unicode-range`. No latin-ext file: see src/fonts.css.
import type { FontFacesSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import notoSansRanges from '@fontsource/noto-sans/unicode.json';
import notoSansArabicRanges from '@fontsource/noto-sans-arabic/unicode.json';

/** The name layers use in `text-font`. */
export const LABEL_FONT = 'Noto Sans Regular';

/** "U+0000-00FF,U+0131" (fontsource) -> ["U+0000-00FF", "U+0131"] (style spec). */
function ranges(list: string): string[] {
  return list.split(',').map((range) => range.trim());
}

/**
 * `font-faces` for the style. URLs are made absolute against the page because
 * MapLibre may fetch them from its worker, whose base URL is not the page's.
 */
export function labelFontFaces(baseUrl: string): FontFacesSpecification {
  const url = (path: string) => new URL(path, baseUrl).href;
  return {
    // Order matters: a character is drawn with the first file that covers it.
    [LABEL_FONT]: [
      { url: url(latin), 'unicode-range': ranges(notoSansRanges.latin) },
      { url: url(arabic), 'unicode-range': ranges(notoSansArabicRanges.arabic) },
    ],
  };
}
