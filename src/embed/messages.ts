// The messages an embedded map sends to and takes from the page around it.
//
// Out: its height, as Datawrapper's `datawrapper-height` message
// ({"datawrapper-height": {"<id>": 612}}). Newsroom CMSs and article templates
// that already show Datawrapper charts listen for it (Datawrapper's own
// responsive embed script does), so the map resizes there with no new code;
// Pym.js would need its library on the host and a handshake first.
//
// In: a host may drive the map from its own story (scrollytelling) with
// {"aleppo-frontlines": {"date": "2016-12-12"}} or ask for the height again with
// {"aleppo-frontlines": {"height": true}}. Anything else is ignored: messages
// come from any page and are never trusted beyond this shape.
import { isIsoDay } from '../model/days';

export const HEIGHT_KEY = 'datawrapper-height';
export const HOST_KEY = 'aleppo-frontlines';

export type HeightMessage = { [HEIGHT_KEY]: Record<string, number> };

export function heightMessage(id: string, height: number): HeightMessage {
  return { [HEIGHT_KEY]: { [id]: Math.ceil(height) } };
}

/**
 * The height a map named `id` reports in `data`, or null for anything else.
 * The page's own twin of the script in the embed code (embedCode.ts), for the
 * Embed dialog's preview: a number between 200 and 4000 under exactly this id.
 */
export function readHeight(data: unknown, id: string): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const body = (data as Record<string, unknown>)[HEIGHT_KEY];
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, id)) return null;
  const height = Number((body as Record<string, unknown>)[id]);
  return height >= 200 && height <= 4000 ? Math.ceil(height) : null;
}

export type HostCommand = { kind: 'date'; date: string } | { kind: 'height' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** A host's message as a command, or null for anything that is not exactly one of ours. */
export function parseHostMessage(data: unknown): HostCommand | null {
  // Structured clone gives plain objects; some hosts send JSON strings.
  if (typeof data === 'string') {
    if (data.length > 1000) return null;
    try {
      data = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (!isPlainObject(data)) return null;
  const keys = Object.keys(data);
  if (keys.length !== 1 || keys[0] !== HOST_KEY) return null;
  const body = data[HOST_KEY];
  if (!isPlainObject(body)) return null;
  const fields = Object.keys(body);
  if (fields.length !== 1) return null;
  if (fields[0] === 'date' && isIsoDay(body.date)) return { kind: 'date', date: body.date };
  if (fields[0] === 'height' && body.height === true) return { kind: 'height' };
  return null;
}
