/**
 * `npm run eval`: how well the pipeline reads the bundled corpus, against the hand-made gold
 * set in test/gold. Prints precision and recall of the place finder, every miss and every
 * false place, how often date inference agrees with a stated publication date, the event
 * extractor alone, and the bundled map (with editorial data) against the gold control changes.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readArticleDir, readEditorialFiles, readGazetteerSources, readMachineEditorial } from './readInputs';
import { placeFinder, runPipeline } from '../src/pipeline';
import { goldSpans, scorePlaces, type GoldMention } from '../src/eval/placeScores';
import { inferPublished } from '../src/articles/publishedDate';
import { DEFAULT_PERIOD } from '../src/articles/types';
import { scoreEvents, type GoldEvent } from '../src/eval/eventScores';
import { mapAgreement } from '../src/eval/mapAgreement';
import { ownGoldChanges, scoreChanges, sharedGoldChanges, type ChangeScores, type SharedGoldEvent } from '../src/eval/changeScores';
import { parseReviewed } from '../src/editorial/reviewed';
import { matchBoundaries } from '../src/geometry/boundaries';
import { generateCells } from '../src/geometry/cells';
import { formatIou, geometryIou } from '../src/geometry/iou';

const root = resolve(import.meta.dirname, '..', '..');
const articlesDir = join(root, 'geo/articles');
const files = readArticleDir(articlesDir);
// The gazetteer and the machine's editorial data (the baseline and outlets.yaml, none of the
// editors' decisions) are read once for every run below.
const gazetteer = readGazetteerSources(join(root, 'geo/gazetteer'));
const machineEditorial = readMachineEditorial(join(root, 'geo/editorial'));
const result = runPipeline({ articles: files, gazetteer });
const gold = JSON.parse(readFileSync(join(root, 'test/gold/mentions.json'), 'utf8')) as { articles: Record<string, GoldMention[]> };

const spans = result.articles.flatMap((a) => goldSpans(a.id, a.text, gold.articles[a.id] ?? []));
// Only the articles the gold set annotates are scored (test/gold/dev has its own below).
const scores = scorePlaces(result.mentions.filter((m) => m.article in gold.articles), spans);
const pct = (x: number) => x.toFixed(3);

console.log('# Place finder against test/gold/mentions.json');
console.log(`gold mentions: ${spans.length} (${spans.filter((s) => s.id.startsWith('unknown:')).length} of places the gazetteer lacks, not scored)`);
console.log(`found: ${result.mentions.filter((m) => m.article in gold.articles).length}  right: ${scores.truePositives}`);
console.log(`precision: ${pct(scores.precision)}  recall: ${pct(scores.recall)}`);
if (scores.falseNegatives.length) {
  console.log('\nmissed:');
  for (const g of scores.falseNegatives) console.log(`  ${g.article}: "${g.surface}" → ${g.id}`);
}
if (scores.falsePositives.length) {
  console.log('\nfalse places (or wrong place):');
  for (const m of scores.falsePositives) {
    console.log(`  ${m.article}: "${m.surface}" → ${m.neighbourhood ?? m.group}${m.expected ? ` (gold: ${m.expected})` : ''}`);
  }
}

console.log('\n# Publication date inference, on articles whose front matter states the date');
let decided = 0;
let agreed = 0;
const stated = result.articles.filter((a) => !a.publishedInferred && a.published);
for (const a of stated) {
  const inferred = inferPublished(a.text, a.language, DEFAULT_PERIOD);
  if (!inferred.date) continue;
  decided++;
  if (inferred.date === a.published) agreed++;
  else console.log(`  ${a.id}: stated ${a.published}, inferred ${inferred.date} (${inferred.reason})`);
}
console.log(`stated: ${stated.length}  inference decides: ${decided}  agrees: ${agreed}`);
for (const a of result.articles.filter((x) => x.publishedInferred)) {
  console.log(`  ${a.id}: inferred ${a.published ?? 'unknown'}: ${a.publishedReason}`);
}

console.log('\n# Events against test/gold/events.json (captures, withdrawals, partial control, statements; no editorial data)');
const goldEvents = (JSON.parse(readFileSync(join(root, 'test/gold/events.json'), 'utf8')) as { events: GoldEvent[] }).events;
const ev = scoreEvents(result.events.filter((e) => e.article in gold.articles), goldEvents);
console.log(`gold: ${ev.gold}  found: ${ev.found}  right: ${ev.right}`);
console.log(`precision: ${pct(ev.precision)}  recall: ${pct(ev.recall)}  date accuracy: ${pct(ev.dateAccuracy)}`);
if (process.argv.includes('--details')) {
  console.log('\nmissed:');
  for (const g of ev.misses) console.log(`  ${g.article}: ${g.neighbourhood} ${g.kind} → ${g.controller} on ${g.date}`);
  console.log('\nwrong:');
  for (const e of ev.wrong) console.log(`  ${e.article}: ${e.neighbourhood} ${e.kind} → ${e.controller} on ${e.date} [${e.cues.join(' | ')}]`);
}

// Control changes, the measure the map rests on, against both gold sets apart and together:
// the project's own (test/gold/events.json) and the development set (test/gold/dev/, a copy of
// ../shared/gold, annotated by someone else on articles added after the reader was written).
const own = ownGoldChanges(goldEvents, new Set(result.gazetteer.groups.map((g) => g.id)));
const dev = sharedGoldChanges(
  JSON.parse(readFileSync(join(root, 'test/gold/dev/gold-events.json'), 'utf8')) as SharedGoldEvent[],
  placeFinder(gazetteer),
);
{
  const devArticles = new Set(Object.keys(JSON.parse(readFileSync(join(root, 'test/gold/dev/gold-mentions.json'), 'utf8')) as object).filter((k) => !k.includes('#')));
  const ownArticles = new Set(Object.keys(gold.articles));
  const line = (label: string, s: ChangeScores) =>
    `${label.padEnd(22)} gold ${String(s.gold).padStart(3)}  found ${String(s.found).padStart(3)}  right ${String(s.right).padStart(3)}  wrong side ${String(s.wrongSide).padStart(2)}  precision ${pct(s.precision)}  recall ${pct(s.recall)}`;
  // The machine's reading as a newsroom gets it: the baseline and the outlets file (the state
  // before a change, the weight of a source), none of the editors' decisions on events.
  const machine = runPipeline({
    articles: files,
    gazetteer,
    editorial: machineEditorial,
  });
  const r = machine.timeline.readings;
  console.log('\n# Control changes: the baseline and outlets.yaml, no decisions (place, side and a day either way)');
  const sets: [string, ChangeScores][] = [
    ['own gold', scoreChanges(machine.events, own, ownArticles, r)],
    ['development gold', scoreChanges(machine.events, dev, devArticles, r)],
    ['both', scoreChanges(machine.events, [...own, ...dev], new Set([...ownArticles, ...devArticles]), r)],
  ];
  for (const [label, s] of sets) console.log(line(label, s));
  if (process.argv.includes('--details')) {
    for (const [label, s] of sets.slice(0, 2)) {
      console.log(`\n${label}: missed`);
      for (const g of s.misses) console.log(`  ${g.article}: ${g.neighbourhood} → ${g.controller} on ${g.date}  «${g.quote.slice(0, 140)}»`);
      console.log(`${label}: wrong`);
      for (const e of s.wrong) console.log(`  ${e.article}: ${e.neighbourhood} ${e.kind} → ${e.controller} on ${e.date} (${e.confidence.toFixed(2)}) [${e.cues.join(' | ')}] «${e.quote.text.slice(0, 140)}»`);
    }
  }

  // The promise: more articles, a truer map. The machine's map (no decisions) from each half of
  // the corpus (alternate files) and from all of it, against every gold change.
  console.log('\n# More articles, a truer map: the machine map (baseline and outlets.yaml) from half the corpus and from all of it');
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : 1));
  const machineFrom = (part: typeof files) =>
    runPipeline({ articles: part, gazetteer, editorial: machineEditorial });
  for (const [label, part] of [
    ['first half (even files)', sorted.filter((_, i) => i % 2 === 0)],
    ['second half (odd files)', sorted.filter((_, i) => i % 2 === 1)],
    ['whole corpus', sorted],
  ] as const) {
    const a = mapAgreement((part === sorted ? machine : machineFrom([...part])).timeline.timeline, [...own, ...dev]);
    console.log(`${label.padEnd(24)} ${String(part.length).padStart(3)} articles  gold changes agreed ${a.agree}/${a.checked} (${pct(a.share)})`);
  }
}

console.log('\n# The bundled map (with editorial data) against the gold control changes');
const editorialDir = join(root, 'geo/editorial');
const editorial = readEditorialFiles(editorialDir);
const edited = runPipeline({ articles: files, gazetteer, editorial });
const c = edited.editorial.counts;
console.log(`editorial: ${c.extracted} extracted, ${c.asIs} as they are, ${c.confirmed} confirmed, ${c.corrected} corrected, ${c.rejected} rejected, ${c.added} added; ${edited.editorial.issues.length} bad entries`);
// Where an editor rejected or corrected what this article says of this place, the map follows
// the editor on purpose: those are listed apart from the map's own mistakes.
const editorsSpoke = new Set(
  parseReviewed(readFileSync(join(editorialDir, 'events.yaml'), 'utf8'), 'events.yaml')
    .decisions.filter((d) => d.action !== 'confirm')
    .map((d) => result.events.find((e) => e.id === d.event))
    .filter((e) => e !== undefined)
    .map((e) => `${e.article}|${e.neighbourhood}`),
);
for (const [label, gold] of [['own gold', own], ['development gold', dev], ['both', [...own, ...dev]]] as const) {
  const agreement = mapAgreement(edited.timeline.timeline, gold);
  const overridden = agreement.disagreements.filter((d) => d.gold.ids.some((id) => editorsSpoke.has(`${d.gold.article}|${id}`)));
  console.log(
    `${label.padEnd(18)} changes the map draws ${String(agreement.checked).padStart(3)}  agrees on the day or the next ${String(agreement.agree).padStart(3)} (${pct(agreement.share)})  disagrees ${agreement.disagreements.length - overridden.length}, overridden by an editor ${overridden.length}`,
  );
  if (label === 'both' || !process.argv.includes('--details')) continue;
  for (const d of agreement.disagreements) {
    const why = overridden.includes(d) ? ' (an editor decided otherwise: geo/editorial/events.yaml)' : '';
    console.log(`  ${d.gold.article}: ${d.gold.neighbourhood} → ${d.gold.controller} on ${d.gold.date}; the map says ${d.map}${why}`);
  }
}

// With --boundaries FILE (surveyed polygons), how close the generated cells come to them.
const boundariesAt = process.argv.indexOf('--boundaries');
if (boundariesAt > 0) {
  const file = resolve(process.argv[boundariesAt + 1] ?? '');
  const surveyed = matchBoundaries(readFileSync(file, 'utf8'), result.gazetteer, file);
  console.log(`\n# Generated cells against ${file}`);
  console.log(`surveyed: ${surveyed.read} features, ${surveyed.features.length} neighbourhoods matched, ${surveyed.unmatched.length} features unmatched`);
  console.log(formatIou(geometryIou(generateCells(result.gazetteer), surveyed.features, result.gazetteer)));
}
