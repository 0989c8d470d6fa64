import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, Sentences, withLongRunsCut } from './sentences';

/** Every sentence of `text`, asking at each offset, as [start, end] pairs without repeats. */
function all(text: string): [number, number][] {
  const sentences = new Sentences(text, 'fr');
  const seen = new Map<number, number>();
  for (let i = 0; i < text.length; i += 7) {
    const { start, end } = sentences.offsetsAt(i);
    seen.set(start, end);
  }
  return [...seen].sort((a, b) => a[0] - b[0]);
}

describe('Sentences', () => {
  it('gives the sentence around an offset, trimmed, and joins across "Dec." and "M."', () => {
    const text = 'Premier point. Les rebelles ont reculé le Dec. 13 selon M. Dupont. Fin.\nAutre ligne.';
    const s = new Sentences(text, 'fr');
    expect(s.at(text.indexOf('rebelles')).text).toBe('Les rebelles ont reculé le Dec. 13 selon M. Dupont.');
    expect(s.at(text.indexOf('Dupont')).text).toBe('Les rebelles ont reculé le Dec. 13 selon M. Dupont.');
    expect(s.at(0).text).toBe('Premier point.');
    expect(s.at(text.indexOf('Autre')).text).toBe('Autre ligne.');
    expect(s.offsetsAt(text.indexOf('Autre'))).toEqual({ start: text.indexOf('Autre'), end: text.length });
  });

  it('leaves a sentence of MAX_SENTENCE characters whole', () => {
    const text = `${'a, '.repeat((MAX_SENTENCE - 1) / 3)}b.`;
    expect(text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(all(text)).toEqual([[0, text.length]]);
  });

  it('cuts a longer sentence into runs of whole clauses, each at most MAX_SENTENCE long, covering the text', () => {
    const clause = 'les forces du régime ont repris le quartier de Cheikh Saïd, ';
    const text = clause.repeat(200).trim();
    const pieces = all(text);
    expect(pieces.length).toBeGreaterThan(text.length / MAX_SENTENCE);
    for (const [start, end] of pieces) {
      expect(end - start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(start, end)).toMatch(/^les forces.*(?:Saïd,|Saïd)$/);
    }
    // Nothing lost between pieces but the white space after each comma.
    for (let k = 1; k < pieces.length; k++) expect(text.slice(pieces[k - 1]![1], pieces[k]![0])).toBe(' ');
  });

  it('cuts a clause with no comma at a space, and a run with no space where it must, never inside a character', () => {
    const words = 'mot '.repeat(1000).trim();
    for (const [start, end] of all(words)) {
      expect(end - start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(words.slice(start, end)).toMatch(/^mot( mot)*$/);
    }
    const solid = '𝒜'.repeat(3000); // two string units each
    const pieces = all(solid);
    expect(pieces.map(([s, e]) => solid.slice(s, e)).join('')).toBe(solid);
    for (const [start, end] of pieces) {
      expect(end - start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(solid.slice(start, end)).toMatch(/^(?:𝒜)+$/u);
    }
  });

  it('costs time linear in a line’s length: 2 MB without a full stop, asked at each of 40,000 places', () => {
    const text = 'les rebelles tiennent encore Boustane al-Qasr, '.repeat(2 * 1024 * 1024 / 47);
    const s = new Sentences(text, 'fr');
    const t0 = performance.now();
    for (let i = 0; i < text.length; i += 50) s.offsetsAt(i);
    // Scanning the line once per place (the quadratic way) would take minutes.
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});

describe('withLongRunsCut', () => {
  it('leaves a text of ordinary sentences as it is', () => {
    const text = 'Une phrase. Une autre!\nEt une ligne?';
    expect(withLongRunsCut(text)).toBe(text);
  });

  it('breaks a long run without . ! ? into lines at the clause cuts, adding nothing else', () => {
    const text = 'les forces du régime ont repris le quartier de Cheikh Saïd, '.repeat(100);
    const cut = withLongRunsCut(text);
    expect(cut.replace(/\n/g, '')).toBe(text);
    for (const line of cut.split('\n')) expect(line.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});

describe('Sentences at month abbreviations', () => {
  it('does not end a sentence at a month abbreviation (as the segmenter does before "15.,")', () => {
    const text = 'They rose in 2012. On Nov. 15., government forces launched a final push to take Hanano. Rebels held on.';
    const whole = 'On Nov. 15., government forces launched a final push to take Hanano.';
    const s = new Sentences(text, 'en');
    expect(s.at(text.indexOf('Nov')).text).toBe(whole);
    expect(s.at(text.indexOf('Hanano')).text).toBe(whole);
    expect(s.at(text.indexOf('Rebels')).text).toBe('Rebels held on.');
    expect(s.at(text.indexOf('2012')).text).toBe('They rose in 2012.');
  });
});
