/**
 * The evidence model: the side of a change from the state it changes, the weight of
 * independent sources, statements as evidence of state, and tiers. Sentences are written for
 * the test (none is in the corpus) and read by the real extractor.
 */
import { describe, expect, it } from 'vitest';
import { event, tinyGazetteer } from '../../../test/support/tinyGazetteer';
import { readText } from '../events/testArticle';
import type { Controller, ControlEvent } from '../events/types';
import { buildTimeline, TAKER_FROM } from './build';
import { articleSources, independentSources, type Leanings } from './evidence';
import type { BaselineEntry } from './types';

const START = '2016-09-15';
const base = (entries: Record<string, Controller>) =>
  new Map<string, BaselineEntry>(Object.entries(entries).map(([id, controller]) => [id, { neighbourhood: id, controller, confidence: 'high', sources: [] }]));
const summary = (periods: { from: string; controller: string }[] | undefined) => periods?.map((p) => `${p.from} ${p.controller}`);

/** An invented article read by the real extractor, as one source, with the events about `place`. */
function read(text: string, place: string, options: { article?: string; language?: 'fr' | 'en' | 'ar'; published?: string } = {}): ControlEvent[] {
  const article = options.article ?? 'test';
  return readText(text, options)
    .filter((e) => e.neighbourhood === place)
    .map((e) => ({ ...e, article, id: e.id.replace(/^test@/, `${article}@`) }));
}

describe('the side of a change comes from the state it changes', () => {
  const gazetteer = tinyGazetteer(['sheikh-saeed', 'as-sakhour', 'hanano', 'bustan-al-qaser']);

  it('moves a place away from its holder when the sentence does not name the taker', () => {
    // "ils" names no side in its sentence: the extractor guesses from the article; the state decides.
    const events = read('Les rebelles reculent partout. Lundi, ils ont perdu Cheikh Saïd.', 'sheikh-saeed');
    expect(events.some((e) => e.basis === 'guess')).toBe(true);
    for (const held of ['rebel', 'regime', 'kurdish'] as const) {
      const { timeline, readings } = buildTimeline(events, base({ 'sheikh-saeed': held }), gazetteer, { start: START });
      expect(timeline.neighbourhoods['sheikh-saeed']!.at(-1)!.controller, `held by ${held}`).toBe(TAKER_FROM[held]);
      expect(Object.values(readings).some((r) => r.fromState === held)).toBe(true);
    }
  });

  it('gives a named taker the place, and lists a named taker that already held it without changing the map', () => {
    const events = read('Les forces gouvernementales ont repris samedi le quartier de Sakhour.', 'as-sakhour');
    expect(events[0]).toMatchObject({ kind: 'capture', controller: 'regime', basis: 'taker' });
    expect(summary(buildTimeline(events, base({ 'as-sakhour': 'rebel' }), gazetteer, { start: START }).timeline.neighbourhoods['as-sakhour'])).toEqual([
      '2016-09-15 rebel',
      '2016-12-10 regime',
    ]);
    const stale = buildTimeline(events, base({ 'as-sakhour': 'regime' }), gazetteer, { start: START });
    expect(summary(stale.timeline.neighbourhoods['as-sakhour'])).toEqual(['2016-09-15 regime']);
    expect(stale.conflicts).toMatchObject([{ neighbourhood: 'as-sakhour', kind: 'taker already held it' }]);
  });

  it('refuses a named loser that did not hold the place', () => {
    const events = read('Kurdish fighters withdrew from Hanano on Friday.', 'hanano', { language: 'en' });
    expect(events[0]).toMatchObject({ kind: 'withdrawal', basis: 'loser', loser: 'kurdish' });
    const { timeline, conflicts, readings } = buildTimeline(events, base({ hanano: 'rebel' }), gazetteer, { start: START });
    expect(summary(timeline.neighbourhoods.hanano)).toEqual(['2016-09-15 rebel']);
    expect(conflicts).toMatchObject([{ kind: 'loser did not hold it' }]);
    expect(readings[events[0]!.id]!.status).toBe('contradicts');
  });

  it('reads "rebel-held" before a capture as the state before, not as the taker', () => {
    const events = read('Loyalist troops overran the rebel-held district of Bustan al-Qasr on Tuesday.', 'bustan-al-qaser', { language: 'en' });
    const { timeline } = buildTimeline(events, base({ 'bustan-al-qaser': 'rebel' }), gazetteer, { start: START });
    expect(summary(timeline.neighbourhoods['bustan-al-qaser'])).toEqual(['2016-09-15 rebel', '2016-12-13 regime']);
  });
});

