/**
 * For the tests: read a made-up article with the real gazetteer, place finder and
 * extractor, as the pipeline would.
 */
import { bundledGazetteerSources, file } from '../../../test/support/corpus';
import { loadArticle } from '../articles/load';
import type { Language } from '../text/language';
import { placeFinder, type PlaceFinder } from '../pipeline';
import { findPlaces } from '../places/find';
import { extractEvents } from './extract';
import type { ControlEvent } from './types';

let finder: PlaceFinder | undefined;

export function readText(text: string, options: { language?: Language; published?: string } = {}): ControlEvent[] {
  finder ??= placeFinder(bundledGazetteerSources());
  const language = options.language ?? 'fr';
  const published = options.published ?? '2016-12-14';
  const article = loadArticle(file('test.md', `---\nid: test\nlanguage: ${language}\npublished: ${published}\n---\n${text}\n`));
  if (!('text' in article)) throw new Error(`test article rejected: ${JSON.stringify(article)}`);
  return extractEvents(article, findPlaces(article, finder.index, finder.unlocated).mentions);
}

/** The events of one place, as `kind controller date` strings, for short assertions. */
export function readingsOf(events: ControlEvent[], place: string): string[] {
  return events.filter((e) => e.neighbourhood === place).map((e) => `${e.kind} ${e.controller} ${e.date}`);
}
