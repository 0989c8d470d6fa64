import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../geo/src/contract';
import type { Article, ControlEvent, Gazetteer } from '../../geo/src/contract';
import { ControlIndex } from '../model/control';
import { ACLED_HEADER, acledRows, subEventType } from './acled';
import { DAY_HEADER, TIMELINE_HEADER, dayRows, sourcesOf, timelineRows } from './tables';

const place = (id: string, name: string, centre: [number, number] | null) =>
  ({ id, name_en: name, name_fr: name, name_ar: name, centre, located: centre !== null, aliases: [], kind: 'residential', area_km2: 1, parts: 1 }) as unknown as Gazetteer['neighbourhoods'][number];

const gazetteer = {
  neighbourhoods: [place('bustan-al-qaser', 'Bustan al-Qasr', [37.15, 36.19]), place('nowhere', 'Nowhere', null)],
  groups: [{ id: 'east-aleppo', aliases: ['East Aleppo'], members: ['bustan-al-qaser'] }],
  aliases: [],
  notPlaces: [],
  places: [],
  warnings: [],
} as unknown as Gazetteer;

const article = { id: 'a1', outlet: 'AFP', url: 'https://afp.example/1', published: '2016-12-12' } as Article;
const event = (id: string, over: Partial<ControlEvent>): ControlEvent => ({
  id,
  article: 'a1',
  date: '2016-12-12',
  datePrecision: 'day',
  neighbourhood: 'bustan-al-qaser',
  controller: 'regime',
  kind: 'capture',
  confidence: 0.9,
  quote: { start: 0, end: 10, text: 'repris =cmd' },
  origin: 'extracted',
  cues: [],
  ...over,
});
const events = [
  event('e1', {}),
  event('e2', { kind: 'bombardment', controller: null }),
  event('e3', { kind: 'fighting', controller: 'contested', date: '2016-12-10', datePrecision: 'publication' }),
  event('e4', { date: null, datePrecision: 'unknown' }),
  event('e5', { neighbourhood: 'east-aleppo', group: true, date: '2016-12-22' }),
];
const timeline: Timeline = {
  start: '2016-09-15',
  end: '2016-12-23',
  changeDates: ['2016-09-15', '2016-12-12'],
  neighbourhoods: {
    'bustan-al-qaser': [
      { from: '2016-09-15', controller: 'rebel', events: [], baseline: true },
      { from: '2016-12-12', controller: 'regime', events: ['e1'], tier: 'inferred', basis: 'bounded' },
    ],
    nowhere: [],
  },
};
const index = new ControlIndex(timeline);
const s = sourcesOf(gazetteer, events, [article]);

describe('the data as rows', () => {
  it('gives each neighbourhood’s controller on a day with its source and quote', () => {
    const rows = dayRows(index, index.day('2016-12-13'), s, 'credits');
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(DAY_HEADER.map((h, i) => [h, rows[0]![i]]));
    expect(row).toMatchObject({
      date: '2016-12-13', neighbourhood_id: 'bustan-al-qaser', controller: 'regime', since: '2016-12-12',
      baseline: 'no', confidence: 'inferred', confidence_basis: 'bounded', event_ids: 'e1', source: 'AFP', quote: 'repris =cmd', url: 'https://afp.example/1', credits: 'credits',
    });
    expect(rows[1]![DAY_HEADER.indexOf('controller')]).toBe('unknown');
  });

  it('gives every period with its last day', () => {
    const rows = timelineRows(index, s, 'c').map((r) => Object.fromEntries(TIMELINE_HEADER.map((h, i) => [h, r[i]])));
    expect(rows.map((r) => [r.from, r.until, r.controller, r.confidence])).toEqual([
      ['2016-09-15', '2016-12-11', 'rebel', 'baseline'],
      ['2016-12-12', null, 'regime', 'inferred'],
    ]);
  });
});

describe('ACLED columns', () => {
  const rows = acledRows(events, index, gazetteer, s, 'c').map((r) => Object.fromEntries(ACLED_HEADER.map((h, i) => [h, r[i]])));

  it('keeps battles only, with a date', () => {
    expect(rows.map((r) => r.event_id_cnty)).toEqual(['e3', 'e1', 'e5']);
  });

  it('names the sub-event types ACLED uses', () => {
    expect(subEventType(events[0]!)).toBe('Government regains territory');
    expect(subEventType(event('x', { controller: 'rebel' }))).toBe('Non-state actor overtakes territory');
    expect(subEventType(event('x', { controller: 'kurdish', kind: 'withdrawal' }))).toBe('Non-state actor overtakes territory');
    expect(subEventType(event('x', { kind: 'partial' }))).toBe('Armed clash');
    expect(subEventType(events[1]!)).toBeNull();
  });

  it('fills the precisions, the place and the sides', () => {
    const [clash, capture, group] = rows;
    expect(capture).toMatchObject({
      event_date: '2016-12-12', year: '2016', time_precision: 1, event_type: 'Battles',
      sub_event_type: 'Government regains territory', actor1: 'Syrian government forces and allies',
      actor2: 'Syrian opposition armed groups', country: 'Syria', admin1: 'Aleppo', location: 'Aleppo - Bustan al-Qasr',
      latitude: 36.19, longitude: 37.15, geo_precision: 1, source: 'AFP', notes: 'repris =cmd', fatalities: null,
    });
    expect(clash).toMatchObject({ time_precision: 2, sub_event_type: 'Armed clash', actor1: null });
    expect(group).toMatchObject({ location: 'Aleppo - East Aleppo', geo_precision: 2, latitude: 36.19, longitude: 37.15 });
  });
});
