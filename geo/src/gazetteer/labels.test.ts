// The names the map writes on its districts, from the bundled gazetteer: in French, English and
// Arabic, no two districts carry the same label (parts of one neighbourhood told apart), and
// every district has an Arabic name written in Arabic script.
import { describe, expect, it } from 'vitest';
import { bundledGazetteerSources } from '../../../test/support/corpus';
import { buildGazetteer } from './build';

const gazetteer = buildGazetteer(bundledGazetteerSources());
const drawn = gazetteer.neighbourhoods.filter((n) => n.located);

/** What a reader would take for the same label: case, spacing, tatweel and Arabic short vowels aside. */
const readAs = (label: string) =>
  label
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[\u0640\u064B-\u0652]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the map labels of the bundled gazetteer', () => {
  it('covers the districts the map draws', () => {
    expect(drawn.length).toBeGreaterThan(50);
  });

  for (const lang of ['fr', 'en', 'ar'] as const) {
    it(`gives no two districts the same label in ${lang}`, () => {
      const byLabel = new Map<string, string[]>();
      for (const n of drawn) {
        const label = readAs(n[`name_${lang}`]);
        byLabel.set(label, [...(byLabel.get(label) ?? []), n.id]);
      }
      const shared = [...byLabel].filter(([, ids]) => ids.length > 1).map(([label, ids]) => `${label}: ${ids.join(', ')}`);
      expect(shared).toEqual([]);
    });
  }

  it('gives every district an Arabic name, in Arabic script', () => {
    const lacking = drawn.filter((n) => !/^[\u0600-\u06FF\s'’()\-]+$/.test(n.name_ar) || !/[\u0621-\u064A]/.test(n.name_ar)).map((n) => `${n.id}: "${n.name_ar}"`);
    expect(lacking).toEqual([]);
  });

  it('tells the parts of one neighbourhood apart by their numbers, in Arabic digits', () => {
    const parts = drawn.filter((n) => /\b(I|II|III|IV|V|VI)$/.test(n.name_en));
    expect(parts.length).toBeGreaterThan(3);
    for (const n of parts) expect(n.name_ar, n.id).toMatch(/[\u0660-\u0669]$/);
  });
});
