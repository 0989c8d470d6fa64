import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../articles/load';
import { bundledArticleFiles, file } from '../../../test/support/corpus';
import { checkShareClaims, claimLines, findShareClaims } from './shareClaims';
import type { Timeline } from './types';

const { articles } = loadCorpus(bundledArticleFiles());
const claimsOf = (id: string) => findShareClaims(articles.find((a) => a.id === id)!);

const article = (text: string) => loadCorpus([file('x.md', `---\nid: x\nlanguage: fr\npublished: 2016-12-10\n---\n${text}\n`)]).articles[0]!;

describe('findShareClaims', () => {
  it('finds the regime’s share of the rebel-held neighbourhoods in seed-004, dated by the article', () => {
    expect(claimsOf('seed-004')).toMatchObject([{ share: 0.85, of: 'neighbourhoods', date: '2016-12-11' }]);
    expect(claimsOf('seed-004')[0]!.quote.text).toMatch(/^Le régime contrôle 85% des quartiers/);
  });

  it('reads area shares in English and French', () => {
    expect(claimsOf('syriahr-en-90-percent').map((c) => [c.share, c.of])).toContainEqual([0.9, 'area']);
    expect(claimsOf('lexpression-tariq-al-bab')).toMatchObject([{ share: 0.6, of: 'area' }]);
  });

  it('leaves out the share of a single neighbourhood', () => {
    expect(claimsOf('vovworld-massaken-hanano-60')).toEqual([]);
    expect(findShareClaims(article("L'armée contrôle désormais 60% de Massaken Hanano."))).toEqual([]);
  });

  it('turns what the rebels still hold into the regime’s share', () => {
    expect(findShareClaims(article('Les rebelles ne contrôlent plus que 10% du secteur rebelle.'))).toMatchObject([{ share: 0.9, of: 'area' }]);
  });
});

describe('checkShareClaims', () => {
  const timeline: Timeline = {
    start: '2016-09-15',
    end: '2016-12-20',
    changeDates: ['2016-09-15', '2016-12-01'],
    neighbourhoods: {
      a: [{ from: '2016-09-15', controller: 'rebel', events: [] }, { from: '2016-12-01', controller: 'regime', events: ['e'] }],
      b: [{ from: '2016-09-15', controller: 'rebel', events: [] }],
      c: [{ from: '2016-09-15', controller: 'rebel', events: [] }, { from: '2016-12-01', controller: 'regime', events: ['f'] }],
      d: [{ from: '2016-09-15', controller: 'rebel', events: [] }],
      w: [{ from: '2016-09-15', controller: 'regime', events: [] }],
    },
  };
  const quote = { text: 'q', start: 0, end: 1 };

  it('sets a count claim beside the share of baseline-rebel neighbourhoods the regime holds that day', () => {
    const [checked] = checkShareClaims([{ article: 'x', date: '2016-12-10', share: 0.85, of: 'neighbourhoods', quote }], timeline, () => null);
    expect(checked!.computed).toBe(0.5);
    expect(claimLines([checked!])[0]).toMatch(/reported 85 %, timeline 50 % \(gap -35 points\)/);
  });

  it('asks the geometry stage for an area claim, and says when it cannot tell', () => {
    const checked = checkShareClaims(
      [
        { article: 'x', date: '2016-12-10', share: 0.6, of: 'area', quote },
        { article: 'y', date: null, share: 0.6, of: 'area', quote },
      ],
      timeline,
      (date) => (date >= '2016-12-01' ? 0.42 : 0),
    );
    expect(checked.map((c) => c.computed)).toEqual([0.42, null]);
    expect(claimLines(checked)[0]).toMatch(/cannot tell/);
  });
});
