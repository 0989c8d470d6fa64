import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline';
import { bundledArticleFiles, bundledEditorialFiles, bundledGazetteerSources } from '../../../test/support/corpus';
import { mapFile } from '../geometry/mapFile';
import { decodeMapFile } from './mapFile';
import { SCHEMAS, describeProblem, gazetteerSchema, timelineSchema } from './schema';

/** Metres from a position to the nearest point of a ring (local flat projection, fine at a city's scale). */
function metresToRing([x, y]: number[], ring: number[][]): number {
  const kx = 111_320 * Math.cos((y! * Math.PI) / 180);
  const ky = 110_574;
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = [(ring[i - 1]![0]! - x!) * kx, (ring[i - 1]![1]! - y!) * ky];
    const [bx, by] = [(ring[i]![0]! - x!) * kx, (ring[i]![1]! - y!) * ky];
    const [dx, dy] = [bx - ax, by - ay];
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

describe('the data files the app checks', () => {
  it("accepts every file the pipeline writes, and says where a broken one is wrong", () => {
    const output = runPipeline({ articles: bundledArticleFiles(), gazetteer: bundledGazetteerSources(), editorial: bundledEditorialFiles() });
    // map.json is written beside the pipeline's files by geo/cli/geo.ts, from them.
    const files = { ...output.files, 'map.json': mapFile(output.gazetteer, output.files['neighbourhoods.geojson'], output.files['outline.geojson'], output.files['frontlines.geojson']) };
    // Every file the app fetches has a check, and every one the pipeline writes passes it (through JSON, as the page gets them).
    const fetched = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];
    expect(fetched.filter((name) => !(name in files))).toEqual([]);
    for (const name of fetched) {
      const checked = SCHEMAS[name].safeParse(JSON.parse(JSON.stringify(files[name])));
      expect(checked.success ? name : `${name}: ${describeProblem(checked.error!)}`).toBe(name);
    }
    expect(SCHEMAS['neighbourhoods.geojson'].safeParse({ type: 'FeatureCollection', features: [{ properties: {} }] }).success).toBe(false);
    // map.json decodes to the features of the GeoJSON files it stands for on the first view: the
    // same centres, edge and front lines; the same shapes, each vertex one of the surveyed shape's,
    // and every surveyed vertex within 1.2 m of the outline drawn.
    const decoded = decodeMapFile(JSON.parse(JSON.stringify(files['map.json'])));
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
    const shapes = files['neighbourhoods.geojson'].features;
    expect(decoded.neighbourhoods.features.map((f) => [f.id, f.geometry.type])).toEqual(shapes.map((f) => [f.id, f.geometry.type]));
    let kept = 0;
    let all = 0;
    decoded.neighbourhoods.features.forEach((f, i) => {
      const rings = (g: { type: string; coordinates: unknown }) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
      const original = rings(shapes[i]!.geometry).flat();
      const drawn = rings(f.geometry).flat();
      expect(drawn.length).toBe(original.length);
      drawn.forEach((ring, r) => {
        const source = original[r]!;
        const keys = new Set(source.map((p) => p.join()));
        expect(ring.every((p) => keys.has(p.join()))).toBe(true);
        expect(ring[0]).toEqual(ring.at(-1));
        kept += ring.length;
        all += source.length;
        for (const p of source) expect(metresToRing(p, ring)).toBeLessThan(1.2);
      });
    });
    // The point of it: fewer vertices (about a quarter fewer).
    expect(kept / all).toBeLessThan(0.9);
    expect(decoded.centres.features.map((f) => [f.id, f.geometry, f.properties])).toEqual(plain(files['centres.geojson'].features.map((f) => [f.id, f.geometry, f.properties])));
    expect(decoded.outline.features.map((f) => f.geometry)).toEqual(plain(files['outline.geojson'].features.map((f) => f.geometry)));
    expect(decoded.fronts).toEqual(plain(files['frontlines.geojson']));
    expect(SCHEMAS['map.json'].safeParse({ ...files['map.json'], outline: [['?? bad ring']] }).success).toBe(false);
    expect(SCHEMAS['story.json'].safeParse({ opening: null, days: [{ date: '2016-11-28', caption: { fr: 'x' }, evidence: [] }] }).success).toBe(false);

    const timeline = JSON.parse(JSON.stringify(files['timeline.json']));
    const id = Object.keys(timeline.neighbourhoods)[3]!;
    timeline.neighbourhoods[id][0].controller = 'blue';
    timeline.changeDates[1] = '13/12/2016';
    const broken = timelineSchema.safeParse(timeline);
    expect(broken.success).toBe(false);
    const message = describeProblem(broken.error!);
    expect(message).toMatch(/^(changeDates\[1\]: expected a date written YYYY-MM-DD|neighbourhoods\.[a-z-]+\[0\]\.controller: .*regime.*) \(and 1 more problem\)$/);
    expect(describeProblem(timelineSchema.safeParse({ start: '2016-09-15' }).error!)).toMatch(/^end: .* \(and 2 more problems\)$/);
    expect(describeProblem(gazetteerSchema.safeParse([]).error!)).toBe('Invalid input: expected object, received array');
  });
});
