/**
 * `npm run eval:set -- DIR [--details]`: how the machine reads a set of articles kept apart from
 * the corpus (test/unseen/dev, test/unseen/held: invented texts the rule writers have not read),
 * scored against the set's gold (DIR/gold-events.json, the format of ../shared/gold).
 *
 * The set is read the way a newsroom would add its own articles: beside the bundled corpus,
 * with the baseline and outlets.yaml and none of the editors' decisions. It prints
 *  - control changes found in the set's articles: precision and recall (place, side, a day
 *    either way), as `npm run eval` scores the development gold;
 *  - the promise: the machine map from the corpus alone and from the corpus plus the set,
 *    against every gold change we hold (own, development, this set's).
 * `--details` lists the misses and the wrong readings with their quotes: never use it on a
 * held set before a change is frozen (that would make the set seen).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readArticleDir, readGazetteerSources, readMachineEditorial } from './readInputs';
import { placeFinder, runPipeline } from '../src/pipeline';
import type { GoldEvent } from '../src/eval/eventScores';
import { mapAgreement } from '../src/eval/mapAgreement';
import { FOUND_STATUSES, ownGoldChanges, scoreChanges, sharedGoldChanges, type SharedGoldEvent } from '../src/eval/changeScores';

const args = process.argv.slice(2);
const dirArg = args.find((a) => !a.startsWith('--'));
if (!dirArg) {
  console.error('usage: npm run eval:set -- DIR [--details]   (DIR holds ID.md articles and gold-events.json)');
  process.exit(2);
}
const details = args.includes('--details');
const root = resolve(import.meta.dirname, '..', '..');
const setDir = resolve(dirArg);
const corpus = readArticleDir(join(root, 'geo/articles'));
const set = readArticleDir(setDir);
const clash = set.filter((f) => corpus.some((c) => c.name === f.name));
if (clash.length) {
  console.error(`error: ${setDir}: ${clash.map((f) => f.name).join(', ')} already in geo/articles (a set must be apart from the corpus)`);
  process.exit(1);
}
const gazetteer = readGazetteerSources(join(root, 'geo/gazetteer'));
const finder = placeFinder(gazetteer);
const editorial = readMachineEditorial(join(root, 'geo/editorial'));
const setGold = sharedGoldChanges(JSON.parse(readFileSync(join(setDir, 'gold-events.json'), 'utf8')) as SharedGoldEvent[], finder);

const withSet = runPipeline({ articles: [...corpus, ...set], gazetteer, editorial });
const setArticles = new Set(withSet.articles.filter((a) => set.some((f) => f.name === `${a.id}.md`)).map((a) => a.id));
const s = scoreChanges(withSet.events, setGold, setArticles, withSet.timeline.readings);
const pct = (x: number) => x.toFixed(3);
console.log(`# ${dirArg}: ${set.length} articles read beside the corpus (${corpus.length}), baseline and outlets.yaml, no decisions`);
console.log(`control changes: gold ${s.gold}  found ${s.found}  right ${s.right}  wrong side ${s.wrongSide}  precision ${pct(s.precision)}  recall ${pct(s.recall)}`);
// Why each gold change was missed, in counts only (safe to print for a held set): the place
// never found in the article, found but no change read for it, a change read with another side,
// or a change read but not applied by the timeline (blocked, outweighed, weak...).
{
  const why = new Map<string, number>();
  const count = (k: string) => why.set(k, (why.get(k) ?? 0) + 1);
  for (const g of s.misses) {
    const mentioned = withSet.mentions.some((m) => m.article === g.article && m.neighbourhood !== undefined && g.ids.includes(m.neighbourhood));
    const read = withSet.events.filter((e) => e.article === g.article && g.ids.includes(e.neighbourhood) && (e.kind === 'capture' || e.kind === 'withdrawal' || e.kind === 'partial'));
    if (!mentioned) count(g.neighbourhood.startsWith('unlisted:') ? 'a place the gazetteer lacks' : 'place not found in the article');
    else if (!read.length) count('place found, no change read');
    else {
      const statuses = read.map((e) => withSet.timeline.readings[e.id]?.status ?? 'unused');
      const sides = read.map((e) => (e.kind === 'partial' ? 'contested' : e.controller));
      // Which sides, as kinds: a part for a whole, a whole for a part, or one side for another.
      const kindOf = (c: string | null) => (c === 'contested' ? 'contested' : 'a side');
      if (!sides.includes(g.controller as never)) count(`change read with another side (gold ${kindOf(g.controller)}, read ${[...new Set(sides.map(kindOf))].join('/')})`);
      else if (!statuses.some((x) => FOUND_STATUSES.has(x))) count(`read, not applied (${[...new Set(statuses)].join('/')})`);
      else count('read and applied on another day');
    }
  }
  const extractorOnly = scoreChanges(withSet.events, setGold, setArticles);
  console.log(`the extractor alone (before the timeline): found ${extractorOnly.found}  right ${extractorOnly.right}  precision ${pct(extractorOnly.precision)}  recall ${pct(extractorOnly.recall)}`);
  console.log(`misses by cause: ${[...why].map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`);
  // What the found-but-not-right readings are, in counts only: a place the gold gives no change
  // for in that article, or one it gives with another side or day.
  const extra = new Map<string, number>();
  for (const e of s.wrong) {
    const gold = setGold.filter((g) => g.article === e.article && g.ids.includes(e.neighbourhood));
    const k = !gold.length ? `no gold change for the place (read ${e.kind})` : gold.some((g) => g.controller === (e.kind === 'partial' ? 'contested' : e.controller)) ? 'gold has it on another day' : 'gold has it with another side';
    extra.set(k, (extra.get(k) ?? 0) + 1);
  }
  console.log(`found, not right: ${[...extra].map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`);
}
if (details) {
  console.log('\nmissed:');
  for (const g of s.misses) console.log(`  ${g.article}: ${g.neighbourhood} → ${g.controller} on ${g.date}  «${g.quote.slice(0, 160)}»`);
  console.log('wrong:');
  for (const e of s.wrong) console.log(`  ${e.article}: ${e.neighbourhood} ${e.kind} → ${e.controller} on ${e.date} (${e.confidence.toFixed(2)}) [${e.cues.join(' | ')}] «${e.quote.text.slice(0, 160)}»`);
}

// The promise, with this set as the newsroom's own articles: does adding them make the map
// agree better with every gold change we hold?
const ownGold = (JSON.parse(readFileSync(join(root, 'test/gold/events.json'), 'utf8')) as { events: GoldEvent[] }).events;
const allGold = [
  ...ownGoldChanges(ownGold, new Set(withSet.gazetteer.groups.map((g) => g.id))),
  ...sharedGoldChanges(JSON.parse(readFileSync(join(root, 'test/gold/dev/gold-events.json'), 'utf8')) as SharedGoldEvent[], finder),
  ...setGold,
];
const alone = mapAgreement(runPipeline({ articles: corpus, gazetteer, editorial }).timeline.timeline, allGold);
const added = mapAgreement(withSet.timeline.timeline, allGold);
console.log('\n# The machine map against every gold change (own, development, this set), on the day or the next');
console.log(`corpus alone        ${added.checked === alone.checked ? '' : `(${alone.checked} drawn) `}agrees ${alone.agree}/${alone.checked} (${pct(alone.share)})`);
console.log(`corpus + this set   agrees ${added.agree}/${added.checked} (${pct(added.share)})`);
if (details) {
  const before = new Set(alone.disagreements.map((d) => `${d.gold.article}|${d.gold.neighbourhood}|${d.gold.date}`));
  for (const d of added.disagreements.filter((x) => !before.has(`${x.gold.article}|${x.gold.neighbourhood}|${x.gold.date}`))) {
    console.log(`  worse with the set: ${d.gold.article}: ${d.gold.neighbourhood} → ${d.gold.controller} on ${d.gold.date}; the map says ${d.map}`);
  }
}
