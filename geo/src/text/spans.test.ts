import { describe, expect, it } from 'vitest';
import { fold } from './normalise';
import { foldKeepingOffsets } from './spans';

/** The fold's definition, one code unit at a time: what the fast version must give. */
function unitByUnit(text: string): string {
  let out = '';
  for (const c of text.split('')) {
    const folded = c.charCodeAt(0) < 128 ? c.toLowerCase() : fold(c);
    out += folded.length === 1 ? folded : c === '’' ? "'" : c;
  }
  return out.replace(/[’‘]/g, "'");
}

const SAMPLES = [
  'Les forces du régime ont repris Cheikh Saïd à l’est d’Alep',
  'ΑΣ Σ ς İstanbul ǅ ß ﬁ K', // case changes that are not one unit for one unit, or depend on context
  'سيطر الجيش على حيّ الشيخ سعيد وأحياء أخرى',
  '𐐀𐐨 \uD801 \uDC00 emoji 😀 fin', // surrogate pairs and lone halves
  'ASCII ONLY, NOTHING ELSE',
];

describe('foldKeepingOffsets', () => {
  it('folds accents and case, one unit for one unit', () => {
    expect(foldKeepingOffsets('Cheikh Saïd, d’Alep')).toBe("cheikh said, d'alep");
    for (const s of SAMPLES) expect(foldKeepingOffsets(s)).toHaveLength(s.length);
  });

  it('is the unit-by-unit fold', () => {
    for (const s of SAMPLES) expect(foldKeepingOffsets(s)).toBe(unitByUnit(s));
    // Every unit of the Basic Multilingual Plane, between letters that case rules look at.
    for (let c = 0; c < 0x10000; c += 1) {
      const s = `A${String.fromCharCode(c)}Σb`;
      if (foldKeepingOffsets(s) !== unitByUnit(s)) expect.fail(`U+${c.toString(16)} folds otherwise`);
    }
  });

  it('folds a slice as the slice of the fold, so an article is folded once', () => {
    const text = SAMPLES.join('. ');
    const whole = foldKeepingOffsets(text);
    for (let start = 0; start < text.length; start += 7) {
      for (const end of [start + 1, start + 13, text.length]) expect(foldKeepingOffsets(text.slice(start, end))).toBe(whole.slice(start, end));
    }
  });
});
