// Text from articles and editors can hold bidirectional controls (U+202A-202E,
// U+2066-2069). Paired ones are legitimate (Arabic with Latin names and numbers)
// and are kept, so a quote reads as it was published. Unpaired ones are not:
// a stray PDI closes the isolate the page puts around the text (a <bdi>, which
// Chromium honours), and an override left open then reverses the rest of the
// line: the outlet list, the time bar's sentence, the document's title. So every
// string from the data goes through `balanceBidi` before it is shown, and through
// `isolateText` when it sits inside a plain-text sentence or the title.
// Marks (LRM, RLM, ALM) have no reach beyond their neighbours and are kept.

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI
const PDF = '\u202C';
const PDI = '\u2069';
const FSI = '\u2068';
/** Paragraph separators end every embedding and isolate (UAX #9, rule X8). */
const PARAGRAPH = /[\n\r\u001C-\u001E\u0085\u2029]/;
const CONTROLS = /[\u202A-\u202E\u2066-\u2069\n\r\u001C-\u001E\u0085\u2029]/;

function closers(stack: readonly ('e' | 'i')[]): string {
  let out = '';
  for (let i = stack.length - 1; i >= 0; i--) out += stack[i] === 'e' ? PDF : PDI;
  return out;
}

/**
 * `text` with every bidi control paired: closers without an opener are dropped,
 * and openers left open are closed at the end of their paragraph. Visible text
 * is untouched; text without controls is returned as it is.
 */
export function balanceBidi(text: string): string {
  if (!CONTROLS.test(text)) return text;
  const stack: ('e' | 'i')[] = [];
  let out = '';
  for (const ch of text) {
    if (EMBEDDINGS.has(ch)) stack.push('e');
    else if (ISOLATES.has(ch)) stack.push('i');
    else if (ch === PDF) {
      // Only an embedding opened inside the current isolate can be closed.
      if (stack.at(-1) !== 'e') continue;
      stack.pop();
    } else if (ch === PDI) {
      const open = stack.lastIndexOf('i');
      if (open < 0) continue;
      // A PDI also ends the embeddings opened inside its isolate.
      stack.length = open;
    } else if (PARAGRAPH.test(ch)) {
      out += closers(stack);
      stack.length = 0;
    }
    out += ch;
  }
  return out + closers(stack);
}

/** `text` balanced and wrapped in FSI…PDI: for a name inside a sentence or the document's title. */
export function isolateText(text: string): string {
  return `${FSI}${balanceBidi(text)}${PDI}`;
}
