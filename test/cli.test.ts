import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from './support/corpus';
import { surveyedBoundariesPath } from './support/boundaries';

const run = promisify(execFile);

async function geo(...args: string[]) {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), [join(root, 'geo/cli/geo.ts'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const OUTPUTS = [
  'articles.json',
  'baseline.json',
  'centres.geojson',
  'events.json',
  'frontlines.geojson',
  'gazetteer.json',
  'mentions.json',
  'neighbourhoods.geojson',
  'review.md',
  'shares.json',
  'timeline.json',
];

const tmp = () => mkdtempSync(join(tmpdir(), 'aleppo-geo-'));

describe('npm run geo', () => {
  it('builds the bundled corpus and writes every output', async () => {
    const out = tmp();
    const { code, stdout } = await geo('--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/articles: 38 read, 0 rejected/);
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
    const shapes = JSON.parse(readFileSync(join(out, 'neighbourhoods.geojson'), 'utf8'));
    expect(shapes.features).toHaveLength(126);
    expect(shapes.features.every((f: { properties: { approximate: boolean } }) => f.properties.approximate)).toBe(true);
    const timeline = JSON.parse(readFileSync(join(out, 'timeline.json'), 'utf8'));
    expect(timeline.start).toBe('2016-09-15');
    expect(Object.keys(timeline.neighbourhoods)).toHaveLength(134);
    const articles = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8'));
    const seed0 = articles.articles.find((a: { id: string }) => a.id === 'seed-000');
    expect(seed0).toMatchObject({ published: '2016-12-09', publishedInferred: true, file: 'seed-000.md' });
    expect(seed0.publishedReason).toMatch(/vendredi 9/);
    const review = readFileSync(join(out, 'review.md'), 'utf8');
    expect(review).toMatch(/\*\*Al Chahidine\*\* in `seed-001`/);
  });

  it('reports a broken article by file and line and still builds the others', async () => {
    const articles = tmp();
    cpSync(join(root, 'geo/articles'), articles, { recursive: true });
    writeFileSync(join(articles, 'zz-broken.md'), '---\nid: broken\nlanguage: de\n---\nText\n');
    writeFileSync(join(articles, 'zz-binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff]));
    // 20 MB, sparse: never read whole, refused by its size.
    writeFileSync(join(articles, 'zz-huge.md'), '---\nid: huge\nlanguage: fr\n---\n');
    truncateSync(join(articles, 'zz-huge.md'), 20 * 1024 * 1024);
    const out = tmp();
    const { code, stdout, stderr } = await geo('--articles', articles, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/error: zz-broken\.md:3: language: must be fr, en or ar \(article skipped\)/);
    expect(stderr).toMatch(/error: zz-binary\.md:2: the file is not valid UTF-8 text/);
    expect(stderr).toMatch(/error: zz-huge\.md: the file is 20\.0 MB, over the 2\.0 MB limit for one article/);
    expect(stdout).toMatch(/articles: 38 read, 3 rejected \(of 41 files\)/);
    const written = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8'));
    expect(written.rejected.map((r: { file: string }) => r.file)).toEqual(['zz-binary.md', 'zz-broken.md', 'zz-huge.md']);
  });

  it('gives the same bytes twice', async () => {
    const [a, b] = [tmp(), tmp()];
    await geo('--out', a);
    await geo('--out', b);
    for (const name of readdirSync(a)) expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name)))).toBe(true);
  });

  it('exits 1 when an input is unusable and 2 for bad usage', async () => {
    expect((await geo('--articles', '/nonexistent', '--out', tmp())).code).toBe(1);
    const empty = tmp();
    expect(await geo('--articles', empty, '--out', tmp())).toMatchObject({ code: 1, stderr: expect.stringMatching(/no article files/) });
    expect(await geo('--frobnicate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/usage: npm run geo/) });
    expect((await geo('--editorial', 'x', '--no-editorial')).code).toBe(2);
    expect((await geo('--period', '2016-12-31..2016-09-01')).code).toBe(2);
  });

  it('names file and line of each bad editorial entry, skips it and applies the rest', async () => {
    const editorial = tmp();
    cpSync(join(root, 'geo/editorial'), editorial, { recursive: true });
    writeFileSync(
      join(editorial, 'events.yaml'),
      [
        'decisions:',
        '  - { event: no-such@1:capture, action: reject }',
        'added:',
        '  - { neighbourhood: atlantis, date: 2016-12-12, kind: capture, controller: regime, url: "https://example.org" }',
        '  - { neighbourhood: bustan-al-qaser, date: 2016-13-12, kind: capture, controller: regime, url: "https://example.org" }',
        '  - { neighbourhood: bustan-al-qaser, date: 2016-12-12, kind: capture, controller: regime, article: seed-001, quote: "not in the text" }',
        '  - { neighbourhood: bustan-al-qaser, date: 2016-12-12, kind: capture, controller: regime, article: seed-404, quote: "x" }',
        '  - { neighbourhood: al-kallaseh, date: 2016-09-20, kind: capture, controller: regime, url: "https://example.org/k" }',
      ].join('\n'),
    );
    const out = tmp();
    const { code, stdout, stderr } = await geo('--editorial', editorial, '--out', out);
    expect(code).toBe(0);
    const file = join(editorial, 'events.yaml');
    expect(stderr).toContain(`error: ${file}:2: no extracted event "no-such@1:capture"`);
    expect(stderr).toContain(`error: ${file}:4: "atlantis" is no neighbourhood or group id`);
    expect(stderr).toContain(`error: ${file}:5: "date" is not a real date (entry skipped)`);
    expect(stderr).toContain(`error: ${file}:6: the quote is not in article "seed-001" (seed-001.md) word for word`);
    expect(stderr).toContain(`error: ${file}:7: article "seed-404" is not in the corpus`);
    expect(stdout).toMatch(/1 added by editors/);
    const timeline = JSON.parse(readFileSync(join(out, 'timeline.json'), 'utf8'));
    expect(timeline.neighbourhoods['al-kallaseh'][1]).toMatchObject({ from: '2016-09-20', controller: 'regime' });
    expect(timeline.neighbourhoods['al-kallaseh'][1].events[0]).toBe('editorial:al-kallaseh:2016-09-20:capture');
    expect(readFileSync(join(out, 'review.md'), 'utf8')).toContain('`events.yaml:7`: article "seed-404" is not in the corpus');
  });

  it('draws surveyed shapes with --boundaries and refuses a broken boundaries file', async () => {
    const out = tmp();
    const { code, stdout } = await geo('--boundaries', surveyedBoundariesPath(), '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/shapes: 126 \(126 surveyed, from 133 features of which 0 match nothing\)/);
    const shapes = JSON.parse(readFileSync(join(out, 'neighbourhoods.geojson'), 'utf8'));
    expect(shapes.features.filter((f: { properties: { approximate: boolean } }) => !f.properties.approximate)).toHaveLength(126);

    const broken = join(tmp(), 'broken.geojson');
    writeFileSync(broken, '{"type": "FeatureCollection", "features": [');
    const bad = await geo('--boundaries', broken, '--out', tmp());
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`error: ${broken.replace(/[.]/g, '\\.')}.*JSON`));
  });
});
