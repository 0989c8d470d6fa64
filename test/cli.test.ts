import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledArticleFiles, root } from './support/corpus';
import { surveyedBoundariesPath } from './support/boundaries';
import { geo, tmp } from './support/geoCli';

const OUTPUTS = [
  'articles.json',
  'baseline.json',
  'centres.geojson',
  'events.json',
  'frontlines.geojson',
  'gazetteer.json',
  'map.json',
  'mentions.json',
  'neighbourhoods.geojson',
  'outline.geojson',
  'review.md',
  'shares.json',
  'story.json',
  'timeline.json',
];

describe('npm run geo', () => {
  it('builds the bundled corpus and writes every output', async () => {
    const out = tmp();
    const { code, stdout } = await geo('--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`articles: ${bundledArticleFiles().length} read, 0 rejected`);
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
    const shapes = JSON.parse(readFileSync(join(out, 'neighbourhoods.geojson'), 'utf8'));
    // The bundled surveyed polygons are drawn by default.
    expect(stdout).toMatch(/shapes: 126 \(126 surveyed, from 133 features of which 0 match nothing\)/);
    expect(shapes.features).toHaveLength(126);
    expect(shapes.features.some((f: { properties: { approximate: boolean } }) => f.properties.approximate)).toBe(false);
    const timeline = JSON.parse(readFileSync(join(out, 'timeline.json'), 'utf8'));
    expect(timeline.start).toBe('2016-09-15');
    // Every neighbourhood of the gazetteer, drawn or unlocated, has its periods.
    const gazetteer = JSON.parse(readFileSync(join(out, 'gazetteer.json'), 'utf8'));
    expect(Object.keys(timeline.neighbourhoods).sort()).toEqual(gazetteer.neighbourhoods.map((n: { id: string }) => n.id).sort());
    expect(gazetteer.neighbourhoods.length).toBeGreaterThan(126);
    const articles = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8'));
    const seed0 = articles.articles.find((a: { id: string }) => a.id === 'seed-000');
    expect(seed0).toMatchObject({ published: '2016-12-09', publishedInferred: true, file: 'seed-000.md' });
    expect(seed0.publishedReason).toMatch(/vendredi 9/);
    const review = readFileSync(join(out, 'review.md'), 'utf8');
    expect(review).toMatch(/\*\*Al Chahidine\*\* in `seed-001`/);
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
    expect((await geo('--boundaries', 'x', '--no-boundaries')).code).toBe(2);
    expect((await geo('--period', '2016-12-31..2016-09-01')).code).toBe(2);
  });

  it('draws generated cells with --no-boundaries, and for a gazetteer folder without polygons', async () => {
    const out = tmp();
    const { code, stdout } = await geo('--no-boundaries', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/shapes: 126 \(all generated, approximate\)/);
    const shapes = JSON.parse(readFileSync(join(out, 'neighbourhoods.geojson'), 'utf8'));
    expect(shapes.features.every((f: { properties: { approximate: boolean } }) => f.properties.approximate)).toBe(true);
    // Another city's gazetteer folder: the same facts without the bundled polygons.
    const gazetteer = tmp();
    for (const name of ['facts.csv', 'names.json', 'press.yaml']) copyFileSync(join(root, 'geo/gazetteer', name), join(gazetteer, name));
    const other = await geo('--gazetteer', gazetteer, '--out', tmp());
    expect(other.code).toBe(0);
    expect(other.stdout).toMatch(/shapes: 126 \(all generated, approximate\)/);
  });

  it('draws surveyed shapes with --boundaries', async () => {
    const out = tmp();
    const { code, stdout } = await geo('--boundaries', surveyedBoundariesPath(), '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/shapes: 126 \(126 surveyed, from 133 features of which 0 match nothing\)/);
    const shapes = JSON.parse(readFileSync(join(out, 'neighbourhoods.geojson'), 'utf8'));
    expect(shapes.features.filter((f: { properties: { approximate: boolean } }) => !f.properties.approximate)).toHaveLength(126);
  });
});
