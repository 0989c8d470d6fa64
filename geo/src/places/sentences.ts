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
    // The segmenter ends a sentence at "Dec." or "Gen.": join across such abbreviations.
    while (start > lineStart && ABBREVIATION_END.test(this.text.slice(Math.max(lineStart, start - 8), start))) {
      const before = segments.containing(start - lineStart - 1);
      if (!before) break;
      start = lineStart + before.index;
    }
    while (end < lineStart + lineLength(this.text, lineStart) && ABBREVIATION_END.test(this.text.slice(Math.max(start, end - 8), end))) {
      const after = segments.containing(end - lineStart);
      if (!after) break;
      end = lineStart + after.index + after.segment.length;
    }
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    return { start, end, text: this.text.slice(start, end) };
  }
}

/** Abbreviations after which the press goes on with the same sentence ("Dec. 13", "Gen. Smith"). */
const ABBREVIATION_END = /(?<![\p{L}])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gen|Lt|Col|Mr|Mrs|Dr|St|janv|févr|avr|juil|sept|oct|nov|déc|M)\.\s*$/u;

function lineLength(text: string, lineStart: number): number {
  const lineEnd = text.indexOf('\n', lineStart);
  return (lineEnd < 0 ? text.length : lineEnd) - lineStart;
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
