import { readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../src/text/utf8';
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

/**
 * The editorial folder's data files: the baseline CSV and the YAML of reviewed events. A file
 * that is not UTF-8 text (or not a file) is passed on as unreadable: the pipeline reports it
 * and uses the rest, rather than reading mangled quotes.
 */
export function readEditorialFiles(dir: string): TextFile[] {
  return readdirSync(dir)
    .filter((n) => /\.(csv|ya?ml)$/i.test(n))
    .sort()
    .map((name): TextFile => {
      const path = join(dir, name);
      const stat = statOrProblem(path);
      if (typeof stat === 'string') return { name, text: '', unreadable: { line: 1, problem: stat } };
      if (!stat?.isFile()) return { name, text: '', unreadable: { line: 1, problem: 'not a regular file' } };
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        return { name, text: '', unreadable: { line: 1, problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` } };
      }
      const decoded = decodeText(bytes);
      return 'text' in decoded ? { name, text: decoded.text } : { name, text: '', unreadable: decoded };
    });
}

/**
 * The machine's own editorial data: the baseline and outlets.yaml (the state before a change,
 * the weight of a source), none of the editors' decisions on events. What a newsroom's reading
 * is scored with (npm run eval, eval:set, the promise test).
 */
export function readMachineEditorial(dir: string): TextFile[] {
  return readEditorialFiles(dir).filter((f) => /^baseline-|^outlets\./.test(f.name));
}

/** Every Markdown article of a folder (not its README), as bytes, in name order: for the evaluations. */
export function readArticleDir(dir: string): { name: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** The file's stat, undefined when it does not exist, or why it cannot be looked at (a link that loops). */
export function statOrProblem(path: string): Stats | undefined | string {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? 'a symbolic link that loops (ELOOP): it leads to no file' : `cannot be looked at (${code ?? (e as Error).message})`;
  }
}
