/**
 * Bad options and a bad output folder: each is refused with its message before anything is
 * written, and the outputs of the last good build stay as they were, byte for byte.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { geo, tmp, type GeoRun } from '../support/geoCli';

let good: string;
/** Every output of the good build, by name. */
let before: Map<string, Buffer>;
const snapshot = (dir: string) => new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n))]));

beforeAll(async () => {
  good = tmp();
  expect((await geo('--out', good)).code).toBe(0);
  before = snapshot(good);
}, 120_000);

/** The good build's folder is untouched: same names, same bytes. */
function unchanged(): void {
  const after = snapshot(good);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
  expect(readdirSync(join(good, '..')).filter((n) => n.includes('.writing-'))).toEqual([]);
}

describe('a --period that cannot be right', () => {
  it.each([
    ['2016-02-30..2016-12-31', 'error: --period: 2016-02-30 is not a real date (got "2016-02-30..2016-12-31")'],
    ['2016-02-30..', 'error: --period: 2016-02-30 is not a real date (got "2016-02-30..")'],
    ['2016-09-01..2016-11-31', 'error: --period: 2016-11-31 is not a real date (got "2016-09-01..2016-11-31")'],
  ])('%s: refused as front matter refuses the date, exit 2', async (period, message) => {
    const run = await geo('--period', period, '--out', good);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
    unchanged();
  });

  it('a period no article is dated in: exit 1, nothing written, the last build kept', async () => {
    const run: GeoRun = await geo('--period', '2020-01-01..2020-02-01', '--no-editorial', '--out', good);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^error: no article is dated within --period 2020-01-01\.\.2020-02-01 \(the articles are dated 2016-\d\d-\d\d\.\.2016-\d\d-\d\d\): nothing written$/);
    unchanged();
  });
});

describe('an --out that names a file', () => {
  it('is refused before the build, exit 1, the file untouched', async () => {
    const file = join(tmp(), 'data');
    writeFileSync(file, 'not a folder');
    const run = await geo('--out', file);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`error: ${file}: not a folder: a file of that name is in the way (--out)`);
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });
});
