import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline';
import { bundledArticleFiles, bundledEditorialFiles, bundledGazetteerSources } from '../../../test/support/corpus';
import { SCHEMAS, describeProblem, gazetteerSchema, timelineSchema } from './schema';

describe('the data files the app checks', () => {
  it("accepts every file the pipeline writes, and says where a broken one is wrong", () => {
    const { files } = runPipeline({ articles: bundledArticleFiles(), gazetteer: bundledGazetteerSources(), editorial: bundledEditorialFiles() });
    // Every file the app fetches has a check, and every one the pipeline writes passes it (through JSON, as the page gets them).
    const fetched = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];
    expect(fetched.filter((name) => !(name in files))).toEqual([]);
    for (const name of fetched) {
      const checked = SCHEMAS[name].safeParse(JSON.parse(JSON.stringify(files[name])));
      expect(checked.success ? name : `${name}: ${describeProblem(checked.error!)}`).toBe(name);
    }
    expect(SCHEMAS['neighbourhoods.geojson'].safeParse({ type: 'FeatureCollection', features: [{ properties: {} }] }).success).toBe(false);
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
