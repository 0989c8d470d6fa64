import type { Article } from '../geo/src/articles/types';

/** Deterministic PRNG so every run benchmarks the same text. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Synthetic articles made from the real ones: each draws sentences at random from the
 * real articles of one language, so names, noise and vocabulary are the corpus's own.
 * A generator: articles are made one at a time and never held together.
 */
export function* syntheticArticles(real: Article[], count: number, seed = 1): Generator<{ id: string; language: string; text: string }> {
  const random = mulberry32(seed);
  const byLanguage = new Map<string, string[]>();
  for (const a of real) {
    const sentences = [...new Intl.Segmenter(a.language, { granularity: 'sentence' }).segment(a.text)].map((s) => s.segment);
    byLanguage.set(a.language, [...(byLanguage.get(a.language) ?? []), ...sentences]);
  }
  const languages = real.map((a) => a.language);
  for (let i = 0; i < count; i++) {
    const language = languages[Math.floor(random() * languages.length)]!;
    const pool = byLanguage.get(language)!;
    const n = 8 + Math.floor(random() * 16);
    let text = '';
    for (let k = 0; k < n; k++) text += pool[Math.floor(random() * pool.length)];
    yield { id: `synthetic-${i}`, language, text };
  }
}
