/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice
 * of 13 characters or more as a view of its parent string: a quote or a place name kept from
 * an article would keep the whole article alive. Joining it to a character makes a new string
 * that slicing flattens into fresh memory; the slice taken from it no longer refers to the article.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
