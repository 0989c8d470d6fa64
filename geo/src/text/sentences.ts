import type { Offsets, Span } from './spans';

/**
 * A sentence longer than this (in string units) is cut into clauses. The corpus's longest
 * sentence has 695; a text with no full stop (a paste that lost them) would
 * otherwise be one sentence, and reading a sentence costs time in its length for each place
 * it names: with the bound, time and memory stay linear in the article's length.
 */
export const MAX_SENTENCE = 2000;

/**
 * The sentence around an offset, from the built-in segmenter. Lazy and local: only the
 * line holding the offset is segmented (a line break always ends a sentence), once, so
 * finding places does not pay for segmenting whole articles nor for segmenting a line twice.
 */
export class Sentences {
  /** Per line start: the line's sentences as [start, end) pairs (untrimmed), in order. */
  private readonly lines = new Map<number, number[]>();
  private lineStarts: number[] | null = null;
  private readonly segmenter: Intl.Segmenter;

  constructor(
    private readonly text: string,
    language: string,
  ) {
    this.segmenter = segmenterFor(language);
  }

  /** The sentence holding `offset`, trimmed of surrounding white space, and its text. */
  at(offset: number): Span {
    const { start, end } = this.offsetsAt(offset);
    return { start, end, text: this.text.slice(start, end) };
  }

  /** Where the sentence holding `offset` starts and ends, trimmed of surrounding white space. */
  offsetsAt(offset: number): Offsets {
    const lineStart = this.lineStart(offset);
    let bounds = this.lines.get(lineStart);
    if (!bounds) {
      bounds = this.segmentLine(lineStart);
      this.lines.set(lineStart, bounds);
    }
    // The last sentence starting at or before the offset (binary search over the pairs).
    let lo = 0;
    let hi = bounds.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bounds[2 * mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    let start = bounds[2 * lo] ?? lineStart;
    let end = bounds[2 * lo + 1] ?? this.text.length;
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    return { start, end };
  }

  /** Where the line holding `offset` starts: a search among the line starts, found once (a line of 2 MB is not scanned per place). */
  private lineStart(offset: number): number {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]!;
  }

  /** The sentences of the line starting at `lineStart`: segmented once, joined across abbreviations, long ones cut into clauses. */
  private segmentLine(lineStart: number): number[] {
    const lineEnd = this.text.indexOf('\n', lineStart);
    const end = lineEnd < 0 ? this.text.length : lineEnd;
    const out: number[] = [];
    let start = lineStart;
    for (const s of this.segmenter.segment(this.text.slice(lineStart, end))) {
      const boundary = lineStart + s.index;
      if (boundary === lineStart) continue;
      // The segmenter ends a sentence at "Dec." or "Gen.": join across such abbreviations.
      if (ABBREVIATION_END.test(this.text.slice(Math.max(start, boundary - 8), boundary))) continue;
      cutLong(this.text, start, boundary, out);
      start = boundary;
    }
    cutLong(this.text, start, end, out);
    return out;
  }
}

/** Where a clause may end: after , ; : or a dash, before white space. */
const CLAUSE_END = /[,;:—–]\s/g;

/**
 * Pushes [start, end) as one sentence, or, when longer than MAX_SENTENCE, as clauses: each
 * piece is the longest run of whole clauses that fits; a clause too long is cut at the last
 * space that fits, and a run of 2,000 characters without a space is cut where it must.
 * Each piece looks at most MAX_SENTENCE characters ahead, so the cost is linear in the length.
 */
function cutLong(text: string, start: number, end: number, out: number[]): void {
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const limit = from + MAX_SENTENCE;
    // Searched in a window, never past it: a text without commas or spaces stays linear.
    const window = text.slice(from, limit + 1);
    let cut = 0;
    for (const m of window.matchAll(CLAUSE_END)) cut = m.index + 1;
    if (cut === 0) cut = window.lastIndexOf(' ', MAX_SENTENCE - 1) + 1;
    cut = cut > 0 ? from + cut : limit;
    // Never between the two halves of a character outside the BMP.
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--;
    out.push(from, cut);
    from = cut;
  }
  out.push(from, end);
}

/**
 * The text with a line break inserted where a run without . ! ? or line break longer than
 * MAX_SENTENCE is cut into clauses (as `Sentences` cuts it): for readers that split a text
 * on those marks themselves and only tally what they find, never keep offsets.
 */
export function withLongRunsCut(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i < text.length && c !== '.' && c !== '!' && c !== '?' && c !== '\n') continue;
    if (i - runStart > MAX_SENTENCE) {
      const pieces: number[] = [];
      cutLong(text, runStart, i, pieces);
      for (let k = 1; k < pieces.length - 1; k += 2) {
        parts.push(text.slice(copied, pieces[k]), '\n');
        copied = pieces[k]!;
      }
    }
    runStart = i + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * The runs between . ! ? and line breaks, long ones cut as `Sentences` cuts them: a cheaper
 * split than the segmenter's, for readers that tally what they find over a whole article and
 * keep no offsets (the capturer tally in events/actors.ts). Kept apart from `Sentences` on
 * purpose: splitting at every full stop ("M. Assad", "3.5") is what that tally was tuned on.
 */
export function roughSentences(text: string): IterableIterator<RegExpMatchArray> {
  return withLongRunsCut(text).matchAll(/[^.!?\n]+/g);
}

/** Abbreviations after which the press goes on with the same sentence ("Dec. 13", "Gen. Smith"). */
const ABBREVIATION_END = /(?<![\p{L}])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gen|Lt|Col|Mr|Mrs|Dr|St|janv|févr|avr|juil|sept|oct|nov|déc|M)\.\s*$/u;

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
