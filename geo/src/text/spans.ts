/** Where things stand in a text: JavaScript string offsets (end excluded), and the fold that keeps them. */

import { fold } from './normalise';

/** Where something stands in an article's text: JavaScript string offsets, end excluded. */
export interface Offsets {
  start: number;
  end: number;
}

export interface Span extends Offsets {
  text: string;
}

/**
 * Lower case without accents, one output unit per input unit, so that a match's offsets
 * in the folded text are its offsets in the original ("Saïd" → "said").
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 128) {
      out += c.toLowerCase();
      continue;
    }
    const folded = fold(c);
    out += folded.length === 1 ? folded : c === '’' ? "'" : c;
  }
  return out.replace(/[’‘]/g, "'");
}
