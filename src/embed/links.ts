// Links between the full map and its embed: the same state, with or without
// the embed's own parameters.
import { urlWithState, type UrlState } from '../url/state';
import { embedParams, type EmbedOptions } from './options';

const EMBED_ONLY = ['embed', 'start', 'end', 'autoplay', 'controls', 'id'];

/** The full map showing `state`, from any URL of the app (embed or not). */
export function fullMapUrl(href: string, state: UrlState): string {
  const url = new URL(href);
  for (const key of EMBED_ONLY) url.searchParams.delete(key);
  url.hash = '';
  // An embed's camera is framed for its small box: the full map frames itself.
  return urlWithState(url.href, { ...state, view: null });
}

/** The embed showing `state` with `options`, from any URL of the app. */
export function embedUrl(href: string, state: UrlState, options: EmbedOptions): string {
  const url = new URL(fullMapUrl(href, state));
  for (const [key, value] of embedParams(options)) url.searchParams.set(key, value);
  return url.href;
}
