import type { Span } from './types';

/**
 * The sentence around an offset, from the built-in segmenter. Lazy and local: only the
 * line holding the offset is segmented (a line break always ends a sentence), so finding
 * places does not pay for segmenting whole articles.
 */
export class Sentences {
  private readonly lines = new Map<number, Intl.Segments>();
  private readonly segmenter: Intl.Segmenter;

  constructor(
    private readonly text: string,
    language: string,
  ) {
    this.segmenter = segmenterFor(language);
  }

  /** The sentence holding `offset`, trimmed of surrounding white space. */
  at(offset: number): Span {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    let segments = this.lines.get(lineStart);
    if (!segments) {
      const lineEnd = this.text.indexOf('\n', offset);
      segments = this.segmenter.segment(this.text.slice(lineStart, lineEnd < 0 ? this.text.length : lineEnd));
      this.lines.set(lineStart, segments);
    }
    const segment = segments.containing(offset - lineStart);
    let start = lineStart + (segment?.index ?? 0);
    let end = segment ? start + segment.segment.length : this.text.length;
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    return { start, end, text: this.text.slice(start, end) };
  }
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Segmenters are costly to make and hold no state: one per language. */
function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}
