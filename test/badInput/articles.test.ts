/**
 * Bad articles: each gets its exact message on standard error, and everything else builds as
 * if it were not there (rejected files) or alongside it (files read with a warning).
 */
import { cpSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/corpus';
import { geo, messages, tmp, type GeoRun } from '../support/geoCli';
import { kept, rejected, type BadArticle } from './articleFiles';

function corpusWith(bad: BadArticle[]): string {
  const dir = tmp();
  cpSync(join(root, 'geo/articles'), dir, { recursive: true });
  for (const b of bad) b.write(dir);
  return dir;
}

const corpusSize = readdirSync(join(root, 'geo/articles')).length;
const read = (dir: string, name: string) => readFileSync(join(dir, name));
const json = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

interface Built {
  run: GeoRun;
  out: string;
  articles: string;
}

async function build(bad: BadArticle[]): Promise<Built> {
  const articles = bad.length ? corpusWith(bad) : join(root, 'geo/articles');
  const out = tmp();
  return { run: await geo('--articles', articles, '--out', out), out, articles };
}

let clean: Built;
let withRejected: Built;
let withKept: Built;
beforeAll(async () => {
  [clean, withRejected, withKept] = await Promise.all([build([]), build(rejected), build(kept)]);
}, 180_000);

describe('articles that cannot be read', () => {
  it('each gets its own message, naming its file and line, and the build exits 0', () => {
    expect(withRejected.run.code).toBe(0);
    expect(messages(withRejected.run.stderr, 'error: ')).toEqual(rejected.map((b) => b.message).sort());
    expect(messages(withRejected.run.stderr, 'warning: ')).toEqual([]);
    expect(withRejected.run.stdout).toContain(`articles: ${corpusSize} read, ${rejected.length} rejected (of ${corpusSize + rejected.length} files)`);
  });

  it('are listed in articles.json and review.md', () => {
    const written = json(withRejected.out, 'articles.json');
    expect(written.rejected.map((r: { file: string }) => r.file)).toEqual(rejected.map((b) => b.name).sort());
    expect(written.articles).toEqual(json(clean.out, 'articles.json').articles);
    const review = readFileSync(join(withRejected.out, 'review.md'), 'utf8');
    for (const b of rejected) expect(review).toContain(b.name);
  });

  it('change nothing else: mentions, events, timeline, shapes, fronts and shares are byte for byte those of the clean corpus', () => {
    for (const name of ['mentions.json', 'events.json', 'timeline.json', 'neighbourhoods.geojson', 'frontlines.geojson', 'shares.json', 'baseline.json']) {
      expect(read(withRejected.out, name).equals(read(clean.out, name)), name).toBe(true);
    }
  });

  it('a copy of an article under another name leaves the id to the file named after it', () => {
    const seed = json(withRejected.out, 'articles.json').articles.find((a: { id: string }) => a.id === 'seed-001');
    expect(seed.file).toBe('seed-001.md');
  });
});

describe('articles read with a warning', () => {
  it('each gets its own warning, and the build exits 0', () => {
    expect(withKept.run.code).toBe(0);
    expect(messages(withKept.run.stderr, 'warning: ')).toEqual(kept.map((b) => b.message).sort());
    expect(messages(withKept.run.stderr, 'error: ')).toEqual([]);
    expect(withKept.run.stdout).toContain(`articles: ${corpusSize + kept.length} read, 0 rejected`);
  });

  it('keep every event of the other articles as it was', () => {
    const ours = new Set(['unknownfield', 'html', 'future', 'before', 'utf16', 'crlf']);
    const others = json(withKept.out, 'events.json').events.filter((e: { article: string }) => !ours.has(e.article));
    expect(others).toEqual(json(clean.out, 'events.json').events);
  });

  it('HTML: tags read as spaces, so the capture is found; its quote and offsets are the file’s own text, tags included', () => {
    const events = json(withKept.out, 'events.json').events.filter((e: { article: string }) => e.article === 'html');
    expect(events.map((e: { kind: string; neighbourhood: string; controller: string }) => [e.kind, e.neighbourhood, e.controller])).toEqual([['capture', 'sheikh-saeed', 'regime']]);
    const quote = events[0].quote;
    expect(quote.text).toBe('Les forces du régime ont repris le quartier de <a href="https://example.org/alep-boustane-al-qasr">Cheikh Saïd</a>, selon l’agence officielle.');
    const body = readFileSync(join(withKept.articles, 'warn-html.md'), 'utf8').split('---\n').slice(2).join('---\n');
    expect(body.slice(quote.start, quote.end)).toBe(quote.text);
    const mentions = json(withKept.out, 'mentions.json').mentions.filter((m: { article: string }) => m.article === 'html');
    expect(mentions.map((m: { surface: string; start: number }) => [m.surface, body.slice(m.start, m.start + m.surface.length)])).toEqual([['Cheikh Saïd', 'Cheikh Saïd']]);
  });

  it('UTF-16 with a byte-order mark is read as the same text in UTF-8 would be: same capture, same offsets', () => {
    const events = json(withKept.out, 'events.json').events;
    const of = (article: string) => events.filter((e: { article: string }) => e.article === article).map(({ id, article: _, ...e }: { id: string; article: string }) => ({ ...e, id: id.replace(/^[^@]+/, '') }));
    expect(of('utf16')).toEqual(of('unknownfield'));
    expect(of('utf16').map((e: { kind: string; neighbourhood: string }) => [e.kind, e.neighbourhood])).toEqual([['capture', 'sheikh-saeed']]);
  });

  it('CRLF: the event’s id, offsets and quote are those of the LF text', () => {
    const [event] = json(withKept.out, 'events.json').events.filter((e: { article: string }) => e.article === 'crlf');
    const lf = `Premier paragraphe.\n\n${'Les forces du régime ont repris le quartier de Cheikh Saïd, selon l’agence officielle.'}`;
    expect(event.id).toBe(`crlf@${lf.indexOf('Cheikh Saïd')}:capture`);
    expect(lf.slice(event.quote.start, event.quote.end)).toBe(event.quote.text);
    expect(event.quote.text).not.toContain('\r');
  });

  it('a date outside the corpus period (in the future, or before it) changes nothing on the map, and the review lists its events', () => {
    const timeline = json(withKept.out, 'timeline.json');
    expect(timeline.end).toBe(json(clean.out, 'timeline.json').end);
    expect(timeline.changeDates).toEqual(json(clean.out, 'timeline.json').changeDates);
    const used = new Set(Object.values(timeline.neighbourhoods as Record<string, { events: string[] }[]>).flatMap((ps) => ps.flatMap((p) => p.events)));
    const outside = json(withKept.out, 'events.json').events.filter((e: { article: string }) => e.article === 'future' || e.article === 'before');
    expect(outside.map((e: { date: string }) => e.date).sort()).toEqual(['2016-06-01', '2031-01-15']);
    for (const e of outside) expect(used.has(e.id), e.id).toBe(false);
    const review = readFileSync(join(withKept.out, 'review.md'), 'utf8');
    const section = review.split('## ').find((s) => s.startsWith('Events dated outside the timeline'))!;
    expect(section).toContain('`future@47:capture` capture of **sheikh-saeed** (regime, 2031-01-15');
    expect(section).toContain('`before@47:capture` capture of **sheikh-saeed** (regime, 2016-06-01');
  });
});

describe('a corpus that cannot be used', () => {
  it('with no usable article: every file reported, exit 1, nothing written (an empty map never replaces a good one)', async () => {
    const dir = tmp();
    const bad = rejected.filter((b) => b.name === 'bad-empty.md' || b.name === 'bad-image.md');
    for (const b of bad) b.write(dir);
    const out = tmp();
    const run = await geo('--articles', dir, '--no-editorial', '--out', out);
    expect(run.code).toBe(1);
    expect(messages(run.stderr, 'error: ')).toEqual([...bad.map((b) => b.message), `error: no usable article in ${dir}: nothing written`].sort());
    expect(readdirSync(out)).toEqual([]);
  });

  it('over 1 GB of articles: refused before any file is read, exit 1', async () => {
    const dir = tmp();
    // 513 sparse files of 2 MB each (the most one article may have): 1026 MB, nothing on disk.
    for (let i = 0; i < 513; i++) {
      writeFileSync(join(dir, `a${i}.md`), '');
      truncateSync(join(dir, `a${i}.md`), 2 * 1024 * 1024);
    }
    const out = tmp();
    const run = await geo('--articles', dir, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`error: ${dir}: 1026 MB of articles, over the limit of 1024 MB`);
    expect(readdirSync(out)).toEqual([]);
  });
});
