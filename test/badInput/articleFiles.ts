/**
 * Bad article files for the bad-input suite, each beside the exact message `npm run geo`
 * must print for it. `rejected`: the file is skipped; `kept`: the article is read, with a
 * warning.
 */
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../support/corpus';

const fm = (fields: string) => `---\n${fields}\n---\n`;
const text = 'Les forces du régime ont repris le quartier de Cheikh Saïd, selon l’agence officielle.\n';
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** UTF-16 little-endian, with or without its byte-order mark. */
const utf16 = (s: string, bom: boolean) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(s, 'utf16le')]);

/** "Nine levels of nine aliases": a few hundred bytes that would expand into 9^9 values. */
export function aliasBomb(indent: string): string {
  const lines = [`${indent}a0: &a0 [${Array(9).fill('lol').join(', ')}]`];
  for (let i = 1; i < 9; i++) lines.push(`${indent}a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

/** The first bytes of a real PNG file (signature, IHDR chunk). */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

export interface BadArticle {
  name: string;
  /** Writes the file (or folder) into the corpus folder `dir`. */
  write(dir: string): void;
  /** What `npm run geo` prints on standard error for it. */
  message: string;
}

const file = (name: string, content: Buffer, message: string): BadArticle => ({ name, write: (dir) => writeFileSync(join(dir, name), content), message });

export const rejected: BadArticle[] = [
  file('bad-no-front-matter.md', utf8(text), 'error: bad-no-front-matter.md:1: no front matter: the file must start with a line "---" (article skipped)'),
  file('bad-unclosed.md', utf8(`---\nid: unclosed\nlanguage: fr\n${text}`), 'error: bad-unclosed.md:1: front matter is not closed by a line "---" (article skipped)'),
  file(
    'bad-yaml.md',
    utf8(`${fm('id: yaml\nlanguage: fr\ntitle: "Alep: la chute\npublished: 2016-12-12')}${text}`),
    'error: bad-yaml.md:4: front matter is not valid YAML: Missing closing "quote (article skipped)',
  ),
  file('bad-language.md', utf8(`${fm('id: deutsch\noutlet: Die Zeit\nlanguage: de')}${text}`), 'error: bad-language.md:4: language: "de" is not a language the tool reads: must be fr, en or ar (article skipped)'),
  file('bad-empty.md', Buffer.alloc(0), 'error: bad-empty.md: the file is empty (article skipped)'),
  file('bad-no-text.md', utf8(`${fm('id: notext\nlanguage: fr')}\n   \n`), 'error: bad-no-text.md:5: the article has no text (article skipped)'),
  file(
    'bad-latin1.md',
    Buffer.concat([utf8(`${fm('id: latin\nlanguage: fr')}Les forces du r`), Buffer.from([0xe9]), utf8('gime ont repris Cheikh Sa'), Buffer.from([0xef]), utf8('d.\n')]),
    'error: bad-latin1.md:5: the file is not valid UTF-8 text (byte 0xE9 at column 16; Latin-1 or Windows-1252? save it as UTF-8) (article skipped)',
  ),
  file('bad-nul.md', Buffer.concat([utf8(fm('id: nul\nlanguage: fr')), Buffer.from([0, 0, 0, 1])]), 'error: bad-nul.md: the file is binary (it holds NUL bytes), not text (article skipped)'),
  file('bad-image.md', PNG, 'error: bad-image.md: the file is binary (a PNG image), not text (article skipped)'),
  {
    name: 'bad-huge.md',
    // 20 MB, sparse: refused by its size, never read.
    write: (dir) => {
      writeFileSync(join(dir, 'bad-huge.md'), fm('id: huge\nlanguage: fr'));
      truncateSync(join(dir, 'bad-huge.md'), 20 * 1024 * 1024);
    },
    message: 'error: bad-huge.md: the file is 20.0 MB, over the 2.0 MB limit for one article (article skipped)',
  },
  {
    name: 'bad-folder.md',
    write: (dir) => mkdirSync(join(dir, 'bad-folder.md')),
    message: 'error: bad-folder.md: not a regular file (a folder) (article skipped)',
  },
  {
    name: 'bad-loop.md',
    // A link to itself: opening it fails with ELOOP.
    write: (dir) => symlinkSync('bad-loop.md', join(dir, 'bad-loop.md')),
    message: 'error: bad-loop.md: a symbolic link that loops (ELOOP): it leads to no file (article skipped)',
  },
  file(
    'bad-alias-bomb.md',
    utf8(`${fm(`id: bomb\nlanguage: fr\n${aliasBomb('')}`)}${text}`),
    'error: bad-alias-bomb.md:5: front matter: its aliases (*a0 ...) expand into too many values: refused as a resource-exhaustion attack (at most 100 aliased values) (article skipped)',
  ),
  file(
    'bad-utf16-no-bom.md',
    utf16(`${fm('id: utf16nobom\nlanguage: fr\npublished: 2016-12-12')}${text}`, false),
    'error: bad-utf16-no-bom.md:1: the file looks like UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with a byte-order mark) (article skipped)',
  ),
  // Sorted after seed-001.md, so seed-001.md keeps the id.
  file('seed-001-copy.md', readFileSync(join(root, 'geo/articles/seed-001.md')), 'error: seed-001-copy.md:2: id "seed-001" is already used by seed-001.md (article skipped)'),
  file('bad-date.md', utf8(`${fm('id: baddate\nlanguage: fr\npublished: 2016-02-30')}${text}`), 'error: bad-date.md:4: published: is not a real date (article skipped)'),
];

/** Read with a warning: their events join the others'. */
export const kept: BadArticle[] = [
  file(
    'warn-utf16.md',
    utf16(`${fm('id: utf16\nlanguage: fr\npublished: 2016-12-12')}${text}`, true),
    'warning: warn-utf16.md: the file is UTF-16 (little-endian, with a byte-order mark), not UTF-8: read as UTF-16 (save it as UTF-8)',
  ),
  file(
    'warn-crlf.md',
    utf8(`${fm('id: crlf\nlanguage: fr\npublished: 2016-12-12')}Premier paragraphe.\n\n${text}`.replace(/\n/g, '\r\n')),
    'warning: warn-crlf.md: CRLF (Windows) line endings: read as LF, so offsets, event ids and quotes are those of the same text with LF line endings',
  ),
  file(
    'warn-unknown-field.md',
    utf8(`${fm('id: unknownfield\nlanguage: fr\npublished: 2016-12-12\ncolour: red')}${text}`),
    'warning: warn-unknown-field.md: unknown front-matter field "colour" (line 5) is ignored',
  ),
  file(
    'warn-html.md',
    utf8(
      `${fm('id: html\nlanguage: fr\npublished: 2016-12-12')}<p>Les forces du régime ont repris le quartier de <a href="https://example.org/alep-boustane-al-qasr">Cheikh Saïd</a>, selon l’agence officielle.</p>\n<p>Un&nbsp;témoin parle de <b>combats</b>.</p>\n`,
    ),
    'warning: warn-html.md: the text holds HTML markup (<p>, <a>, <b>, &nbsp;): read as plain text: tags are read as spaces, the text stays verbatim',
  ),
  file(
    'warn-future.md',
    utf8(`${fm('id: future\nlanguage: fr\npublished: 2031-01-15')}${text}`),
    'warning: warn-future.md: published 2031-01-15 is outside the corpus period 2016-09-01..2016-12-31: its events dated outside the period change nothing',
  ),
  file(
    'warn-before.md',
    utf8(`${fm('id: before\nlanguage: fr\npublished: 2016-06-01')}${text}`),
    'warning: warn-before.md: published 2016-06-01 is outside the corpus period 2016-09-01..2016-12-31: its events dated outside the period change nothing',
  ),
];
