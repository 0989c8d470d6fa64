import type { Span } from './types';

/** Sentence boundaries from the built-in segmenter, with a lookup by offset. */
export class Sentences {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(
    private readonly text: string,
    language: string,
  ) {
    const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    for (const s of segmenter.segment(text)) {
      this.starts.push(s.index);
      this.ends.push(s.index + s.segment.length);
    }
  }

  /** The sentence holding `offset`, trimmed of surrounding white space. */
  at(offset: number): Span {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    let start = this.starts[lo] ?? 0;
    let end = this.ends[lo] ?? this.text.length;
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    return { start, end, text: this.text.slice(start, end) };
  }
}
