/**
 * The product's promise on our own data: more articles make a truer map, and one article
 * cannot undo what two outlets confirmed. The machine's reading as a newsroom gets it: the
 * baseline and outlets.yaml, none of the editors' decisions on events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMachineEditorial } from '../geo/cli/readInputs';
import { ownGoldChanges, sharedGoldChanges, type GoldChange } from '../geo/src/eval/changeScores';
import { mapAgreement } from '../geo/src/eval/mapAgreement';
import { placeFinder, runPipeline, type PipelineOutput } from '../geo/src/pipeline';
import { periodOn } from '../geo/src/timeline/controlOn';
import { addDays } from '../geo/src/text/isoDay';
import { bundledArticleFiles, bundledGazetteerSources, file, root } from './support/corpus';

const editorial = readMachineEditorial(join(root, 'geo/editorial'));
const articles = bundledArticleFiles().sort((a, b) => (a.name < b.name ? -1 : 1));
const build = (files: typeof articles) => runPipeline({ articles: files, gazetteer: bundledGazetteerSources(), editorial });

let whole: PipelineOutput;
let gold: GoldChange[];
beforeAll(() => {
  whole = build(articles);
  const groups = new Set(whole.gazetteer.groups.map((g) => g.id));
  gold = [
    ...ownGoldChanges(JSON.parse(readFileSync(join(root, 'test/gold/events.json'), 'utf8')).events, groups),
    ...sharedGoldChanges(JSON.parse(readFileSync(join(root, 'test/gold/dev/gold-events.json'), 'utf8')), placeFinder(bundledGazetteerSources())),
  ];
}, 180_000);

describe('more articles, a truer map', () => {
  it('agrees with the gold control changes at least as well from the whole corpus as from either half', () => {
    const all = mapAgreement(whole.timeline.timeline, gold);
    expect(all.checked).toBeGreaterThan(80);
    for (const half of [articles.filter((_, i) => i % 2 === 0), articles.filter((_, i) => i % 2 === 1)]) {
      const part = mapAgreement(build(half).timeline.timeline, gold);
      expect(part.checked).toBe(all.checked);
      expect(all.agree).toBeGreaterThanOrEqual(part.agree);
    }
  }, 180_000);
});

describe('one article cannot undo what two outlets confirmed', () => {
  it('leaves every confirmed district as it is when a lone hedged report says the other side took it', () => {
    const names = new Map(whole.gazetteer.neighbourhoods.map((n) => [n.id, n.name_fr]));
    // Each confirmed period, the day after its last report (still within the period): a lone hostile claim.
    const targets = Object.entries(whole.timeline.timeline.neighbourhoods)
      .flatMap(([id, periods]) =>
        periods
          .map((p, i) => ({ id, p, day: addDays(p.lastReported ?? p.from, 1), next: periods[i + 1]?.from ?? whole.timeline.timeline.end }))
          .filter(({ p, day, next }) => p.tier === 'confirmed' && (p.controller === 'regime' || p.controller === 'rebel') && day < next),
      )
      .slice(0, 12);
    expect(targets.length).toBeGreaterThanOrEqual(5);
    const hostile = targets.map(({ id, p, day }, i) => {
      const other = p.controller === 'regime' ? 'les rebelles' : "l'armée syrienne";
      return file(`hostile-${i}.md`, `---\nid: hostile-${i}\nlanguage: fr\noutlet: "Blog ${i}"\npublished: ${day}\n---\nSelon une source locale, ${other} auraient repris le quartier de ${names.get(id)}.\n`);
    });
    const attacked = build([...articles, ...hostile]);
    const read = attacked.events.filter((e) => e.article.startsWith('hostile-'));
    expect(read.length).toBeGreaterThanOrEqual(targets.length);
    for (const { id, p, day } of targets) {
      expect(periodOn(attacked.timeline.timeline.neighbourhoods[id]!, day)?.controller, `${id} on ${day}`).toBe(p.controller);
    }
    expect(attacked.timeline.conflicts.filter((c) => c.kind === 'a lone report against a confirmed state').length).toBeGreaterThan(0);
  }, 180_000);
});
