/**
 * A bad story entry (geo/editorial/story.yaml) gets `error: FILE:LINE: problem (entry skipped)`;
 * the story's other days stand and nothing else the pipeline writes changes.
 */
import { appendFileSync, cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/corpus';
import { geo, messages, tmp, type GeoRun } from '../support/geoCli';

const json = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

let clean: { run: GeoRun; out: string };
let bad: { run: GeoRun; out: string; dir: string; lines: number };

beforeAll(async () => {
  const out = tmp();
  clean = { run: await geo('--out', out), out };
  const dir = tmp();
  cpSync(join(root, 'geo/editorial'), dir, { recursive: true });
  const lines = readFileSync(join(dir, 'story.yaml'), 'utf8').split('\n').length;
  appendFileSync(
    join(dir, 'story.yaml'),
    [
      '  - date: 2016-12-12',
      '    caption: { fr: "Encore.", en: "Again.", ar: "مرة أخرى." }',
      '    evidence: [{ article: seed-001, quote: "Lundi" }]',
      '  - date: 2016-12-14',
      '    caption: { fr: "Inventé.", en: "Made up.", ar: "مختلق." }',
      '    evidence: [{ article: seed-001, quote: "Alep est tombée hier soir" }]',
      '',
    ].join('\n'),
  );
  const badOut = tmp();
  bad = { run: await geo('--editorial', dir, '--out', badOut), out: badOut, dir, lines };
}, 180_000);

describe('a bad story entry', () => {
  it('gets its own message with file and line, and the build exits 0', () => {
    const f = join(bad.dir, 'story.yaml');
    const firstLine = readFileSync(f, 'utf8').split('\n').indexOf('  - date: 2016-12-12') + 1;
    expect(bad.run.code).toBe(0);
    expect(messages(bad.run.stderr, 'error: ')).toEqual([
      `error: ${f}:${bad.lines}: 2016-12-12 is already a key day (line ${firstLine}): one caption per day (entry skipped)`,
      `error: ${f}:${bad.lines + 3}: the quote is not in article "seed-001" (seed-001.md) word for word (entry skipped)`,
    ]);
  });

  it('leaves the rest of the story and every other output as they were', () => {
    expect(json(bad.out, 'story.json')).toEqual(json(clean.out, 'story.json'));
    for (const name of readdirSync(clean.out)) {
      if (name === 'review.md') continue;
      expect(readFileSync(join(bad.out, name), 'utf8'), name).toBe(readFileSync(join(clean.out, name), 'utf8'));
    }
    expect(readFileSync(join(bad.out, 'review.md'), 'utf8')).toContain('word for word (entry skipped)');
  });
});
