/**
 * One pipeline run over N synthetic articles, in its own process so its peak memory is its
 * own: prints one JSON line {articles, megabytes, ms, articlesPerSecond, cpuSeconds, maxRssMB, events, changeDates,
 * floorArticlesPerSecond}. The floor, run after the pipeline (so it adds nothing to the peak), is the
 * least any reading does: decode every file, read its front matter and fold its text once.
 * Usage: tsx bench/pipelineRun.ts N
 */
import { loadCorpus } from '../geo/src/articles/load';
import { runPipeline } from '../geo/src/pipeline';
import { foldKeepingOffsets } from '../geo/src/text/spans';
import { bundledArticleFiles, bundledEditorialFiles, bundledGazetteerSources } from '../test/support/corpus';
import { syntheticArticles } from './syntheticCorpus';

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count <= 0) throw new Error('usage: tsx bench/pipelineRun.ts N');

const real = loadCorpus(bundledArticleFiles()).articles;
const encoder = new TextEncoder();
const files = [];
let bytes = 0;
let day = 0;
for (const a of syntheticArticles(real, count)) {
  // Publication dates spread over the battle so the timeline has real work to do.
  const published = new Date(Date.UTC(2016, 8, 15) + (day++ % 95) * 86_400_000).toISOString().slice(0, 10);
  const text = `---\nid: ${a.id}\nlanguage: ${a.language}\npublished: ${published}\n---\n${a.text}\n`;
  const encoded = encoder.encode(text);
  bytes += encoded.length;
  files.push({ name: `${a.id}.md`, bytes: encoded });
}
const gazetteer = bundledGazetteerSources();
const editorial = bundledEditorialFiles();
const t = performance.now();
const cpu = process.cpuUsage();
let out: ReturnType<typeof runPipeline> | null = runPipeline({ articles: files, gazetteer, editorial });
const ms = performance.now() - t;
// CPU time (all of the process's threads, GC helpers included) is less sensitive than wall
// time to other work sharing the machine.
const { user, system } = process.cpuUsage(cpu);
const maxRssMB = process.resourceUsage().maxRSS / 1024;
const events = out.events.length;
const changeDates = out.timeline.timeline.changeDates.length;
out = null;

const floorStart = performance.now();
let sink = 0;
for (const a of loadCorpus(files).articles) sink += foldKeepingOffsets(a.text).length;
const floorMs = performance.now() - floorStart;
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
  }),
);
