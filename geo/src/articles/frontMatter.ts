import { isMap, parseDocument, visit, LineCounter, type Document, type Node } from 'yaml';

export interface Split {
  data: Record<string, unknown>;
  /** The text after the closing delimiter, byte for byte. */
  body: string;
  bodyLine: number;
}

export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/**
 * Splits `---` delimited YAML front matter from the text and parses it with the `yaml`
 * library (its errors carry line numbers, which we shift to the file's lines).
 */
export function splitFrontMatter(source: string): Split {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(source);
  if (!open) throw new FrontMatterError('no front matter: the file must start with a line "---"', 1);
  const rest = source.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) throw new FrontMatterError('front matter is not closed by a line "---"', 1);
  const yamlText = rest.slice(0, close.index);
  const bodyStart = open[0].length + close.index + close[0].length;
  const simple = simpleFields(yamlText);
  if (simple) return { data: simple, body: source.slice(bodyStart), bodyLine: source.slice(0, bodyStart).split('\n').length };
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    // The library's message gives its own line ("at line 5, column 1"), counted in the YAML alone: drop it, give the file's.
    const message = yamlMessage(firstError.message);
    // An unclosed quote is found only at the end: name the line that opens it.
    const unclosed = firstError.code === 'MISSING_CHAR' ? yamlText.split('\n').findIndex((l) => (l.match(/"/g)?.length ?? 0) % 2 === 1) : -1;
    const line = unclosed >= 0 ? unclosed + 1 : lineCounter.linePos(firstError.pos[0]).line;
    throw new FrontMatterError(`front matter is not valid YAML: ${message}`, line + 1);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new FrontMatterError('front matter must be a mapping of fields ("id: ...")', 2);
  }
  const value = plainValue(doc.contents, doc, lineCounter);
  if ('problem' in value) throw new FrontMatterError(`front matter: ${value.problem}`, value.line + 1);
  const data = (value.value ?? {}) as Record<string, unknown>;
  const bodyLine = source.slice(0, bodyStart).split('\n').length;
  return { data, body: source.slice(bodyStart), bodyLine };
}

/** A key YAML reads as itself (not true, false or null). */
const SIMPLE_KEY = /^(?!(?:true|false|null)$)[a-z_][a-z0-9_]*$/;
/**
 * A value YAML's core schema reads as this very string: it starts with a letter or digit (no
 * indicator), holds no ": ", " #", tab or quote at its head, does not end in a space, and is
 * not a number, a boolean or null.
 */
const SIMPLE_VALUE = /^[\p{L}\p{N}](?:[\p{L}\p{N} ._\/()’',-]*[\p{L}\p{N}._\/()’',-])?$/u;
const NOT_A_STRING = /^(?:[-+]?(?:\d+|\d*\.\d+|\d+\.\d*)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/**
 * Front matter of plain "key: value" lines whose values YAML would read as plain strings
 * (the usual "id: ...", "language: fr", "published: 2016-12-13"): read without the YAML
 * parser, which costs more than the rest of loading an article. Null when any line is not
 * that simple: the parser reads it (and reports any error), so the result is always YAML's.
 */
export function simpleFields(yamlText: string): Record<string, string> | null {
  const data: Record<string, string> = {};
  const lines = yamlText.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (!lines.length) return null;
  for (const line of lines) {
    const colon = line.indexOf(': ');
    if (colon < 0) return null;
    const key = line.slice(0, colon);
    const value = line.slice(colon + 2);
    if (!SIMPLE_KEY.test(key) || Object.hasOwn(data, key) || !SIMPLE_VALUE.test(value) || NOT_A_STRING.test(value)) return null;
    data[key] = value;
  }
  return data;
}

/** The `yaml` library's message without its own "at line 5, column 1:" (counted in the YAML alone) and the excerpt after it. */
export function yamlMessage(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * A YAML node as plain data, or why not. Aliases are resolved with the `yaml` library's
 * default bound (100 aliased values): ordinary reuse (`note: *same`) passes, and "nine levels
 * of nine aliases" (9^9 values from a few hundred bytes) is refused with the line of its
 * first alias instead of exhausting memory or throwing past every caller.
 */
export function plainValue(node: Node | null, doc: Document, lineCounter: LineCounter): { value: unknown } | { line: number; problem: string } {
  try {
    return { value: node === null ? null : node.toJS(doc) };
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    let first: { source: string; offset: number } | null = null;
    if (node) {
      visit(node, {
        Alias(_, alias) {
          first = { source: alias.source, offset: alias.range?.[0] ?? 0 };
          return visit.BREAK;
        },
      });
    }
    const at = first as { source: string; offset: number } | null;
    return {
      line: lineCounter.linePos(at?.offset ?? node?.range?.[0] ?? 0).line,
      problem: `its aliases${at ? ` (*${at.source} ...)` : ''} expand into too many values: refused as a resource-exhaustion attack (at most 100 aliased values)`,
    };
  }
}
