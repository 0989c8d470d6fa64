// The bundled fonts cover what the app shows. The page's faces (src/fonts.css) and the map's
// label faces (src/map/fonts.ts) carry only the unicode ranges the data needs today (no
// latin-ext); a name, quote or UI string with a character outside them would be drawn in
// whatever font the reader's system has. This says so, naming the characters and the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeFinder } from '../geo/src/pipeline';
import { labelFontFaces } from '../src/map/fonts';
import { bundledArticleFiles, bundledGazetteerSources, root } from './support/corpus';

type Range = [number, number];

/** "U+0600-06FF" or "U+0131" -> [from, to]. */
function parseRange(text: string): Range {
  const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(text.trim());
  if (!m) throw new Error(`not a unicode-range: ${text}`);
  const from = parseInt(m[1]!, 16);
  return [from, m[2] ? parseInt(m[2], 16) : from];
}

/** The unicode ranges of every @font-face in a stylesheet. */
function cssRanges(css: string): Range[] {
  return [...css.matchAll(/@font-face\s*{[^}]*unicode-range:\s*([^;]+);/g)].flatMap((m) => m[1]!.split(',').map(parseRange));
}

/** Characters of `text` no range covers (spaces, controls and line ends need no glyph). */
function uncovered(text: string, ranges: readonly Range[]): string[] {
  const out = new Set<string>();
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    if (cp < 0x21 || /\s/u.test(c)) continue;
    if (!ranges.some(([a, b]) => cp >= a && cp <= b)) out.add(c);
  }
  return [...out];
}

const show = (chars: string[]) => chars.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');

const pageRanges = cssRanges(readFileSync(join(root, 'src/fonts.css'), 'utf8'));
const mapRanges = Object.values(labelFontFaces('http://localhost/')).flatMap((faces) =>
  (Array.isArray(faces) ? faces : [faces]).flatMap((face) => (typeof face === 'string' ? [] : (face['unicode-range'] ?? []).map(parseRange))),
);
const { gazetteer } = placeFinder(bundledGazetteerSources());
const names = gazetteer.neighbourhoods.flatMap((n) => [n.name_fr, n.name_en, n.name_ar]).join(' ');

describe('bundled fonts', () => {
  it('find a character outside their ranges', () => {
    expect(uncovered('Alep ḥalab şeyh', pageRanges)).toEqual(['ḥ', 'ş']);
    expect(uncovered('حلب Alep', mapRanges)).toEqual([]);
  });

  it('cover every neighbourhood name on the map and in the page', () => {
    expect(show(uncovered(names, mapRanges)), 'map labels: add a face to src/map/fonts.ts').toBe('');
    expect(show(uncovered(names, pageRanges)), 'page: add a face to src/fonts.css').toBe('');
  });

  it('cover the UI strings and every bundled article (quotes, titles, outlets)', () => {
    const files = [
      // The UI strings, those kept beside their modules (story, panel, table), and the story's captions.
      ...['src/i18n.ts', 'src/story/strings.ts', 'src/panel/strings.ts', 'src/table/strings.ts', 'src/styles.css', 'geo/editorial/story.yaml'].map((name) => ({
        name,
        text: readFileSync(join(root, name), 'utf8'),
      })),
      ...bundledArticleFiles().map((f) => ({ name: `geo/articles/${f.name}`, text: new TextDecoder().decode(f.bytes) })),
    ];
    const missing = files.map((f) => ({ file: f.name, chars: show(uncovered(f.text, pageRanges)) })).filter((f) => f.chars);
    expect(missing, 'add a face (e.g. latin-ext) to src/fonts.css and src/map/fonts.ts').toEqual([]);
  });
});
