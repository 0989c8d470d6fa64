import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerSources } from '../src/gazetteer/build';
import type { TextFile } from '../src/pipeline';
import { parseFacts, parseNames, parsePress } from '../src/gazetteer/sources';

/** The gazetteer's three source files from a folder (geo/gazetteer by default). */
export function readGazetteerSources(dir: string): GazetteerSources {
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      throw new Error(`${join(dir, name)}: cannot read the gazetteer file`);
    }
  };
  return {
    facts: parseFacts(read('facts.csv'), join(dir, 'facts.csv')),
    names: parseNames(read('names.json'), join(dir, 'names.json')),
    press: parsePress(read('press.yaml'), join(dir, 'press.yaml')),
  };
}

/** The editorial folder's data files: the baseline CSV and the YAML of reviewed events. */
export function readEditorialFiles(dir: string): TextFile[] {
  return readdirSync(dir)
    .filter((n) => /\.(csv|ya?ml)$/i.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
