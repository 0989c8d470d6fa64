import { describe, expect, it } from 'vitest';
import { bundledArticleFiles } from '../../../test/support/corpus';
import { findDateExpressions } from '../text/dateExpressions';
import { isRejected, loadArticle } from './load';
import { inferPublished } from './publishedDate';
import { DEFAULT_PERIOD } from './types';

const seed = (id: string) => {
  const f = bundledArticleFiles().find((x) => x.name === `${id}.md`)!;
  const a = loadArticle(f);
  if (isRejected(a)) throw new Error(a.problem);
  return a;
};

describe('publication date inference', () => {
  it('infers seed 000 from "ce vendredi 9" and "depuis le 15 novembre"', () => {
    const a = seed('seed-000');
    expect(a.published).toBe('2016-12-09');
    expect(a.publishedInferred).toBe(true);
    expect(a.publishedReason).toMatch(/ce vendredi 9/);
    expect(a.publishedReason).toMatch(/15 novembre/);
  });

  it('infers seed 002 from "samedi 24 septembre"', () => {
    const a = seed('seed-002');
    expect(a.published).toBe('2016-09-24');
    expect(a.publishedReason).toMatch(/samedi 24 septembre/);
  });

  it('keeps a stated date as stated', () => {
    const a = seed('seed-001');
    expect(a.published).toBe('2016-12-14');
    expect(a.publishedInferred).toBe(false);
  });

  it('leaves the date unknown, and says why, when the text does not decide', () => {
    const weekdayOnly = inferPublished("L'armée a repris lundi le quartier.", 'fr', DEFAULT_PERIOD);
    expect(weekdayOnly.date).toBeNull();
    const boundOnly = inferPublished('Depuis le 15 novembre, les combats font rage.', 'fr', DEFAULT_PERIOD);
    expect(boundOnly.date).toBeNull();
    expect(boundOnly.reason).toMatch(/15 novembre.*bounds it from below/);
    const today = inferPublished('Les combats ont repris ce mardi dans le sud.', 'fr', DEFAULT_PERIOD);
    expect(today.date).toBeNull();
    expect(today.reason).toMatch(/does not decide/);
  });

  it('searches only the configured period', () => {
    const text = 'La Russie a affirmé ce vendredi 9 que les combats continuent.';
    expect(inferPublished(text, 'fr', { start: '2016-12-01', end: '2016-12-31' }).date).toBe('2016-12-09');
    expect(inferPublished(text, 'fr', { start: '2016-09-01', end: '2016-09-30' }).date).toBe('2016-09-09');
    expect(inferPublished(text, 'fr', { start: '2016-10-01', end: '2016-10-31' }).date).toBeNull();
  });

  it('reads English and Arabic anchors', () => {
    expect(inferPublished('Fighting raged today, Friday (December 9), in the Old City.', 'en', { start: '2016-12-01', end: '2016-12-31' }).date).toBe('2016-12-09');
    expect(inferPublished('تمكن الجيش، اليوم السبت، من السيطرة', 'ar', { start: '2016-11-20', end: '2016-11-30' }).date).toBe('2016-11-26');
  });
});

describe('date expressions', () => {
  it('finds French, English and Arabic dates with their parts', () => {
    expect(findDateExpressions('publié ce vendredi 9, après le 15 novembre et Décembre 14, 2016', 'fr')).toMatchObject([
      { text: 'ce vendredi 9', weekday: 5, day: 9, today: true },
      { text: '15 novembre', day: 15, month: 11 },
      { text: 'Décembre 14, 2016', day: 14, month: 12, year: 2016 },
    ]);
    expect(findDateExpressions('on Saturday (November 26) and Dec. 13', 'en')).toMatchObject([
      { weekday: 6, month: 11, day: 26 },
      { month: 12, day: 13 },
    ]);
    expect(findDateExpressions('يوم أمس الجمعة', 'ar')).toMatchObject([{ weekday: 5, yesterday: true }]);
  });

  it('does not take hours or percentages for days', () => {
    expect(findDateExpressions('samedi 10 h', 'fr')[0]).not.toHaveProperty('day');
    expect(findDateExpressions('jeudi 85%', 'fr')[0]).not.toHaveProperty('day');
  });
});
