/**
 * `npm run bench`: prints a table per stage and writes bench/results.json. Each figure stands
 * beside its floor or baseline measured in the same run. Figures, not pass/fail: nothing here
 * is a test.
 *
 * The 100k-article pipeline run alone takes over three CPU minutes, so by default it runs in
 * its own process on the second core while the Node stages (place finding, geometry, the 1k
 * and 10k runs, the build) take the first; the browser stages wait for it and run alone.
 * `--serial`: everything one after the other (figures less disturbed, a longer run).
 * `--quick`: no 100k run.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../geo/src/articles/load';
import { placeFinder } from '../geo/src/pipeline';
import { launchChromium } from '../test/e2e/harness';
import { bundledArticleFiles, bundledGazetteerSources, root } from '../test/support/corpus';
import { appTable, runAppBench } from './app';
import { serveWithBarePage } from './barePage';
import { firstRenderTable, runFirstRenderBench } from './firstRender';
import { firstView, firstViewTable } from './firstView';
import { geometryTable, runGeometryBench } from './geometry';
import { measurePayload, payloadTable } from './payload';
import { benchPipeline, pipelineRun, pipelineTable, type PipelineBench } from './pipeline';
import { benchPlaceFinding, placeFindingTable } from './placeFinding';

const mode = process.argv.includes('--quick') ? 'quick' : process.argv.includes('--serial') ? 'serial' : 'default';
const started = performance.now();
const sections: Record<string, number> = {};
/** Runs one stage of the bench and notes its wall time, so the run's budget can be read. */
async function section<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const t = performance.now();
  const out = await run();
  sections[name] = Math.round((performance.now() - t) / 100) / 10;
  return out;
}
const print = (title: string, table: string) => console.log(`\n## ${title}\n\n${table}`);
const load = () => loadavg()[0]!.toFixed(1);
const loadAtStart = load();

// Started first, on the second core (see above); awaited before the browser stages.
const big: Promise<PipelineBench> | null = mode === 'default' ? pipelineRun(100_000) : null;

const placeRuns = await section('place finding', () => {
  const { articles } = loadCorpus(bundledArticleFiles());
  const finder = placeFinder(bundledGazetteerSources());
  // Warm up the JIT and the spelling cache first.
  benchPlaceFinding(articles, finder, 2_000);
  return [5_000, 20_000].map((n) => benchPlaceFinding(articles, finder, n));
});
print('Place finding (synthetic articles drawn from the real corpus’s sentences)', placeFindingTable(placeRuns));

// Topology once, front lines and shares per change date, beside union per date.
const geometryRuns = await section('geometry', () => runGeometryBench());
print('Geometry stage (generated cells of the real gazetteer; baseline: @turf/union per controller + @turf/line-overlap, per date)', geometryTable(geometryRuns));

// The whole pipeline, one child process per size for its own peak memory.
const sizes = mode === 'serial' ? [1_000, 10_000, 100_000] : [1_000, 10_000];
const pipelineRuns = await section(`pipeline ${sizes.map((n) => `${n / 1000}k`).join(', ')}`, () => benchPipeline(sizes));

// What a reader downloads: the production build, file by file.
const payload = await section('build + payload', () => {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return measurePayload(join(root, 'dist'));
});

if (big) pipelineRuns.push(await section('waiting for the 100k pipeline run', () => big));
print(
  `Whole pipeline (synthetic corpora from the real articles’ sentences, one process per size; ${
    { default: 'the 100k run alongside the stages above, on the second core', serial: 'one size after the other', quick: 'no 100k run (--quick)' }[mode]
  })`,
  pipelineTable(pipelineRuns),
);
print('Payload of the production build (what dist/ holds)', payloadTable(payload));

// The app in headless Chromium on the build just made, served by vite preview.
const browser = await launchChromium();
const served = await serveWithBarePage();
try {
  const views = await section('first views', async () => {
    const out = [];
    for (const lang of ['fr', 'en', 'ar']) out.push(await firstView(browser, served, payload, lang));
    return out;
  });
  print('What a first view downloads (fresh context, until the map is complete and the network idle)', firstViewTable(views, payload));

  const firstRender = await section('first render', () => runFirstRenderBench(browser, served));
  print(`Map: navigation → first complete render (${firstRender.viewport})`, firstRenderTable(firstRender));

  const app = await section('date changes', () => runAppBench(browser, served));
  print('Map: date change in headless Chromium', appTable(app));

  const totalS = Math.round((performance.now() - started) / 100) / 10;
  const machine = { node: process.version, cpus: cpus().length, loadAverageAtStart: Number(loadAtStart), loadAverageAtEnd: Number(load()) };
  print(
    'This run',
    [
      `${machine.cpus} CPUs, Node ${machine.node}, 1-minute load average ${machine.loadAverageAtStart} at start and ${machine.loadAverageAtEnd} at end (anything above the CPU count means other work shared the machine and the figures are slower than they would be alone).`,
      '',
      '| section | seconds |',
      '|---|---:|',
      ...Object.entries(sections).map(([name, s]) => `| ${name} | ${s} |`),
      `| **total** | ${totalS} |`,
    ].join('\n'),
  );
  const results = { mode, machine, seconds: { ...sections, total: totalS }, placeFinding: placeRuns, geometry: geometryRuns, pipeline: pipelineRuns, payload, firstViews: views, firstRender, app };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
} finally {
  await browser.close();
  await served.close();
}
