/**
 * Lines in a JSON text, for messages that name where a problem is: the line each element of
 * the top-level "features" array starts on, and the first bare word JSON does not allow
 * (NaN, Infinity, undefined). A single pass over the characters; JSON.parse stays the judge
 * of validity.
 */
export interface JsonLines {
  /** 1-based line of each element of the top-level object's "features" array. */
  features: number[];
  /** The first bare word that is not true, false or null, and its line. */
  badWord: { word: string; line: number } | null;
}

export function jsonLines(text: string): JsonLines {
  const features: number[] = [];
  let badWord: JsonLines['badWord'] = null;
  let line = 1;
  let depth = 0;
  let lastString = '';
  let key = '';
  let inFeatures = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (inFeatures && expectElement && depth === 2 && c !== ']') {
      features.push(line);
      expectElement = false;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      lastString = text.slice(i + 1, j);
      i = j;
    } else if (c === ':') {
      if (depth === 1) key = lastString;
    } else if (c === ',') {
      if (depth === 1) key = '';
      if (inFeatures && depth === 2) expectElement = true;
    } else if (c === '{' || c === '[') {
      if (c === '[' && depth === 1 && key === 'features') {
        inFeatures = true;
        expectElement = true;
      }
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth < 2) inFeatures = false;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_]\w*/.exec(text.slice(i, i + 40))![0];
      if (!badWord && word !== 'true' && word !== 'false' && word !== 'null' && !/^[eE]\d*$/.test(word)) badWord = { word, line };
      i += word.length - 1;
    }
  }
  return { features, badWord };
}
