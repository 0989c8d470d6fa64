/**
 * A text with no full stop (a paste that lost its punctuation): 200 KB in one "sentence",
 * naming two places in every line's worth of words. Reading a sentence costs time in its
 * length for each place it names, and each mention once copied its sentence: 100 KB gave a
 * 193 MB mentions.json and 1 GB of memory. Now a mention keeps offsets and a sentence over
 * MAX_SENTENCE is read as clauses.
 */
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SENTENCE } from '../../geo/src/text/sentences';
import { root } from '../support/corpus';
import { geo, tmp, type GeoRun } from '../support/geoCli';

const clause = 'les forces du régime ont repris le quartier de Cheikh Saïd, les rebelles tiennent encore Boustane al-Qasr, ';
const body = clause.repeat(Math.ceil((200 * 1024) / clause.length));
const json = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

let clean: { run: GeoRun; out: string };
let long: { run: GeoRun; out: string };

beforeAll(async () => {
  const dir = tmp();
  cpSync(join(root, 'geo/articles'), dir, { recursive: true });
  writeFileSync(join(dir, 'zz-no-stop.md'), `---\nid: nostop\nlanguage: fr\npublished: 2016-12-12\n---\n${body}\n`);
  const [a, b] = [tmp(), tmp()];
  const [r1, r2] = await Promise.all([geo('--out', a), geo('--articles', dir, '--out', b)]);
  clean = { run: r1, out: a };
  long = { run: r2, out: b };
}, 300_000);

describe('200 KB without a full stop', () => {
  it('builds, and its mentions hold offsets of clauses of at most MAX_SENTENCE characters, not copies', () => {
    expect(long.run.code).toBe(0);
    const mentions = json(long.out, 'mentions.json').mentions.filter((m: { article: string }) => m.article === 'nostop');
    expect(mentions.length).toBe(2 * Math.ceil((200 * 1024) / clause.length));
    for (const m of mentions) {
      expect(Object.keys(m.sentence).sort()).toEqual(['end', 'start']);
      expect(m.sentence.end - m.sentence.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(m.sentence.start).toBeLessThanOrEqual(m.start);
      expect(m.sentence.end).toBeGreaterThanOrEqual(m.end);
    }
    // Linear: a few hundred bytes per mention, not the 200 KB sentence each.
    expect(statSync(join(long.out, 'mentions.json')).size).toBeLessThan(400 * mentions.length + statSync(join(clean.out, 'mentions.json')).size);
  });

  it('reads each clause as a sentence: the captures are found, quoted from the text, each at most MAX_SENTENCE long', () => {
    const events = json(long.out, 'events.json').events.filter((e: { article: string }) => e.article === 'nostop');
    expect(events.some((e: { kind: string; neighbourhood: string; controller: string }) => e.kind === 'capture' && e.neighbourhood === 'sheikh-saeed' && e.controller === 'regime')).toBe(true);
    for (const e of events) {
      expect(body.slice(e.quote.start, e.quote.end)).toBe(e.quote.text);
      expect(e.quote.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    }
  });

  it('changes nothing of the other articles', () => {
    const others = json(long.out, 'events.json').events.filter((e: { article: string }) => e.article !== 'nostop');
    expect(others).toEqual(json(clean.out, 'events.json').events);
  });
});
