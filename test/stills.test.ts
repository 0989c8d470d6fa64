// The stills (embed fallback, no-script image, oEmbed thumbnail): words in the chosen
// language, drawn by resvg with the app's own @fontsource files turned into TrueType.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { STILL_FONT_FILES, stillFontFiles } from '../build/stillFonts';
import { woffToSfnt } from '../build/woff';
import { snapshotSvg, stillLabels, type StillLabels } from '../src/embed/snapshotSvg';
import { squareGrid } from '../geo/src/geometry/testing';

const require = createRequire(import.meta.url);

/** Pixels darker than mid-grey in a band of rows of a rendered SVG. */
function inkIn(svg: string, fontFiles: string[], rows: [number, number]): number {
  const image = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans' } }).render();
  const { width, pixels } = image;
  let ink = 0;
  for (let y = rows[0]; y < rows[1]; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 3 * 100 && pixels[i + 3]! > 0) ink++;
    }
  }
  return ink;
}

const shapes = squareGrid(3, 3) as unknown as Parameters<typeof snapshotSvg>[0]['shapes'];
const controllers = new Map(shapes.features.map((f, i) => [f.properties.id, i % 2 ? ('rebel' as const) : ('regime' as const)]));

describe('still fonts', () => {
  it('turns each bundled WOFF into a TrueType file with the same tables', () => {
    for (const name of STILL_FONT_FILES) {
      const woff = readFileSync(require.resolve(name));
      const ttf = woffToSfnt(woff);
      expect(ttf.readUInt32BE(0), name).toBe(woff.readUInt32BE(4));
      expect(ttf.readUInt16BE(4), name).toBe(woff.readUInt16BE(12));
      // Each table lies inside the file, and the head table carries its magic number.
      const tables = new Map<string, { offset: number; length: number }>();
      for (let i = 0; i < ttf.readUInt16BE(4); i++) {
        const at = 12 + i * 16;
        tables.set(ttf.subarray(at, at + 4).toString('latin1'), { offset: ttf.readUInt32BE(at + 8), length: ttf.readUInt32BE(at + 12) });
      }
      for (const t of tables.values()) expect(t.offset + t.length).toBeLessThanOrEqual(ttf.length);
      expect(ttf.readUInt32BE(tables.get('head')!.offset + 12)).toBe(0x5f0f3cf5);
    }
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/not a WOFF/);
  });

  it('lets resvg draw Latin and Arabic text it cannot draw without them', () => {
    const svg = (text: string, family: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><rect width="300" height="60" fill="#fff"/>` +
      `<text x="10" y="40" font-family="${family}" font-size="28">${text}</text></svg>`;
    for (const [text, family] of [['Alep, 13 déc.', 'Noto Sans'], ['حلب ١٣ كانون الأول', 'Noto Sans Arabic']] as const) {
      expect(inkIn(svg(text, family), [], [0, 60]), text).toBe(0);
      expect(inkIn(svg(text, family), stillFontFiles(), [0, 60]), text).toBeGreaterThan(200);
    }
  });
});

describe('labelled stills', () => {
  it('puts the title, the date, the legend and the credits in the chosen language', () => {
    const fr = snapshotSvg({ shapes, controllers, fronts: [], width: 960, height: 720, labels: stillLabels('fr', '2016-12-13', 45, true) });
    for (const words of ['Aleppo front lines, 2016', '13 décembre 2016', 'régime', 'rebelles', 'disputé', 'ligne de front', '45 médias', 'Conflict Urbanism: Aleppo']) {
      expect(fr).toContain(words);
    }
    const ar = snapshotSvg({ shapes, controllers, fronts: [], width: 960, height: 720, labels: stillLabels('ar', '2016-12-13', 1, false) });
    for (const words of ['١٣ كانون الأول ٢٠١٦', 'النظام', 'المعارضة', 'وسيلة إعلامية واحدة']) expect(ar).toContain(words);
    expect(ar).not.toContain('خط الجبهة');
    // Arabic lines end at the right margin.
    expect(ar).toMatch(/<text x="936"[^>]*text-anchor="end" direction="rtl"[^>]*>النظام|<text x="9\d\d"[^>]*text-anchor="end"/);
    // Without labels, the map alone.
    expect(snapshotSvg({ shapes, controllers, fronts: [], width: 960, height: 720 })).not.toContain('<text');
  });

  it('stripes contested and dots unknown neighbourhoods, as the live map does', () => {
    const ids = shapes.features.map((f) => f.properties.id);
    // Two contested, one left out (unknown), the rest regime.
    const mixed = new Map(ids.slice(0, -1).map((id, i) => [id, i < 2 ? ('contested' as const) : ('regime' as const)]));
    const svg = snapshotSvg({ shapes, controllers: mixed, fronts: [], width: 960, height: 720 });
    const group = (pattern: string) => (new RegExp(`<g fill="url\\(#${pattern}\\)">(.*?)</g>`).exec(svg)?.[1] ?? '').match(/<path /g)?.length ?? 0;
    expect(group('hatch')).toBe(2);
    expect(group('dots')).toBe(1);
    expect(svg).toContain('<pattern id="dots"');
  });

  it('draws a colour that rests on an inference or the baseline paler, as the live map does, and says so under the legend', () => {
    const ids = shapes.features.map((f) => f.properties.id);
    const weak = new Set(ids.slice(0, 3));
    const plain = snapshotSvg({ shapes, controllers, fronts: [], width: 960, height: 720, labels: stillLabels('fr', '2016-12-13', 45, false) });
    const pale = snapshotSvg({ shapes, controllers, fronts: [], weak, width: 960, height: 720, labels: stillLabels('fr', '2016-12-13', 45, false, true) });
    expect(plain.match(/<path [^>]*fill-opacity="0\.6"/g) ?? []).toHaveLength(0);
    expect(pale.match(/<path d="[^"]*" fill="#[0-9A-Fa-f]{6}" fill-opacity="0\.6"\/>/g) ?? []).toHaveLength(3);
    expect(pale).toContain('teinte pâle');
    expect(plain).not.toContain('teinte pâle');
    // The explanation is drawn, in Arabic too, on its own line between the legend row and the
    // credits: that band has ink with the words, none with a blank in their place.
    const fonts = stillFontFiles();
    const band: [number, number] = [720 - 114 + 40, 720 - 114 + 55];
    for (const lang of ['fr', 'ar'] as const) {
      const labels = stillLabels(lang, '2016-12-13', 45, false, true);
      const svg = (words: StillLabels) => snapshotSvg({ shapes, controllers, fronts: [], weak, width: 960, height: 720, labels: words });
      expect(inkIn(svg(labels), fonts, band), lang).toBeGreaterThan(300);
      expect(inkIn(svg({ ...labels, weak: ' ' }), fonts, band), lang).toBeLessThan(20);
    }
  });

  it('draws the words: ink in the header and the footer of a rendered still, in French and Arabic', () => {
    const fonts = stillFontFiles();
    for (const lang of ['fr', 'ar'] as const) {
      const svg = snapshotSvg({ shapes, controllers, fronts: [], width: 960, height: 720, labels: stillLabels(lang, '2016-12-13', 45, false) });
      expect(inkIn(svg, fonts, [0, 78]), lang).toBeGreaterThan(1000);
      expect(inkIn(svg, fonts, [720 - 92, 720]), lang).toBeGreaterThan(500);
    }
  });
});
