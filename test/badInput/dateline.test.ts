/**
 * An article without a publication date in its front matter, whose text carries a dateline
 * (seed-001: "Décembre 14, 2016" under its title and byline): the dateline decides the date.
 * A copy of seed-001 without `published` is read as seed-001 is, event for event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineOutput } from '../../geo/src/pipeline';
import { bundledArticleFiles, bundledGazetteerSources, file } from '../support/corpus';
import type { ControlEvent } from '../../geo/src/events/types';

let clean: PipelineOutput;
let withCopy: PipelineOutput;

beforeAll(() => {
  const files = bundledArticleFiles();
  const seed = new TextDecoder().decode(files.find((f) => f.name === 'seed-001.md')!.bytes);
  const copy = seed.replace(/^id: seed-001$/m, 'id: undated').replace(/^published: .*\n/m, '');
  expect(copy).not.toMatch(/^published:/m);
  const gazetteer = bundledGazetteerSources();
  clean = runPipeline({ articles: files, gazetteer, editorial: null });
  withCopy = runPipeline({ articles: [...files, file('undated.md', copy)], gazetteer, editorial: null });
}, 120_000);

const strip = (events: ControlEvent[]) => events.map(({ id, article: _, ...e }) => ({ ...e, id: id.replace(/^[^@]+/, '') }));

describe('a dateline in the text', () => {
  it('decides the publication date when front matter lacks it, and says which line', () => {
    const article = withCopy.articles.find((a) => a.id === 'undated')!;
    expect(article).toMatchObject({ published: '2016-12-14', publishedInferred: true, warnings: [] });
    expect(article.publishedReason).toBe('the dateline « Décembre 14, 2016 » (line 4 of the text) gives the day of writing');
  });

  it('dates every event as the original’s, and changes nothing of the other articles', () => {
    const of = (out: PipelineOutput, id: string) => out.events.filter((e) => e.article === id);
    expect(strip(of(withCopy, 'undated'))).toEqual(strip(of(clean, 'seed-001')));
    expect(of(withCopy, 'undated').length).toBeGreaterThan(0);
    expect(withCopy.events.filter((e) => e.article !== 'undated')).toEqual(clean.events);
  });
});
