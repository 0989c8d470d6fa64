import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../articles/load';
import { DEFAULT_PERIOD } from '../articles/types';
import { bundledArticleFiles, bundledGazetteerSources } from '../../../test/support/corpus';
import { event } from '../../../test/support/tinyGazetteer';
import { buildGazetteer } from '../gazetteer/build';
import { applyEditorial } from './apply';
import { parseReviewed } from './reviewed';

const { articles } = loadCorpus(bundledArticleFiles().filter((f) => f.name.startsWith('seed-')));
const gazetteer = buildGazetteer(bundledGazetteerSources());
const context = { articles, gazetteer, period: DEFAULT_PERIOD, rejectedArticles: new Set(['broken']) };
const seed001 = articles.find((a) => a.id === 'seed-001')!;

const yaml = (lines: string[]) => parseReviewed(lines.join('\n'), 'events.yaml');

describe('applyEditorial', () => {
  const kept = event({ neighbourhood: 'sheikh-saeed', kind: 'capture', id: 'e1' });
  const dropped = event({ neighbourhood: 'sheikh-saeed', kind: 'capture', id: 'e2' });
  const fixed = event({ neighbourhood: 'sheikh-saeed', kind: 'capture', id: 'e3', date: '2016-12-14', datePrecision: 'publication' });
  const untouched = event({ neighbourhood: 'sheikh-saeed', kind: 'capture', id: 'e4', confidence: 0.4 });

  it('confirms, rejects and corrects extracted events by id and counts what it did', () => {
    const r = applyEditorial(
      [kept, dropped, fixed, untouched],
      yaml([
        'decisions:',
        '  - { event: e1, action: confirm }',
        '  - { event: e2, action: reject, note: "a rumour" }',
        '  - { event: e3, action: correct, date: 2016-12-12 }',
      ]),
      context,
    );
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({ extracted: 4, asIs: 1, confirmed: 1, corrected: 1, rejected: 1, added: 0 });
    expect(r.events.map((e) => e.id)).toEqual(['e1', 'e3', 'e4']);
    expect(r.events[0]).toMatchObject({ confidence: 1, review: { action: 'confirmed', at: 'events.yaml:2' } });
    expect(r.events[1]).toMatchObject({ date: '2016-12-12', datePrecision: 'day', origin: 'editorial', review: { action: 'corrected' } });
    expect(r.events[2]).toBe(untouched);
  });

  it('adds an event at the offsets of its quote, even when the quote’s line breaks differ', () => {
    const words = 'Cheikh Saïd';
    const at = seed001.text.indexOf(words);
    expect(at).toBeGreaterThan(0);
    const r = applyEditorial(
      [],
      yaml(['added:', '  - { neighbourhood: sheikh-saeed, date: 2016-12-12, kind: capture, controller: regime, article: seed-001, quote: "Cheikh   Saïd" }']),
      context,
    );
    expect(r.issues).toEqual([]);
    expect(r.events).toMatchObject([{ id: 'editorial:sheikh-saeed:2016-12-12:capture', article: 'seed-001', quote: { text: words, start: at, end: at + words.length }, origin: 'editorial' }]);
  });

  it('names file, line and problem of every entry it cannot apply, and applies the rest', () => {
    const r = applyEditorial(
      [kept, dropped],
      yaml([
        'decisions:',
        '  - { event: nope@1:capture, action: reject }',
        '  - { event: e1, action: reject }',
        '  - { event: e1, action: confirm }',
        '  - { event: e2, action: correct, date: 2017-03-01 }',
        'added:',
        '  - { neighbourhood: atlantis, date: 2016-12-12, kind: capture, controller: regime, url: "https://example.org" }',
        '  - { neighbourhood: sheikh-saeed, date: 2016-12-12, kind: capture, controller: regime, article: seed-001, quote: "words no article holds" }',
        '  - { neighbourhood: sheikh-saeed, date: 2016-12-12, kind: capture, controller: regime, article: missing, quote: "x" }',
        '  - { neighbourhood: sheikh-saeed, date: 2016-12-12, kind: capture, controller: regime, article: broken, quote: "x" }',
        '  - { neighbourhood: sheikh-saeed, date: 2016-12-12, kind: capture, url: "https://example.org/ok" }',
        '  - { neighbourhood: sheikh-saeed, date: 2016-12-13, kind: capture, controller: regime, url: "https://example.org/ok" }',
        '  - { neighbourhood: old-city, date: 2016-12-07, kind: capture, controller: regime, url: "https://example.org/old" }',
      ]),
      context,
    );
    expect(r.issues.map((i) => `${i.file}:${i.line}: ${i.problem}`)).toEqual([
      'events.yaml:3: decisions on lines 3, 4 contradict each other about "e1": none applied',
      'events.yaml:4: decisions on lines 3, 4 contradict each other about "e1": none applied',
      'events.yaml:2: no extracted event "nope@1:capture" (ids are listed in events.json; an extractor change may have renamed it)',
      'events.yaml:5: date 2017-03-01 is outside the corpus period 2016-09-01..2016-12-31',
      'events.yaml:7: "atlantis" is no neighbourhood or group id of the gazetteer (see gazetteer.json)',
      'events.yaml:8: the quote is not in article "seed-001" (seed-001.md) word for word',
      'events.yaml:9: article "missing" is not in the corpus',
      'events.yaml:10: article "broken" could not be read (see the build errors)',
      'events.yaml:11: a capture needs a controller',
    ]);
    expect(r.events.map((e) => e.id)).toEqual(['e1', 'e2', 'editorial:sheikh-saeed:2016-12-13:capture', 'editorial:old-city:2016-12-07:capture']);
    expect(r.events[3]!.group).toBe(true);
    expect(r.events[2]!.review).toMatchObject({ action: 'added', url: 'https://example.org/ok' });
  });

  it('names both files when decisions in two files contradict each other', () => {
    const a = parseReviewed('decisions:\n  - { event: e1, action: confirm }\n', 'events.yaml');
    const b = parseReviewed('decisions:\n  - { event: e1, action: reject }\n', 'more.yaml');
    const r = applyEditorial([kept], { decisions: [...a.decisions, ...b.decisions], added: [], issues: [] }, context);
    expect(r.issues.map((i) => `${i.file}:${i.line}: ${i.problem}`)).toEqual([
      'events.yaml:2: decisions on events.yaml:2, more.yaml:2 contradict each other about "e1": none applied',
      'more.yaml:2: decisions on events.yaml:2, more.yaml:2 contradict each other about "e1": none applied',
    ]);
    expect(r.events).toEqual([kept]);
  });

  it('applies neither of two added events that give one place two sides on one day, and keeps those that agree', () => {
    const r = applyEditorial(
      [],
      yaml([
        'added:',
        '  - { neighbourhood: sheikh-saeed, date: 2016-10-10, kind: capture, controller: regime, url: "https://example.org/a" }',
        '  - { neighbourhood: sheikh-saeed, date: 2016-10-10, kind: partial, url: "https://example.org/b" }',
        '  - { neighbourhood: sheikh-saeed, date: 2016-10-10, kind: statement, controller: rebel, url: "https://example.org/c" }',
        '  - { neighbourhood: al-kallaseh, date: 2016-10-10, kind: capture, controller: regime, url: "https://example.org/d" }',
        '  - { neighbourhood: al-kallaseh, date: 2016-10-10, kind: withdrawal, controller: regime, url: "https://example.org/e" }',
      ]),
      context,
    );
    expect(r.issues.map((i) => `${i.line}: ${i.problem}`)).toEqual([
      '2: added events on lines 2, 3 contradict each other about sheikh-saeed on 2016-10-10: none applied',
      '3: added events on lines 2, 3 contradict each other about sheikh-saeed on 2016-10-10: none applied',
    ]);
    expect(r.events.map((e) => e.id)).toEqual([
      'editorial:sheikh-saeed:2016-10-10:statement',
      'editorial:al-kallaseh:2016-10-10:capture',
      'editorial:al-kallaseh:2016-10-10:withdrawal',
    ]);
  });
});
