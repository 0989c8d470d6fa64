/**
 * One pipeline run over N synthetic articles, in its own process so its peak memory is its
 * own: prints one JSON line {articles, megabytes, ms, articlesPerSecond, cpuSeconds, maxRssMB, events, changeDates,
 * floorArticlesPerSecond, makeMs, heldMB?}. The articles are made one at a time as the pipeline asks for
 * them (as the CLI reads files one at a time) and their texts are not kept (keepTexts: false, as
 * the CLI runs it), so the peak is the pipeline's, not the corpus held by the benchmark. Making
 * them is counted in `ms`; `makeMs` says how long making them alone takes. The floor, run after
 * the pipeline (so it adds nothing to the peak), is the least any reading does: decode every
 * file, read its front matter and fold its text once. Run with --expose-gc (as `npm run bench` does)
 * it adds heldMB: the heap the pipeline's result holds once the run is over.
 * Usage: tsx bench/pipelineRun.ts N
 */
import { isRejected, loadArticle, loadCorpus, type ArticleFile } from '../geo/src/articles/load';
import { runPipeline } from '../geo/src/pipeline';
import { foldKeepingOffsets } from '../geo/src/text/spans';
import { bundledArticleFiles, bundledEditorialFiles, bundledGazetteerSources } from '../test/support/corpus';
import { syntheticArticles } from './syntheticCorpus';

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count <= 0) throw new Error('usage: tsx bench/pipelineRun.ts N');

const real = loadCorpus(bundledArticleFiles()).articles;
const encoder = new TextEncoder();
let bytes = 0;
/** The same N files on every call, made one at a time. */
function* files(): Generator<ArticleFile> {
  let day = 0;
  bytes = 0;
  for (const a of syntheticArticles(real, count)) {
    // Publication dates spread over the battle so the timeline has real work to do.
    const published = new Date(Date.UTC(2016, 8, 15) + (day++ % 95) * 86_400_000).toISOString().slice(0, 10);
    const encoded = encoder.encode(`---\nid: ${a.id}\nlanguage: ${a.language}\npublished: ${published}\n---\n${a.text}\n`);
    bytes += encoded.length;
    yield { name: `${a.id}.md`, bytes: encoded };
  }
}
const gazetteer = bundledGazetteerSources();
const editorial = bundledEditorialFiles();
// With --expose-gc (npm run bench passes it): the heap the run's result holds, after a full collection
// before and after it, so what grows with the corpus shows apart from the collector's slack.
const collect = (globalThis as { gc?: () => void }).gc;
collect?.();
const heapBefore = process.memoryUsage().heapUsed;
const t = performance.now();
const cpu = process.cpuUsage();
let out: ReturnType<typeof runPipeline> | null = runPipeline({ articles: files(), keepTexts: false, gazetteer, editorial });
const ms = performance.now() - t;
// CPU time (all of the process's threads, GC helpers included) is less sensitive than wall
// time to other work sharing the machine.
const { user, system } = process.cpuUsage(cpu);
const maxRssMB = process.resourceUsage().maxRSS / 1024;
collect?.();
const heldMB = collect ? Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e5) / 10 : undefined;
const events = out.events.length;
const changeDates = out.timeline.timeline.changeDates.length;
out = null;

// Making the files alone, the better of two runs: the first one warms the code up, and the floor
// (which makes them again) subtracts it; a cold first run once made the 1k floor negative.
let makeMs = Infinity;
for (let run = 0; run < 2; run++) {
  const makeStart = performance.now();
  for (const f of files()) if (f.bytes.length < 0) console.log(f.name);
  makeMs = Math.min(makeMs, performance.now() - makeStart);
}

// Only the reading of each file is timed (not making it): subtracting the time of making them,
// measured apart, left the 1k floor negative on a loaded machine.
let floorMs = 0;
let sink = 0;
for (const f of files()) {
  const start = performance.now();
  const a = loadArticle(f);
  if (!isRejected(a)) sink += foldKeepingOffsets(a.text).length;
  floorMs += performance.now() - start;
}
if (sink < 0) console.log(sink);
console.log(
  JSON.stringify({
    articles: count,
    megabytes: +(bytes / 1e6).toFixed(1),
    ms: Math.round(ms),
    articlesPerSecond: Math.round(count / (ms / 1000)),
    cpuSeconds: Math.round((user + system) / 1e5) / 10,
    maxRssMB: Math.round(maxRssMB),
    events,
    changeDates,
    floorArticlesPerSecond: Math.round(count / (floorMs / 1000)),
    makeMs: Math.round(makeMs),
    ...(heldMB !== undefined ? { heldMB } : {}),
  }),
);
