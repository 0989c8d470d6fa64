/** The whole pipeline on the bundled corpus and editorial data: what the seeds must give. */
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { stableJson } from '../geo/src/stableJson';
import { runPipeline, type PipelineOutput } from '../geo/src/pipeline';
import { periodOn } from '../geo/src/timeline/controlOn';
import { bundledArticleFiles, bundledEditorialFiles, bundledGazetteerSources } from './support/corpus';

let out: PipelineOutput;
beforeAll(() => {
  out = runPipeline({ articles: bundledArticleFiles(), gazetteer: bundledGazetteerSources(), editorial: bundledEditorialFiles() });
}, 60_000);

const on = (id: string, date: string) => periodOn(out.timeline.timeline.neighbourhoods[id]!, date);
const eventsOf = (id: string) => out.events.filter((e) => e.neighbourhood === id);

describe('the bundled map', () => {
  it('uses the editorial data without an error', () => {
    expect(out.editorial.issues).toEqual([]);
    expect(out.editorial.baselineDate).toBe('2016-09-15');
  });

  it('tells the story of the battle from geo/editorial/story.yaml, every caption backed by words of the corpus', () => {
    const story = out.files['story.json'];
    expect(story.opening).toBe('2016-11-28');
    for (const date of ['2016-09-22', '2016-10-20', '2016-11-26', '2016-11-28', '2016-12-07', '2016-12-12', '2016-12-22']) {
      expect(story.days.map((d) => d.date)).toContain(date);
    }
    const texts = new Map(out.articles.map((a) => [a.id, a.text]));
    for (const day of story.days) {
      expect(day.evidence.length, day.date).toBeGreaterThan(0);
      for (const e of day.evidence) expect(texts.get(e.article)!.slice(e.quote.start, e.quote.end)).toBe(e.quote.text);
    }
  });

  it('gives Karam al-Daadaa, as-Salheen, Cheikh Saïd and Boustane al-Qasr to the regime by 2016-12-12, on seed-001’s word among others', () => {
    for (const id of ['karm-ad-daadaa', 'as-salheen', 'sheikh-saeed', 'bustan-al-qaser']) {
      expect(on(id, '2016-11-25')?.controller, `${id} before`).toBe('rebel');
      const after = on(id, '2016-12-12')!;
      expect(after.controller, `${id} after`).toBe('regime');
      expect(after.from <= '2016-12-12').toBe(true);
    }
    const seed001 = new Set(out.events.filter((e) => e.article === 'seed-001').map((e) => e.id));
    for (const id of ['as-salheen', 'sheikh-saeed', 'bustan-al-qaser']) expect(on(id, '2016-12-12')!.events.some((e) => seed001.has(e)), id).toBe(true);
  });

  it('makes Boustane al-Bacha contested from the first sites taken inside it (30 Sep), seed-003 confirming it on 6 Oct', () => {
    const p = on('bustan-al-basha', '2016-10-06')!;
    expect(p).toMatchObject({ from: '2016-10-01', controller: 'contested' });
    expect(p.events.some((id) => id.startsWith('newsfront-bustan-al-basha@'))).toBe(true);
    expect(p.events.some((id) => id.startsWith('seed-003@'))).toBe(true);
  });

  it('changes nothing for the bombing of al-Kallasé (seed-002) or the displaced sleeping in al-Machad (seed-001)', () => {
    const bombing = eventsOf('al-kallaseh').filter((e) => e.article === 'seed-002');
    expect(bombing.map((e) => e.kind)).toContain('bombardment');
    const used = (id: string) => out.timeline.timeline.neighbourhoods[id]!.flatMap((p) => p.events);
    for (const e of bombing) expect(used('al-kallaseh')).not.toContain(e.id);
    expect(on('al-kallaseh', '2016-09-24')).toMatchObject({ controller: 'rebel', baseline: true });
    const machad = eventsOf('al-ansari-mashhad').filter((e) => e.article === 'seed-001');
    for (const e of machad) expect(['displacement', 'fighting', 'bombardment']).toContain(e.kind);
    expect(out.timeline.timeline.neighbourhoods['al-ansari-mashhad']!.flatMap((p) => p.events).filter((id) => id.startsWith('seed-001@'))).toEqual([]);
  });

  it('traces every period after the baseline to events whose quotes are verbatim', () => {
    const texts = new Map(out.articles.map((a) => [a.id, a.text]));
    const byId = new Map(out.events.map((e) => [e.id, e]));
    for (const [id, periods] of Object.entries(out.timeline.timeline.neighbourhoods)) {
      for (const p of periods.slice(1)) {
        expect(p.events.length, `${id} from ${p.from}`).toBeGreaterThan(0);
        for (const e of p.events.map((x) => byId.get(x)!)) {
          if (e.article) expect(texts.get(e.article)!.slice(e.quote.start, e.quote.end)).toBe(e.quote.text);
          else expect(e.review?.url).toMatch(/^https?:/);
        }
      }
    }
  });
});

describe('the bundled map’s geometry', () => {
  it('draws a front line on every change date where neighbours differ, and shares for each', () => {
    const { 'frontlines.geojson': fronts, 'shares.json': shares, 'timeline.json': timeline } = out.files;
    expect(Object.keys(shares.dates)).toEqual(timeline.changeDates);
    const first = fronts.features.filter((f) => f.properties.from === timeline.start);
    expect(first.map((f) => f.properties.pair).sort()).toEqual(['rebel|kurdish', 'regime|kurdish', 'regime|rebel']);
    for (const date of timeline.changeDates) {
      const t = shares.dates[date]!.tally;
      expect(Object.values(t).reduce((n, c) => n + c.count, 0)).toBe(out.shapes.features.length);
    }
  });

  it('keeps the whole generated data under 300 KB gzipped', () => {
    const gzipped = Object.values(out.files).reduce((sum, content) => sum + gzipSync(typeof content === 'string' ? content : stableJson(content)).length, 0);
    expect(gzipped).toBeLessThan(300 * 1024);
  });

  it('lists the aggregate claims of the texts beside the timeline’s shares in the review', () => {
    expect(out.files['review.md']).toMatch(/`seed-004` \(2016-12-11\), by neighbourhood count: reported 85 %, timeline \d+ %/);
  });
});
