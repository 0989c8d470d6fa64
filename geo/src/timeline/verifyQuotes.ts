import type { Article } from '../articles/types';
import type { ControlEvent } from '../events/types';

export class QuoteError extends Error {
  override name = 'QuoteError';
}

/**
 * Every colour on the map must trace to words an article really holds: each event's quote
 * must be its article's text at the offsets given. A mismatch is a bug, not bad input, so
 * the build stops and names every event that fails.
 */
export function verifyQuotes(events: readonly ControlEvent[], articles: readonly Article[]): void {
  const texts = new Map(articles.map((a) => [a.id, a]));
  const bad: string[] = [];
  for (const e of events) {
    if (!e.article) continue; // an editor's event sourced by a URL
    const article = texts.get(e.article);
    if (!article) bad.push(`${e.id}: article "${e.article}" is not in the corpus`);
    else if (article.text.slice(e.quote.start, e.quote.end) !== e.quote.text || e.quote.text.length === 0) {
      bad.push(`${e.id}: the quote is not ${article.file}'s text at ${e.quote.start}..${e.quote.end}`);
    }
  }
  if (bad.length) throw new QuoteError(`${bad.length} quote${bad.length > 1 ? 's' : ''} not verbatim:\n  ${bad.join('\n  ')}`);
}
