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
 * in the folded text are its offsets in the original ("Saïd" → "said"). Each unit is folded
 * on its own, so the fold of a slice is the slice of the fold: fold an article once and cut
 * its sentences from it.
 */
export function foldKeepingOffsets(text: string): string {
  // Runs of units that lower-casing alone folds (ASCII, and letters with no case or accent)
  // are lowered whole; only the other units are looked up, once each.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    const unit = foldedUnit(code);
    if (unit === null) continue;
    out += text.slice(from, i).toLowerCase() + unit;
    from = i + 1;
  }
  return from === 0 ? text.toLowerCase() : out + text.slice(from).toLowerCase();
}

/** Per code unit above ASCII: its folded form, or null where the unit is its own fold and its own lower case. */
const unitFolds = new Map<number, string | null>();

function foldedUnit(code: number): string | null {
  let unit = unitFolds.get(code);
  if (unit === undefined) {
    const c = String.fromCharCode(code);
    const folded = fold(c);
    const one = (folded.length === 1 ? folded : c === '’' ? "'" : c).replace(/[’‘]/g, "'");
    // Surrogate halves are kept as they are, never lowered as a pair: each unit stands alone.
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    unit = !surrogate && one === c && c.toLowerCase() === c ? null : one;
    unitFolds.set(code, unit);
  }
  return unit;
}
