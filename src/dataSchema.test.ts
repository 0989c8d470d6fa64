import { describe, expect, it } from 'vitest';
import { runPipeline } from '../geo/src/pipeline';
import { bundledArticleFiles, bundledEditorialFiles, bundledGazetteerSources } from '../test/support/corpus';
import { articlesSchema, baselineSchema, describeProblem, eventsSchema, frontlinesSchema, gazetteerSchema, sharesSchema, timelineSchema } from './dataSchema';

describe('the data files the app checks', () => {
  it("accepts every file the pipeline writes, and says where a broken one is wrong", () => {
    const { files } = runPipeline({ articles: bundledArticleFiles(), gazetteer: bundledGazetteerSources(), editorial: bundledEditorialFiles() });
    const pairs = [
      [articlesSchema, files['articles.json']],
      [eventsSchema, files['events.json']],
      [gazetteerSchema, files['gazetteer.json']],
      [timelineSchema, files['timeline.json']],
      [sharesSchema, files['shares.json']],
      [baselineSchema, files['baseline.json']],
      [frontlinesSchema, files['frontlines.geojson']],
    ] as const;
    // Through JSON, as the page gets them.
    for (const [schema, file] of pairs) expect(schema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);

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
