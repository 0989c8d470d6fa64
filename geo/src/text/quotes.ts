/**
 * Quotation marks: which quote, if any, a position stands in. One reading for the reader's two
 * questions (is a verb someone's claim; whose words are they), so both agree on where a quote
 * opens and closes.
 */

export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark after the position asked about, or -1 when the quote runs on. */
  close: number;
}

const CLOSER: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/**
 * The quote `at` stands in: French guillemets and curly quotes pair by their own marks (the
 * innermost one still open counts), straight quotes by their parity (an odd count before `at`
 * means one is open).
 */
export function enclosingQuote(text: string, at: number): Quote | undefined {
  let open = -1;
  const stack: number[] = [];
  let straight = -1;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '«' || c === '“') stack.push(i);
    else if ((c === '»' || c === '”') && stack.length) stack.pop();
    else if (c === '"') straight = straight < 0 ? i : -1;
  }
  open = Math.max(stack.at(-1) ?? -1, straight);
  if (open < 0) return undefined;
  return { open, close: text.indexOf(CLOSER[text[open]!]!, at) };
}
