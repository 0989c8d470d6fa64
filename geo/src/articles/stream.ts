/**
 * The corpus read one file at a time: each file is loaded, handed to `read`, and dropped;
 * only what `read` returns is kept. Files may come in any order (a directory listing, a
 * generator): duplicate ids are settled by a rule that does not depend on the order, and the
 * results come back sorted by file name, as loadCorpus gives them.
 */
import { isRejected, loadArticle, type ArticleFile, type LoadOptions } from './load';
import type { Article, Rejected } from './types';
import { detach } from '../text/detach';

export interface StreamedCorpus<R> {
  /** One result per article kept, in file-name order. */
  read: R[];
  rejected: Rejected[];
  /** Files seen, usable or not. */
  files: number;
}

interface Held<R> {
  name: string;
  id: string;
  idLine: number;
  result: R;
}

/**
 * When two files give one id, the file named after the id (seed-001.md for seed-001) keeps
 * it, else the first by name (compared by code unit); the other is rejected. A result
 * already made for a file that loses its id is dropped.
 */
export function streamCorpus<R>(files: Iterable<ArticleFile>, read: (article: Article) => R, options: LoadOptions = {}): StreamedCorpus<R> {
  const rejected: Rejected[] = [];
  const owners = new Map<string, Held<R>>();
  // Files that lost their id: reported at the end, naming the file that kept it.
  const losers: { name: string; id: string; line: number }[] = [];
  let count = 0;
  for (const file of files) {
    count++;
    const loaded = loadArticle(file, options);
    if (isRejected(loaded)) {
      rejected.push(loaded);
      continue;
    }
    // The id is a slice of the file's text: kept as a key, it would keep the whole file alive.
    const id = detach(loaded.id);
    const held = owners.get(id);
    const idLine = idLineOf(file.bytes);
    if (held && !takesOver(file.name, held.name, loaded.id)) {
      losers.push({ name: file.name, id, line: idLine });
      continue;
    }
    if (held) losers.push({ name: held.name, id: held.id, line: held.idLine });
    owners.set(id, { name: file.name, id, idLine, result: read(loaded) });
  }
  for (const l of losers) rejected.push({ file: l.name, line: l.line, problem: `id "${l.id}" is already used by ${owners.get(l.id)!.name}` });
  const kept = [...owners.values()].sort((a, b) => byName(a.name, b.name));
  rejected.sort((a, b) => byName(a.file, b.file));
  return { read: kept.map((h) => h.result), rejected, files: count };
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const namedAfter = (name: string, id: string) => name.replace(/\.[^.]+$/, '') === id;

/** Does file `name` take `id` from the file `held` that has it: named after it when the other is not, else first by name. */
function takesOver(name: string, held: string, id: string): boolean {
  const [mine, theirs] = [namedAfter(name, id), namedAfter(held, id)];
  if (mine !== theirs) return mine;
  return byName(name, held) < 0;
}

/**
 * The 1-based line of the front matter's "id:" field, read from the bytes (1 when not among the
 * first 200 lines): the line a duplicate id is reported at, without keeping the file's text.
 */
function idLineOf(bytes: Uint8Array): number {
  let line = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 10) continue;
    if (++line >= 200) return 1;
    if (bytes[i + 1] === 0x69 && bytes[i + 2] === 0x64 && bytes[i + 3] === 0x3a) return line + 1;
  }
  return 1;
}
