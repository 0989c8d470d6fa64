// `npm run eval:set -- DIR`: a set of articles kept apart from the corpus, scored against its own gold.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from './support/corpus';
import { tmp } from './support/geoCli';

const run = promisify(execFile);
const evalSet = (...args: string[]) => run(join(root, 'node_modules/.bin/tsx'), [join(root, 'geo/cli/evalSet.ts'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });

// Two invented articles: one reports a capture the reader reads, one a capture it is given no place for.
const ARTICLES = {
  'x-test-one.md': `---\nid: x-test-one\noutlet: "Invented Wire"\npublished: 2016-12-13\nlanguage: en\ntitle: "One"\n---\nSyrian troops recaptured the Sheikh Said district on Monday, a military source said.\n`,
  'x-test-two.md': `---\nid: x-test-two\noutlet: "Invented Daily"\npublished: 2016-12-13\nlanguage: fr\ntitle: "Deux"\n---\nLes rebelles ont repris lundi le quartier de Qasr Bandar, selon leurs porte-parole.\n`,
};
const GOLD = [
  { article: 'x-test-one', name: 'Sheikh Saeed', controller: 'regime', date: '2016-12-12', quote: 'Syrian troops recaptured the Sheikh Said district on Monday', note: 'invented' },
  { article: 'x-test-two', name: 'unlisted:Qasr Bandar', controller: 'rebel', date: '2016-12-12', quote: 'Les rebelles ont repris lundi le quartier de Qasr Bandar', note: 'invented' },
];

describe('npm run eval:set', () => {
  it('scores the set beside the corpus, says in counts why a gold change was missed, and prints no quote without --details', async () => {
    const dir = join(tmp(), 'set');
    mkdirSync(dir);
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'gold-events.json'), JSON.stringify(GOLD));
    const { stdout } = await evalSet(dir);
    expect(stdout).toMatch(/control changes: gold 2 {2}found 1 {2}right 1 {2}wrong side 0 {2}precision 1\.000 {2}recall 0\.500/);
    expect(stdout).toMatch(/misses by cause: a place the gazetteer lacks 1/);
    expect(stdout).toMatch(/corpus alone .*agrees \d+\/\d+/);
    expect(stdout).not.toContain('Qasr Bandar');
    const detailed = await evalSet(dir, '--details');
    expect(detailed.stdout).toContain('Qasr Bandar');
  }, 120_000);

  it('refuses a set whose article is already in the corpus', async () => {
    const dir = join(tmp(), 'set');
    mkdirSync(dir);
    writeFileSync(join(dir, 'seed-001.md'), ARTICLES['x-test-one.md']);
    writeFileSync(join(dir, 'gold-events.json'), '[]');
    await expect(evalSet(dir)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('already in geo/articles') });
  }, 60_000);
});
