import type { Article } from '../articles/types';
import type { ControlEvent } from '../events/types';

export class QuoteError extends Error {
  override name = 'QuoteError';
}

/** The quote is the text at its offsets, and not empty. */
export function quoteHolds(text: string, quote: ControlEvent['quote']): boolean {
  return quote.text.length > 0 && text.slice(quote.start, quote.end) === quote.text;
}

/**
 * Every colour on the map must trace to words an article really holds: each event's quote
 * must be its article's text at the offsets given. A mismatch is a bug, not bad input, so
 * the build stops and names every event that fails. `verified`: quotes already checked
 * against their article's text while it was read (the pipeline keeps no text it does not need).
 */
export function verifyQuotes(events: readonly ControlEvent[], articles: readonly Pick<Article, 'id' | 'file' | 'text'>[], verified?: WeakSet<object>): void {
  const texts = new Map(articles.map((a) => [a.id, a]));
  const bad: string[] = [];
  for (const e of events) {
    if (!e.article) continue; // an editor's event sourced by a URL
    const article = texts.get(e.article);
    if (!article) bad.push(`${e.id}: article "${e.article}" is not in the corpus`);
    else if (!verified?.has(e.quote) && !quoteHolds(article.text, e.quote)) {
      bad.push(`${e.id}: the quote is not ${article.file}'s text at ${e.quote.start}..${e.quote.end}`);
    }
  }
  if (bad.length) throw new QuoteError(`${bad.length} quote${bad.length > 1 ? 's' : ''} not verbatim:\n  ${bad.join('\n  ')}`);
}
