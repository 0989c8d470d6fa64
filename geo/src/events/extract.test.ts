import { beforeAll, describe, expect, it } from 'vitest';
import { bundledArticleFiles, bundledGazetteerSources } from '../../../test/support/corpus';
import { runPipeline, type PipelineOutput } from '../pipeline';
import { CONTROL_KINDS } from './types';

let out: PipelineOutput;
beforeAll(() => {
  out = runPipeline({ articles: bundledArticleFiles(), gazetteer: bundledGazetteerSources() });
});

const eventsOf = (article: string, place: string) => out.events.filter((e) => e.article === article && e.neighbourhood === place);

describe('events the seeds must give', () => {
  it('seed 003: Boustane al-Bacha partly taken, contested on 2016-10-06', () => {
    expect(eventsOf('seed-003', 'bustan-al-basha')).toContainEqual(
      expect.objectContaining({ kind: 'partial', controller: 'contested', date: '2016-10-06' }),
    );
  });

  it.each(['karm-ad-daadaa', 'as-salheen', 'sheikh-saeed', 'bustan-al-qaser'])(
    'seed 001: %s to the regime on Monday 2016-12-12 (article of 2016-12-14)',
    (place) => {
      const events = eventsOf('seed-001', place).filter((e) => CONTROL_KINDS.has(e.kind));
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) expect(e).toMatchObject({ controller: 'regime', date: '2016-12-12', datePrecision: 'day' });
    },
  );

  it('no control change from the bombardment of al-Kallasé nor from the displaced in al-Machad', () => {
    const kallase = eventsOf('seed-002', 'al-kallaseh');
    const machad = eventsOf('seed-001', 'al-ansari-mashhad');
    expect(kallase.map((e) => e.kind)).toEqual(['bombardment']);
    expect(machad.map((e) => e.kind)).toEqual(['displacement']);
  });

  it('quotes every event verbatim at its offsets', () => {
    const texts = new Map(out.articles.map((a) => [a.id, a.text]));
    for (const e of out.events) expect(texts.get(e.article)!.slice(e.quote.start, e.quote.end)).toBe(e.quote.text);
  });

  it('gives stable, unique ids', () => {
    const ids = out.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
