import { describe, expect, it } from 'vitest';
import { loadCorpus, type ArticleFile } from './load';
import { streamCorpus } from './stream';

const file = (name: string, text: string): ArticleFile => ({ name, bytes: new TextEncoder().encode(text) });
const good = (id: string, extra = '') => `---\nlanguage: fr\n${extra}id: ${id}\npublished: 2016-12-01\n---\nLes rebelles ont perdu Hanano.\n`;

/** Every order of a few files. */
function orders<T>(list: T[]): T[][] {
  if (list.length <= 1) return [list];
  return list.flatMap((x, i) => orders([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('streamCorpus', () => {
  const files = [
    file('a.md', good('dup')),
    file('b.md', '---\nid: [\n---\n'),
    file('dup.md', good('dup', 'note: kept\n')),
    file('c.md', good('dup')),
    file('d.md', good('other')),
    file('e.md', good('other')),
  ];

  it('gives the same articles, rejections and lines whatever the order the files come in', () => {
    const whole = loadCorpus(files);
    for (const order of orders(files)) {
      const seen: string[] = [];
      const streamed = streamCorpus(order, (a) => (seen.push(a.file), a));
      expect(streamed.read).toEqual(whole.articles);
      expect(streamed.rejected).toEqual(whole.rejected);
      expect(streamed.files).toBe(files.length);
      // Each article is read at most once, and a file that loses its id may have been read before it lost it.
      expect(new Set(seen).size).toBe(seen.length);
    }
    // The file named after the id keeps it; the first by name keeps one no file is named after.
    expect(whole.articles.map((a) => a.file)).toEqual(['d.md', 'dup.md']);
    expect(whole.rejected.find((r) => r.file === 'c.md')).toEqual({ file: 'c.md', line: 3, problem: 'id "dup" is already used by dup.md' });
  });

  it('keeps nothing of a file but what `read` returns', () => {
    const streamed = streamCorpus(files, (a) => a.id.length);
    expect(streamed.read).toEqual([5, 3]);
  });
});
