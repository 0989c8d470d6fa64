/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice
 * of 13 characters or more as a view of its parent string: a quote or a place name kept from
 * an article would keep the whole article alive. Joining it to a character makes a new string
 * that slicing flattens into fresh memory; the slice taken from it no longer refers to the article.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Every string reachable from `value` (plain objects and arrays) replaced by a detached copy, in place. */
export function detachStrings<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = typeof value[i] === 'string' ? detach(value[i]) : detachStrings(value[i]);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === 'string') o[k] = detach(v);
      else if (v && typeof v === 'object') detachStrings(v);
    }
  }
  return value;
}
