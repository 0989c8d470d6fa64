/**
 * HTML pasted into an article (from a CMS or a web page). The text is kept verbatim — every
 * offset points into the file — but the reading (places, events) sees each tag and each
 * `&nbsp;` as spaces of the same length, so `de <a href="...">Cheikh Saïd</a>` reads as
 * `de Cheikh Saïd` and a URL slug inside an attribute is never taken for a place. What the
 * reading finds is then cut again from the verbatim text (`verbatimSpans`).
 */
import type { Span } from './spans';

const TAG = /<\/?([a-z][a-z0-9-]*)\b[^<>]*>|<!--[\s\S]*?-->/gi;
const ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi;
const SPACE_ENTITY = /&(?:nbsp|#160|#xa0);/gi;

/** A few of the tags or entities a text holds ("<p>, <a>, &nbsp;"), or null when it holds none. */
export function htmlMarkup(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(TAG)) {
    found.add(m[1] ? `<${m[1].toLowerCase()}>` : '<!-- -->');
    if (found.size === 3) break;
  }
  for (const m of text.matchAll(ENTITY)) {
    if (found.size === 4) break;
    found.add(m[0]);
  }
  return found.size ? [...found].join(', ') : null;
}

/** The text with every tag and non-breaking-space entity blanked out: same length, same line breaks. */
export function maskMarkup(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text.replace(TAG, blank).replace(SPACE_ENTITY, blank);
}

/** The same span, its text cut from the verbatim article text. */
export function verbatimSpan(span: Span, text: string): Span {
  return { ...span, text: text.slice(span.start, span.end) };
}
