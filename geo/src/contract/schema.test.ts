import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline';
import { bundledArticleFiles, bundledEditorialFiles, bundledGazetteerSources } from '../../../test/support/corpus';
import { mapFile } from '../geometry/mapFile';
import { decodeMapFile } from './mapFile';
import { SCHEMAS, describeProblem, gazetteerSchema, timelineSchema } from './schema';

describe('the data files the app checks', () => {
  it("accepts every file the pipeline writes, and says where a broken one is wrong", () => {
    const output = runPipeline({ articles: bundledArticleFiles(), gazetteer: bundledGazetteerSources(), editorial: bundledEditorialFiles() });
    // map.json is written beside the pipeline's files by geo/cli/geo.ts, from them.
    const files = { ...output.files, 'map.json': mapFile(output.gazetteer, output.files['neighbourhoods.geojson'], output.files['outline.geojson']) };
    // Every file the app fetches has a check, and every one the pipeline writes passes it (through JSON, as the page gets them).
    const fetched = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];
    expect(fetched.filter((name) => !(name in files))).toEqual([]);
    for (const name of fetched) {
      const checked = SCHEMAS[name].safeParse(JSON.parse(JSON.stringify(files[name])));
      expect(checked.success ? name : `${name}: ${describeProblem(checked.error!)}`).toBe(name);
    }
    expect(SCHEMAS['neighbourhoods.geojson'].safeParse({ type: 'FeatureCollection', features: [{ properties: {} }] }).success).toBe(false);
    // map.json decodes to the very features of the GeoJSON files it stands for on the first view.
    const decoded = decodeMapFile(JSON.parse(JSON.stringify(files['map.json'])));
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
    expect(decoded.neighbourhoods.features.map((f) => [f.id, f.geometry])).toEqual(plain(files['neighbourhoods.geojson'].features.map((f) => [f.id, f.geometry])));
    expect(decoded.centres.features.map((f) => [f.id, f.geometry, f.properties])).toEqual(plain(files['centres.geojson'].features.map((f) => [f.id, f.geometry, f.properties])));
    expect(decoded.outline.features.map((f) => f.geometry)).toEqual(plain(files['outline.geojson'].features.map((f) => f.geometry)));
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
