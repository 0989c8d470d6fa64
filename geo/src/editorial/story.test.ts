import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../articles/load';
import { DEFAULT_PERIOD } from '../articles/types';
import { bundledArticleFiles } from '../../../test/support/corpus';
import { event } from '../../../test/support/tinyGazetteer';
import { parseStory } from './story';

const { articles } = loadCorpus(bundledArticleFiles().filter((f) => f.name.startsWith('seed-')));
const seed001 = articles.find((a) => a.id === 'seed-001')!;
const cited = event({ neighbourhood: 'sheikh-saeed', kind: 'capture', id: 'e-cited', article: 'seed-001', quote: { text: 'Cheikh Saïd', start: 5, end: 16 } });
const orphan = event({ neighbourhood: 'sheikh-saeed', kind: 'capture', id: 'e-orphan', article: '' });
const context = { articles, events: [cited, orphan], period: DEFAULT_PERIOD, rejectedArticles: new Set(['broken']) };

const caption = '    caption: { fr: "Un jour.", en: "A day.", ar: "يوم." }';
const parse = (lines: string[]) => parseStory(lines.join('\n'), 'story.yaml', context);

describe('parseStory', () => {
  it('keeps checked days in date order, with each quote cut from its article at its offsets', () => {
    const words = "Lundi, ils ont perdu l'important quartier de Cheikh Saïd";
    const { story, issues } = parse([
      'days:',
      '  - date: 2016-12-12',
      caption,
      `    evidence: [{ article: seed-001, quote: "${words.replace(' ', '\\n ')}" }]`,
      '  - date: 2016-11-28',
      '    opening: true',
      caption,
      '    evidence: [{ event: e-cited }]',
    ]);
    expect(issues).toEqual([]);
    expect(story.opening).toBe('2016-11-28');
    expect(story.days.map((d) => d.date)).toEqual(['2016-11-28', '2016-12-12']);
    expect(story.days[0]!.evidence).toEqual([{ article: 'seed-001', event: 'e-cited', quote: cited.quote }]);
    const q = story.days[1]!.evidence[0]!.quote;
    expect(q.text).toBe(words);
    expect(seed001.text.slice(q.start, q.end)).toBe(words);
  });

  it('skips each bad entry with its line and a clear problem, and keeps the rest', () => {
    const { story, issues } = parse([
      'days:',
      '  - date: 2016-12-12', // 2: fine
      caption,
      '    evidence: [{ event: e-cited }]',
      '  - date: 2016-12-12', // 5: same day again
      caption,
      '    evidence: [{ event: e-cited }]',
      '  - date: 2016-02-30', // 8: not a day
      caption,
      '    evidence: [{ event: e-cited }]',
      '  - date: 2017-03-01', // 11: outside the period
      caption,
      '    evidence: [{ event: e-cited }]',
      '  - date: 2016-12-01', // 14: unknown event
      caption,
      '    evidence: [{ event: nope@1:capture }]',
      '  - date: 2016-12-02', // 17: quote not in the article
      caption,
      '    evidence: [{ article: seed-001, quote: "words nobody wrote" }]',
      '  - date: 2016-12-03', // 20: an article that could not be read
      caption,
      '    evidence: [{ article: broken, quote: "x" }]',
      '  - date: 2016-12-04', // 23: no evidence
      caption,
      '    evidence: []',
      '  - date: 2016-12-05', // 26: a language missing
      '    caption: { fr: "Un jour.", en: "A day." }',
      '    evidence: [{ event: e-cited }]',
      '  - date: 2016-12-06', // 29: unknown field
      caption,
      '    evidence: [{ event: e-cited }]',
      '    colour: red',
      '  - date: 2016-12-07', // 33: an event without an article to quote
      caption,
      '    evidence: [{ event: e-orphan }]',
      '  - date: 2016-12-08', // 36: first opening
      '    opening: true',
      caption,
      '    evidence: [{ event: e-cited }]',
      '  - date: 2016-12-09', // 40: second opening
      '    opening: true',
      caption,
      '    evidence: [{ event: e-cited }]',
      '  - date: 2016-12-10', // 44: caption too long
      `    caption: { fr: "${'x'.repeat(400)}", en: "A day.", ar: "يوم." }`,
      '    evidence: [{ event: e-cited }]',
    ]);
    expect(issues).toEqual([
      { file: 'story.yaml', line: 5, problem: '2016-12-12 is already a key day (line 2): one caption per day' },
      { file: 'story.yaml', line: 8, problem: '"date" is not a real date' },
      { file: 'story.yaml', line: 11, problem: 'date 2017-03-01 is outside the corpus period 2016-09-01..2016-12-31' },
      { file: 'story.yaml', line: 14, problem: 'no event "nope@1:capture" in events.json (an extractor change may have renamed it)' },
      { file: 'story.yaml', line: 17, problem: 'the quote is not in article "seed-001" (seed-001.md) word for word' },
      { file: 'story.yaml', line: 20, problem: 'article "broken" could not be read (see the build errors)' },
      { file: 'story.yaml', line: 23, problem: '"evidence" must cite at least one event or quote' },
      { file: 'story.yaml', line: 26, problem: expect.stringMatching(/^"caption\.ar" /) },
      { file: 'story.yaml', line: 29, problem: 'unknown field "colour"' },
      { file: 'story.yaml', line: 33, problem: 'event "e-orphan" cites no article of the corpus: quote one instead' },
      { file: 'story.yaml', line: 40, problem: 'a second opening day: 2016-12-08 (line 36) is the one the map opens on' },
      { file: 'story.yaml', line: 44, problem: '"caption.fr" must be at most 320 characters' },
    ]);
    expect(story.days.map((d) => d.date)).toEqual(['2016-12-08', '2016-12-12']);
    expect(story.opening).toBe('2016-12-08');
  });

  it('reports a file that is not YAML and gives an empty story', () => {
    const { story, issues } = parse(['days:', '  - { date: 2016-12-12, caption: [ }']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'story.yaml', line: 2, skipped: 'file' });
    expect(story).toEqual({ opening: null, days: [] });
  });
});
