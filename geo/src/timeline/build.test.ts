import { describe, expect, it } from 'vitest';
import { event, tinyGazetteer } from '../../../test/support/tinyGazetteer';
import type { BaselineEntry } from './types';
import { buildTimeline } from './build';

const START = '2016-09-15';
const gazetteer = tinyGazetteer(['a', 'b', 'c'], { east: ['a', 'b'] });
const baseline = new Map<string, BaselineEntry>([
  ['a', { neighbourhood: 'a', controller: 'rebel', confidence: 'high', sources: ['https://example.org/a'] }],
  ['b', { neighbourhood: 'b', controller: 'rebel', confidence: 'high', sources: [] }],
]);

const build = (events: Parameters<typeof buildTimeline>[0]) => buildTimeline(events, baseline, gazetteer, { start: START });
const summary = (periods: { from: string; controller: string }[] | undefined) => periods?.map((p) => `${p.from} ${p.controller}`);

describe('buildTimeline', () => {
  it('starts every neighbourhood at the baseline, unknown where it says nothing', () => {
    const { timeline } = build([]);
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel']);
    expect(summary(timeline.neighbourhoods.c)).toEqual(['2016-09-15 unknown']);
    expect(timeline.neighbourhoods.a![0]!.baseline).toBe(true);
    expect(timeline.changeDates).toEqual([START]);
  });

  it('changes control from the date of a capture or a withdrawal, and ends the day after the last event', () => {
    const capture = event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-12' });
    const withdrawal = event({ neighbourhood: 'b', kind: 'withdrawal', date: '2016-12-13', controller: 'regime' });
    const { timeline } = build([capture, withdrawal]);
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-12-12 regime']);
    expect(timeline.neighbourhoods.a![1]!.events).toEqual([capture.id]);
    expect(summary(timeline.neighbourhoods.b)).toEqual(['2016-09-15 rebel', '2016-12-13 regime']);
    expect(timeline.changeDates).toEqual([START, '2016-12-12', '2016-12-13']);
    expect(timeline.end).toBe('2016-12-14');
  });

  it('makes a partially held neighbourhood contested until a later capture', () => {
    const { timeline } = build([
      event({ neighbourhood: 'a', kind: 'partial', date: '2016-10-06', controller: 'contested' }),
      event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-01' }),
    ]);
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-10-06 contested', '2016-12-01 regime']);
  });

  it('reads a part taken by the side that already holds the place whole as late news, and a part taken by the other side as contested', () => {
    const capture = event({ neighbourhood: 'a', kind: 'capture', date: '2016-11-27', controller: 'regime', basis: 'taker' });
    // Two days on, a report of a part taken with no side named: the capture's earlier stage, told late.
    const stale = event({ neighbourhood: 'a', kind: 'partial', date: '2016-11-29', controller: 'contested', article: 'late' });
    // The same side taking part of what it holds: it supports the state.
    const own = event({ neighbourhood: 'a', kind: 'partial', date: '2016-12-05', controller: 'contested', gainer: 'regime', article: 'own' });
    const held = build([capture, stale, own]);
    expect(summary(held.timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-11-27 regime']);
    expect(held.readings[stale.id]!.status).toBe('corroborates');
    expect(held.readings[own.id]!.status).toBe('corroborates');
    // The other side taking a part back makes it contested.
    const back = event({ neighbourhood: 'a', kind: 'partial', date: '2016-12-05', controller: 'contested', gainer: 'rebel', article: 'back' });
    expect(summary(build([capture, back]).timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-11-27 regime', '2016-12-05 contested']);
    // Against the baseline, a part "taken" by its holder changes nothing and is listed as late.
    const baselinePart = event({ neighbourhood: 'b', kind: 'partial', date: '2016-10-01', controller: 'contested', gainer: 'rebel', article: 'b' });
    const read = build([baselinePart]);
    expect(summary(read.timeline.neighbourhoods.b)).toEqual(['2016-09-15 rebel']);
    expect(read.readings[baselinePart.id]!.status).toBe('late');
  });

  it('gives a day its sources disagree on to the side with more weight, reports the conflict, and never makes it contested', () => {
    const one = event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-01', controller: 'regime', article: 'x', confidence: 0.9 });
    const two = event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-01', controller: 'kurdish', article: 'y', confidence: 0.6 });
    const { timeline, conflicts, readings } = build([one, two]);
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-12-01 regime']);
    expect(timeline.neighbourhoods.a![1]!.flags).toEqual(['sources disagree on this day']);
    expect(timeline.neighbourhoods.a![1]!.tier).toBe('single');
    expect(readings[two.id]).toMatchObject({ says: 'kurdish', status: 'outweighed' });
    expect(conflicts).toMatchObject([{ neighbourhood: 'a', date: '2016-12-01', kind: 'sources disagree', holds: 'regime' }]);
  });

  it('lets a later report beat an earlier one, whatever order the articles come in', () => {
    const later = event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-05', controller: 'rebel' });
    const earlier = event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-01', controller: 'regime' });
    const { timeline, conflicts } = build([later, earlier]);
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-12-01 regime', '2016-12-05 rebel']);
    expect(conflicts).toEqual([]);
  });

  it('lets a statement confirm a period or flags it, never changing control', () => {
    const agrees = event({ neighbourhood: 'a', kind: 'statement', date: '2016-10-01', controller: 'rebel' });
    const contradicts = event({ neighbourhood: 'b', kind: 'statement', date: '2016-10-01', controller: 'regime' });
    const { timeline, conflicts } = build([agrees, contradicts]);
    expect(timeline.neighbourhoods.a![0]!.events).toEqual([agrees.id]);
    expect(summary(timeline.neighbourhoods.b)).toEqual(['2016-09-15 rebel']);
    expect(timeline.neighbourhoods.b![0]!.flags).toEqual([`${contradicts.id} says regime on 2016-10-01`]);
    expect(conflicts).toMatchObject([{ neighbourhood: 'b', kind: 'statement contradicts', holds: 'rebel' }]);
  });

  it('lets an editor settle a day the sources disagree on', () => {
    const machine = event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-01', controller: 'rebel' });
    const editor = event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-01', origin: 'editorial', review: { action: 'added', at: 'events.yaml:3' } });
    const { timeline, conflicts } = build([machine, editor]);
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-12-01 regime']);
    expect(conflicts).toEqual([]);
  });

  it('keeps weak, undated, pre-baseline and group events out of control, listed for review', () => {
    const weak = event({ neighbourhood: 'a', kind: 'capture', confidence: 0.3 });
    const undated = event({ neighbourhood: 'a', kind: 'capture', date: null, datePrecision: 'unknown' });
    const before = event({ neighbourhood: 'a', kind: 'capture', date: '2016-09-08' });
    const group = event({ neighbourhood: 'east', group: true, kind: 'capture' });
    const noSide = event({ neighbourhood: 'a', kind: 'withdrawal', controller: null });
    const { timeline, unused } = build([weak, undated, before, group, noSide]);
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel']);
    expect(unused.lowConfidence).toEqual([weak]);
    expect(unused.undated).toEqual([undated]);
    expect(unused.outside).toEqual([before]);
    expect(unused.group).toEqual([group]);
    expect(unused.noController).toEqual([noSide]);
  });

  it('reads a fall that names no side against the state it changes: the holder loses it to its opponent', () => {
    // "X est tombé" with no side anywhere in the article: a change of hands all the same.
    const fall = event({ neighbourhood: 'a', kind: 'capture', controller: null, basis: 'guess', date: '2016-12-01' });
    const { timeline, unused, conflicts } = build([fall]);
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-12-01 regime']);
    expect(unused.noController).toEqual([]);
    expect(conflicts).toEqual([]);
  });

  it('applies an editor’s group capture to the members the other side held, not to a third side’s or its own', () => {
    const east = tinyGazetteer(['a', 'b', 'k', 'w', 'u'], { east: ['a', 'b', 'k', 'w', 'u'] });
    const base = new Map<string, BaselineEntry>(
      (['rebel', 'rebel', 'kurdish', 'regime'] as const).map((controller, i) => {
        const id = ['a', 'b', 'k', 'w'][i]!;
        return [id, { neighbourhood: id, controller, confidence: 'high', sources: [] }];
      }),
    );
    const partial = event({ neighbourhood: 'b', kind: 'partial', date: '2016-12-01', controller: 'contested' });
    const all = event({ neighbourhood: 'east', group: true, kind: 'capture', date: '2016-12-22', review: { action: 'added', at: 'events.yaml:9' } });
    const own = event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-22', controller: 'rebel', review: { action: 'added', at: 'events.yaml:12' } });
    const { timeline } = buildTimeline([partial, all], base, east, { start: START });
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel', '2016-12-22 regime']);
    expect(summary(timeline.neighbourhoods.b)).toEqual(['2016-09-15 rebel', '2016-12-01 contested', '2016-12-22 regime']);
    expect(summary(timeline.neighbourhoods.k)).toEqual(['2016-09-15 kurdish']);
    expect(summary(timeline.neighbourhoods.w)).toEqual(['2016-09-15 regime']);
    expect(summary(timeline.neighbourhoods.u)).toEqual(['2016-09-15 unknown']);
    // The member's own word that day beats the area's.
    expect(summary(buildTimeline([all, own], base, east, { start: START }).timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel']);
  });

  it('ignores events that change nothing about control', () => {
    const { timeline } = build([event({ neighbourhood: 'a', kind: 'bombardment' }), event({ neighbourhood: 'a', kind: 'displacement' })]);
    expect(summary(timeline.neighbourhoods.a)).toEqual(['2016-09-15 rebel']);
  });
});

describe('buildTimeline, one article against itself', () => {
  it('takes an article’s most confident reading as its word, so it does not contest itself', () => {
    const strong = event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-01', article: 'x', controller: 'regime', confidence: 0.9 });
    const misread = event({ neighbourhood: 'a', kind: 'capture', date: '2016-12-01', article: 'x', controller: 'rebel', confidence: 0.6 });
    const { timeline, conflicts } = buildTimeline([strong, misread], baseline, gazetteer, { start: START });
    expect(timeline.neighbourhoods.a!.map((p) => p.controller)).toEqual(['rebel', 'regime']);
    expect(conflicts.filter((c) => c.kind === 'sources disagree')).toEqual([]);
  });
});
