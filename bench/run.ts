/**
 * `npm run bench`: prints a table and writes bench/results.json. Each figure stands beside
 * its floor measured in the same run. Figures, not pass/fail: nothing here is a test.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../geo/src/articles/load';
import { placeFinder } from '../geo/src/pipeline';
import { bundledArticleFiles, bundledGazetteerSources, root } from '../test/support/corpus';
import { benchPlaceFinding } from './placeFinding';
import { runGeometryBench } from './geometry';
import { runAppBench } from './app';
import { benchPipeline, pipelineTable } from './pipeline';
import { measurePayload, payloadTable } from './payload';
import { execFileSync } from 'node:child_process';

const { articles } = loadCorpus(bundledArticleFiles());
const finder = placeFinder(bundledGazetteerSources());

// Warm up the JIT and the spelling cache on the real corpus first.
benchPlaceFinding(articles, finder, 2_000);

const sizes = [5_000, 20_000, 80_000];
const placeRuns = sizes.map((n) => benchPlaceFinding(articles, finder, n));

console.log('\n## Place finding (synthetic articles drawn from the real corpus’s sentences)\n');
console.log('| articles | MB | floor: fold MB/s | find places MB/s | find / floor | mentions | peak heap MB |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of placeRuns) {
  console.log(`| ${r.articles} | ${r.megabytes} | ${r.foldMBps} | ${r.findMBps} | ${r.ratio} | ${r.mentions} | ${r.peakHeapMB} |`);
}

// Geometry stage: topology once, front lines and shares per change date, beside a naive
// union-per-controller baseline (bench/geometry.ts prints its own table).
const geometryRuns = runGeometryBench();

// The whole pipeline, articles to timeline and shapes; 100k articles only with --full (minutes).
const full = process.argv.includes('--full');
const pipelineRuns = benchPipeline(full ? [1_000, 10_000, 100_000] : [1_000, 10_000, 30_000]);
console.log('\n## Whole pipeline (synthetic corpora from the real articles’ sentences, one process per size)\n');
console.log(pipelineTable(pipelineRuns));

// What a reader downloads: the production build, file by file.
execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const payload = measurePayload(join(root, 'dist'));
console.log('\n## Payload of the production build (dist/)\n');
console.log(payloadTable(payload));

// The map: a date change in headless Chromium on the build just made (bench/app.ts prints
// its own table).
const appRuns = await runAppBench({ build: false });

const results = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  placeFinding: placeRuns,
  geometry: geometryRuns,
  app: appRuns,
  pipeline: pipelineRuns,
  payload,
};
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
