import { describe, expect, it } from 'vitest';
import { file } from '../../../test/support/corpus';
import { frontMatter, isRejected, loadArticle, loadCorpus, plainFrontMatter } from './load';

const good = (id = 'a1', extra = '') => `---\nid: ${id}\nlanguage: fr\npublished: 2016-12-12\n${extra}---\nLe texte.\n`;

describe('loadArticle', () => {
  it('lets ordinary YAML aliases through (a note reused), and refuses an alias bomb with its line', () => {
    const reuse = loadArticle(file('r.md', '---\nid: r\nlanguage: fr\npublished: 2016-12-12\nauthor: &who "AFP"\nnote: *who\n---\nLe texte.\n'));
    expect(isRejected(reuse) ? reuse.problem : reuse.extra).toEqual({ author: 'AFP', note: 'AFP' });
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x]', ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`)];
    const bomb = loadArticle(file('b.md', `---\nid: b\nlanguage: fr\n${levels.join('\n')}\n---\nLe texte.\n`));
    expect(bomb).toEqual({ file: 'b.md', line: 5, problem: 'front matter: its aliases (*a0 ...) expand into too many values: refused as a resource-exhaustion attack (at most 100 aliased values)' });
  });

  it('keeps the text after the front matter byte for byte and records the metadata', () => {
    const text = '  Deux espaces, un “guillemet”, une fin sans saut de ligne';
    const a = loadArticle(file('x.md', `---\nid: x\nlanguage: fr\noutlet: AFP\nurl: https://example.org/a\ntitle: "T: 1"\n---\n${text}`));
    expect(isRejected(a)).toBe(false);
    if (isRejected(a)) return;
    expect(a.text).toBe(text);
    expect(a.textLine).toBe(8);
    expect(a).toMatchObject({ id: 'x', language: 'fr', outlet: 'AFP', url: 'https://example.org/a', title: 'T: 1' });
  });

  it.each([
    ['empty.md', '', /empty/],
    ['nofm.md', 'Juste du texte', /no front matter/],
    ['open.md', '---\nid: a\nlanguage: fr\nLe texte', /not closed/],
    ['yaml.md', '---\nid: a\nlanguage: [fr\n---\ntexte', /not valid YAML/],
    ['lang.md', '---\nid: a\nlanguage: de\n---\ntexte', /^language: "de" is not a language the tool reads: must be fr, en or ar$/],
    ['noid.md', '---\nlanguage: fr\n---\ntexte', /^id:/],
    ['date.md', '---\nid: a\nlanguage: fr\npublished: 2016-02-30\n---\ntexte', /published: is not a real date/],
    ['body.md', '---\nid: a\nlanguage: fr\n---\n  \n', /no text/],
  ])('rejects %s with a clear problem', (name, text, problem) => {
    const r = loadArticle(file(name, text));
    expect(isRejected(r)).toBe(true);
    if (!isRejected(r)) return;
    expect(r.file).toBe(name);
    expect(r.problem).toMatch(problem);
  });

  it('names the line of a YAML error and of a bad field', () => {
    const yaml = loadArticle(file('y.md', '---\nid: a\nlanguage: fr\ntitle: "unclosed\n---\ntexte'));
    expect(yaml).toMatchObject({ file: 'y.md' });
    expect((yaml as { line?: number }).line).toBeGreaterThanOrEqual(4);
    const lang = loadArticle(file('l.md', '---\nid: a\noutlet: X\nlanguage: xx\n---\ntexte'));
    expect(lang).toMatchObject({ line: 4 });
  });

  it('refuses text that is not UTF-8, binary files and files over the size limit', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('---\nid: a\nlanguage: fr\n---\nca'), 0xe9, 0x0a]);
    expect(loadArticle({ name: 'l1.md', bytes: latin1 })).toMatchObject({ problem: /not valid UTF-8/, line: 5 });
    const binary = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0, 1, 2, 3]);
    expect(loadArticle({ name: 'b.md', bytes: binary })).toMatchObject({ problem: /NUL bytes/ });
    const junk = new Uint8Array(3 * 1024 * 1024).fill(0x61);
    expect(loadArticle({ name: 'big.md', bytes: junk })).toMatchObject({ problem: /3\.0 MB, over the 2\.0 MB limit/ });
  });

  it('warns about unknown fields, non-http links and dates outside the period, and still loads', () => {
    const a = loadArticle(file('w.md', good('w', 'colour: red\nurl: "javascript:alert(1)"\n').replace('2016-12-12', '2017-03-01')));
    expect(isRejected(a)).toBe(false);
    if (isRejected(a)) return;
    expect(a.warnings.join('\n')).toMatch(/unknown front-matter field "colour" \(line 5\)/);
    expect(a.warnings.join('\n')).toMatch(/not http\(s\)/);
    expect(a.warnings.join('\n')).toMatch(/outside the corpus period/);
  });
});

describe('loadCorpus', () => {
  it('loads every good article around broken ones and reports each broken file', () => {
    const corpus = loadCorpus([
      file('1.md', good('one')),
      file('2.md', '---\nid: [\n---\n'),
      { name: '3.md', bytes: new Uint8Array([0xff, 0xfe, 0x00]) },
      file('4.md', good('four')),
      file('5.md', good('one')),
    ]);
    expect(corpus.articles.map((a) => a.id)).toEqual(['one', 'four']);
    expect(corpus.rejected.map((r) => r.file)).toEqual(['2.md', '3.md', '5.md']);
    expect(corpus.rejected[2]!.problem).toMatch(/id "one" is already used by 1\.md/);
  });
});

describe('front matter of plain strings', () => {
  it('is read without zod exactly as zod reads it, and anything else is left to zod', () => {
    const cases: Record<string, unknown>[] = [
      { id: 'a1', language: 'fr' },
      { id: 'a1', language: 'en', published: '2016-12-12', outlet: 'AFP', url: 'https://x', title: 'T', author: 'someone' },
      { id: 'A.b_c-1', language: 'ar', published: '2016-02-29' },
      { id: 'a1', language: 'fr', published: '2015-02-29' }, // not a real day
      { id: 'a1', language: 'fr', published: '2016-2-1' },
      { id: 'a1', language: 'de' },
      { id: '-a1', language: 'fr' },
      { id: 'a 1', language: 'fr' },
      { id: 12, language: 'fr' },
      { language: 'fr' },
      { id: 'a1', language: 'fr', outlet: 3 },
      { id: 'a1', language: 'fr', published: new Date('2016-12-12') },
      { id: 'a1', language: 'fr', title: null },
    ];
    let plain = 0;
    for (const data of cases) {
      const zod = frontMatter.safeParse(data);
      const fast = plainFrontMatter(data);
      if (fast) {
        plain++;
        expect(zod.success, JSON.stringify(data)).toBe(true);
        expect(fast.data).toEqual(zod.data);
      }
    }
    expect(plain).toBe(3);
  });
});