describe('evidence, not the last word', () => {
  const gazetteer = tinyGazetteer(['a']);
  const held = base({ a: 'rebel' });
  const statement = (article: string, date: string, controller: Controller = 'rebel') =>
    event({ neighbourhood: 'a', kind: 'statement', date, controller, article, confidence: 0.7, quote: { text: `${article} says a is held`, start: 0, end: 1 } });
  const capture = (article: string, date: string, confidence: number, controller: Controller = 'regime') =>
    event({ neighbourhood: 'a', kind: 'capture', date, controller, article, confidence, basis: 'taker', quote: { text: `words of ${article} about a capture`, start: 0, end: 1 } });

  it('does not let a lone weak report overturn a state two outlets confirmed; a strong one does', () => {
    const confirmed = [statement('one', '2016-11-01'), statement('two', '2016-11-02')];
    const weak = capture('three', '2016-11-10', 0.7);
    const blocked = buildTimeline([...confirmed, weak], held, gazetteer, { start: START });
    expect(summary(blocked.timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel']);
    expect(blocked.timeline.neighbourhoods.a![0]!.tier).toBe('confirmed');
    expect(blocked.readings[weak.id]!.status).toBe('blocked');
    expect(blocked.conflicts).toMatchObject([{ kind: 'a lone report against a confirmed state' }]);
    const strong = capture('three', '2016-11-10', 0.85);
    expect(summary(buildTimeline([...confirmed, strong], held, gazetteer, { start: START }).timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-11-10 regime']);
    // Two independent weak reports are more than one.
    const second = capture('four', '2016-11-10', 0.7);
    const two = buildTimeline([...confirmed, weak, second], held, gazetteer, { start: START });
    expect(summary(two.timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-11-10 regime']);
    expect(two.timeline.neighbourhoods.a![1]!.tier).toBe('confirmed');
  });

  it('counts the reprints of one agency dispatch once', () => {
    const leanings: Leanings = { outlets: [], agencies: [{ id: 'afp', names: ['AFP'] }], ownSideFactor: 1 };
    const sources = articleSources(
      [
        { id: 'one', outlet: 'Le Journal', text: 'ALEP (AFP) - Les rebelles…' },
        { id: 'two', outlet: 'Autre Quotidien, via AFP', text: '…' },
        { id: 'three', outlet: 'Radio Indépendante', text: '…' },
      ],
      leanings,
    );
    expect(sources.get('one')!.key).toBe(sources.get('two')!.key);
    const confirmed = [statement('one', '2016-11-01'), statement('two', '2016-11-02')];
    const weak = capture('three', '2016-11-10', 0.7);
    // Two reprints of one dispatch do not confirm the state: the lone report applies.
    const { timeline } = buildTimeline([...confirmed, weak], held, gazetteer, { start: START, sources, leanings });
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-11-10 regime']);
  });

  it('counts near-copied sentences from different outlets once', () => {
    const text = 'Government forces captured the district of Aleppo after days of fierce fighting, a monitor said on Monday.';
    const copies = [
      { ...capture('x', '2016-11-10', 0.7), quote: { text, start: 0, end: 1 } },
      { ...capture('y', '2016-11-10', 0.7), quote: { text: `${text} More followed.`, start: 0, end: 1 } },
      capture('z', '2016-11-10', 0.7),
    ];
    expect(independentSources(copies, new Map()).map((g) => g.map((e) => e.article).sort())).toEqual([['x', 'y'], ['z']]);
  });

  it('weighs down a side’s own claims by the leaning its outlet has in the editable file', () => {
    const leanings: Leanings = { outlets: [{ match: 'State TV', speaksFor: 'regime' }], agencies: [], ownSideFactor: 0.75 };
    const sources = articleSources([{ id: 'tv', outlet: 'State TV', text: '' }], leanings);
    const claim = capture('tv', '2016-11-10', 0.6);
    expect(summary(buildTimeline([claim], held, gazetteer, { start: START }).timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-11-10 regime']);
    const weighed = buildTimeline([claim], held, gazetteer, { start: START, sources, leanings });
    expect(summary(weighed.timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel']);
    expect(weighed.readings[claim.id]!.status).toBe('weak');
  });

  it('lets statements from two sources correct the state from the day the second says it; one is flagged', () => {
    const first = statement('one', '2016-11-20', 'regime');
    const one = buildTimeline([first], held, gazetteer, { start: START });
    expect(summary(one.timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel']);
    expect(one.conflicts).toMatchObject([{ kind: 'statement contradicts' }]);
    const two = buildTimeline([first, statement('two', '2016-11-24', 'regime')], held, gazetteer, { start: START });
    expect(summary(two.timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-11-24 regime']);
    expect(two.timeline.neighbourhoods.a![1]!.tier).toBe('confirmed');
  });

  it('gives every period a tier: baseline alone, one source, confirmed', () => {
    const { timeline } = buildTimeline([capture('x', '2016-11-10', 0.9), statement('y', '2016-11-12', 'regime')], base({ a: 'rebel' }), tinyGazetteer(['a', 'b']), { start: START });
    expect(timeline.neighbourhoods.a!.map((p) => p.tier)).toEqual(['baseline', 'confirmed']);
    expect(timeline.neighbourhoods.b!.map((p) => p.tier)).toEqual(['baseline']);
    const single = buildTimeline([capture('x', '2016-11-10', 0.9)], base({ a: 'rebel' }), gazetteer, { start: START }).timeline.neighbourhoods.a!;
    expect(single.map((p) => [p.tier, p.lastReported])).toEqual([
      ['baseline', undefined],
      ['single', '2016-11-10'],
    ]);
  });
});

describe('areas the press names as a whole', () => {
  const gazetteer = tinyGazetteer(['a', 'b', 'k', 'w'], { north: ['a', 'b', 'k', 'w'] });
  gazetteer.groups[0]!.sector = true;
  const held = base({ a: 'rebel', b: 'rebel', k: 'kurdish', w: 'regime' });
  const report = (article: string, date: string) =>
    event({ neighbourhood: 'north', group: true, kind: 'withdrawal', controller: 'regime', basis: 'loser', loser: 'rebel', article, date, confidence: 0.8, quote: { text: WORDS[article]!, start: 0, end: 1 } });
  const WORDS: Record<string, string> = { x: 'The rebels have lost the whole north of the city, a monitor said.', y: 'Opposition fighters abandoned every northern district overnight, state television reported.' };

  it('moves the members the loser held when two sources confirm a sector’s change, at the inferred tier', () => {
    const own = event({ neighbourhood: 'b', kind: 'capture', controller: 'kurdish', basis: 'taker', article: 'z', date: '2016-11-28', confidence: 0.85 });
    const { timeline } = buildTimeline([report('x', '2016-11-27'), report('y', '2016-11-28'), own], held, gazetteer, { start: START });
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-11-28 regime']);
    expect(timeline.neighbourhoods.a![1]).toMatchObject({ tier: 'inferred', basis: 'area' });
    // A member's own evidence that day speaks for it; a third side's and the taker's own members stay.
    expect(summary(timeline.neighbourhoods.b)).toEqual(['2016-09-15 rebel', '2016-11-28 kurdish']);
    expect(summary(timeline.neighbourhoods.k)).toEqual(['2016-09-15 kurdish']);
    expect(summary(timeline.neighbourhoods.w)).toEqual(['2016-09-15 regime']);
  });

  it('changes nothing on one source, nor for a group that is not a sector', () => {
    const one = buildTimeline([report('x', '2016-11-27')], held, gazetteer, { start: START });
    expect(summary(one.timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel']);
    expect(one.unused.group).toHaveLength(1);
    const loose = tinyGazetteer(['a', 'b', 'k', 'w'], { north: ['a', 'b', 'k', 'w'] });
    expect(summary(buildTimeline([report('x', '2016-11-27'), report('y', '2016-11-28')], held, loose, { start: START }).timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel']);
  });
});

describe('a retrospective list is a bound', () => {
  const gazetteer = tinyGazetteer(['hanano', 'jabal-badro']);
  it('dates a change no later than the article when nothing else dates it, at the inferred tier, and yields to a dated report', () => {
    const events = readText("L'armée a repris Massaken Hanano et Jabal Badro ces dernières semaines.", { published: '2016-12-05' });
    expect(events.every((e) => e.bounded)).toBe(true);
    const dated = event({ neighbourhood: 'hanano', kind: 'capture', controller: 'regime', basis: 'taker', article: 'other', date: '2016-11-26', confidence: 0.85 });
    const { timeline } = buildTimeline([...events, dated], base({ hanano: 'rebel', 'jabal-badro': 'rebel' }), gazetteer, { start: START });
    expect(timeline.neighbourhoods['jabal-badro']!.map((p) => [p.from, p.controller, p.tier, p.basis])).toEqual([
      [START, 'rebel', 'baseline', undefined],
      ['2016-12-05', 'regime', 'inferred', 'bounded'],
    ]);
    expect(timeline.neighbourhoods.hanano!.map((p) => [p.from, p.controller, p.tier])).toEqual([
      [START, 'rebel', 'baseline'],
      ['2016-11-26', 'regime', 'confirmed'],
    ]);
  });
});

