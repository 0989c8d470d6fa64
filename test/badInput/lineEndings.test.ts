/**
 * A Windows checkout (git's autocrlf): every article and editorial file with CRLF line
 * endings. The loader reads CRLF as LF and says so, so event ids, offsets and quotes are
 * those of the LF files, every editorial decision still finds its event, and the map is the same.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/corpus';
import { geo, messages, tmp, type GeoRun } from '../support/geoCli';

const crlf = (dir: string, from: string) => {
  for (const name of readdirSync(from)) writeFileSync(join(dir, name), readFileSync(join(from, name), 'utf8').replace(/\r?\n/g, '\r\n'));
};

let lf: { run: GeoRun; out: string };
let windows: { run: GeoRun; out: string };
const names = readdirSync(join(root, 'geo/articles')).sort();

beforeAll(async () => {
  const [articles, editorial] = [tmp(), tmp()];
  crlf(articles, join(root, 'geo/articles'));
  crlf(editorial, join(root, 'geo/editorial'));
  const [a, b] = [tmp(), tmp()];
  const [r1, r2] = await Promise.all([geo('--out', a), geo('--articles', articles, '--editorial', editorial, '--out', b)]);
  lf = { run: r1, out: a };
  windows = { run: r2, out: b };
}, 180_000);

const read = (dir: string, name: string) => readFileSync(join(dir, name));

describe('the whole corpus with CRLF line endings', () => {
  it('says so for each article, and nothing else goes wrong', () => {
    expect(windows.run.code).toBe(0);
    expect(messages(windows.run.stderr, 'warning: ')).toEqual(
      names.map((n) => `warning: ${n}: CRLF (Windows) line endings: read as LF, so offsets, event ids and quotes are those of the same text with LF line endings`),
    );
    expect(messages(windows.run.stderr, 'error: ')).toEqual(messages(lf.run.stderr, 'error: '));
  });

  it('gives the same events (ids, quotes, offsets, editorial decisions applied) and the same timeline, byte for byte', () => {
    expect(windows.run.stdout.split('\n').slice(0, 6)).toEqual(lf.run.stdout.split('\n').slice(0, 6));
    for (const name of ['events.json', 'timeline.json', 'mentions.json', 'baseline.json', 'frontlines.geojson', 'shares.json']) {
      expect(read(windows.out, name).equals(read(lf.out, name)), name).toBe(true);
    }
  });
});
