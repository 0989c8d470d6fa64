// What an embed link may say, beside the map's own state (src/url/state.ts):
//   ?embed&start=2016-11-15&end=2016-12-22&autoplay=1&controls=title,legend,slider&theme=dark&id=alep
// Like the map's state, parsing never throws: anything unexpected is dropped
// and the default stands, so a CMS that mangles a link still gets a map.
import { isIsoDay } from '../model/days';

/** The parts of the compact chrome an embed may show. */
export const EMBED_CONTROLS = ['title', 'legend', 'slider', 'play', 'search', 'shares', 'link'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

/** What an article needs when the link says nothing: the map, what it means, the dates, the way out. */
export const DEFAULT_EMBED_CONTROLS: readonly EmbedControl[] = ['title', 'legend', 'slider', 'play', 'link'];

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
  /** The compact chrome for an article, rather than the full map. */
  embed: boolean;
  /** First and last day the slider reaches (the timeline's own ends when null). */
  start: string | null;
  end: string | null;
  autoplay: boolean;
  controls: ReadonlySet<EmbedControl>;
  /** `auto` follows the reader's `prefers-color-scheme`. */
  theme: Theme;
  /** Names this map in the height messages it sends, for hosts with several embeds. */
  id: string;
}

export const DEFAULT_EMBED_ID = 'aleppo-frontlines';
const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Letters, digits, `-` and `_`, at most 64: safe in a URL, an HTML id, a selector and a script. */
export function isEmbedId(value: unknown): value is string {
  return typeof value === 'string' && EMBED_ID.test(value);
}

/**
 * A fresh id for one copy of the embed code: the map's day and four random
 * letters or digits (1.7 million to one that two copies on a page share one),
 * so two or three maps in one article each get their own height messages.
 */
export function newEmbedId(date: string, random: () => number = cryptoRandom): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let tail = '';
  for (let i = 0; i < 4; i++) tail += alphabet[Math.floor(random() * alphabet.length) % alphabet.length];
  return `aleppo-${date}-${tail}`;
}

function cryptoRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}
const TRUE = new Set(['', '1', 'true', 'yes', 'on']);

function isControl(value: string): value is EmbedControl {
  return (EMBED_CONTROLS as readonly string[]).includes(value);
}

function isTheme(value: string | null): value is Theme {
  return value !== null && (THEMES as readonly string[]).includes(value);
}

/** `controls=title,slider` (unknown names dropped), `controls=none`, or the defaults. */
export function parseControls(value: string | null): ReadonlySet<EmbedControl> {
  if (value === null) return new Set(DEFAULT_EMBED_CONTROLS);
  const names = value.split(',').map((part) => part.trim().toLowerCase());
  if (names.length === 1 && names[0] === 'none') return new Set();
  const known = names.filter(isControl);
  // Only junk: the link meant something, but not anything we can show.
  return new Set(known.length > 0 ? known : DEFAULT_EMBED_CONTROLS);
}

export function parseEmbedOptions(href: string): EmbedOptions {
  const params = new URL(href).searchParams;
  const embed = params.get('embed');
  const autoplay = params.get('autoplay');
  let start = params.get('start');
  let end = params.get('end');
  start = isIsoDay(start) ? start : null;
  end = isIsoDay(end) ? end : null;
  // A range the wrong way round is read the right way round.
  if (start && end && start > end) [start, end] = [end, start];
  const id = params.get('id');
  const theme = params.get('theme');
  return {
    embed: embed !== null && TRUE.has(embed.toLowerCase()),
    start,
    end,
    autoplay: autoplay !== null && TRUE.has(autoplay.toLowerCase()),
    controls: parseControls(params.get('controls')),
    theme: isTheme(theme) ? theme : 'auto',
    id: isEmbedId(id) ? id : DEFAULT_EMBED_ID,
  };
}

/** The embed's query parameters for a link; defaults are left out so links stay short. */
export function embedParams(options: EmbedOptions): [string, string][] {
  const out: [string, string][] = [['embed', '1']];
  if (options.start) out.push(['start', options.start]);
  if (options.end) out.push(['end', options.end]);
  if (options.autoplay) out.push(['autoplay', '1']);
  const controls = EMBED_CONTROLS.filter((c) => options.controls.has(c));
  const defaults = EMBED_CONTROLS.filter((c) => DEFAULT_EMBED_CONTROLS.includes(c));
  if (controls.join() !== defaults.join()) out.push(['controls', controls.length > 0 ? controls.join(',') : 'none']);
  if (options.theme !== 'auto') out.push(['theme', options.theme]);
  if (options.id !== DEFAULT_EMBED_ID) out.push(['id', options.id]);
  return out;
}
