/** The bundled data, read once per test file, for tests that check behaviour on the real corpus. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readEditorialFiles, readGazetteerSources } from '../../geo/cli/readInputs';
import type { ArticleFile } from '../../geo/src/articles/load';

export const root = resolve(import.meta.dirname, '..', '..');

export function bundledGazetteerSources() {
  return readGazetteerSources(join(root, 'geo/gazetteer'));
}

export function bundledArticleFiles(): ArticleFile[] {
  const dir = join(root, 'geo/articles');
  return readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

export function file(name: string, text: string): ArticleFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** The bundled editorial folder's data files, as the CLI reads them. */
export function bundledEditorialFiles() {
  return readEditorialFiles(join(root, 'geo/editorial'));
}
