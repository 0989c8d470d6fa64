/**
 * The whole pipeline (articles → places → events → editorial → timeline → shapes) over
 * synthetic corpora of growing size, each in a child process so peak memory is measured
 * per size. Linear growth shows as a flat articles-per-second column.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../test/support/corpus';

export interface PipelineBench {
  articles: number;
  megabytes: number;
  ms: number;
  articlesPerSecond: number;
  /** CPU time of the run, all threads. */
  cpuSeconds: number;
  maxRssMB: number;
  events: number;
  changeDates: number;
  /** The floor: decoding, front matter and one fold of every article, in articles/s. */
  floorArticlesPerSecond: number;
  /** Making the synthetic files alone (counted in `ms`: they are made as the pipeline reads them). */
  makeMs?: number;
}

/**
 * Main's figures at ba60640 (before the pipeline streamed its articles and before the engine's
 * look-behind and date shortcuts), measured with `npx tsx bench/pipelineRun.ts N` in a checkout of
 * that commit, one after the other with this code on the shared 2-core development machine,
 * 1-minute load average 5 to 9 (README, Benchmarks): wall-time figures are slowed by that load,
 * CPU seconds less so. 10k: the first of two pairs (the second: 316 articles/s, 18.7 CPU s, 431 MB).
 */
export const PREVIOUS: Record<number, { articlesPerSecond: number; cpuSeconds: number; maxRssMB: number }> = {
  1000: { articlesPerSecond: 353, cpuSeconds: 4.1, maxRssMB: 197 },
  10000: { articlesPerSecond: 564, cpuSeconds: 18.2, maxRssMB: 366 },
  100000: { articlesPerSecond: 297, cpuSeconds: 167.8, maxRssMB: 2522 },
};

/** One pipeline run over `n` synthetic articles in a child process of its own. */
export function pipelineRun(n: number): Promise<PipelineBench> {
  return new Promise((resolve, reject) => {
    execFile(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'bench/pipelineRun.ts'), String(n)],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=12288' }, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`bench: pipeline run of ${n} articles failed: ${error.message}\n${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as PipelineBench);
      },
    );
  });
}

/** Runs one size after the other. */
export async function benchPipeline(sizes: readonly number[]): Promise<PipelineBench[]> {
  const out: PipelineBench[] = [];
  for (const n of sizes) out.push(await pipelineRun(n));
  return out;
}

/**
 * Linear growth shows as "× time" (or "× CPU s") equal to "× articles"; memory that
 * grows with the corpus shows in "× peak RSS" (the process's fixed ~150 MB keeps it below).
 * CPU seconds count all the process's threads and are less sensitive than wall time to
 * other work on the machine.
 */
export function pipelineTable(runs: readonly PipelineBench[]): string {
  const times = (a: number, b: number) => (a / b).toFixed(2);
  const rows = runs.map((r, i) => {
    const prev = runs[i - 1];
    const growth = prev
      ? `${times(r.articles, prev.articles)} | ${times(r.ms, prev.ms)} | ${times(r.cpuSeconds, prev.cpuSeconds)} | ${times(r.maxRssMB, prev.maxRssMB)}`
      : '– | – | – | –';
    const before = PREVIOUS[r.articles];
    const previous = before ? `${before.articlesPerSecond} | ${before.cpuSeconds} | ${before.maxRssMB} | ${times(before.cpuSeconds, r.cpuSeconds)}` : '– | – | – | –';
    return `| ${r.articles} | ${r.megabytes} | ${r.ms} | ${r.articlesPerSecond} | ${r.cpuSeconds} | ${Math.round(r.articles / r.cpuSeconds)} | ${r.maxRssMB} | ${growth} | ${r.events} | ${r.changeDates} | ${r.floorArticlesPerSecond} | ${times(r.floorArticlesPerSecond, r.articlesPerSecond)} | ${previous} |`;
  });
  return [
    '| articles | MB | ms | articles/s | CPU s | articles per CPU s | peak RSS MB | × articles (vs row above) | × time | × CPU s | × peak RSS | events | change dates | floor articles/s | × floor | main at ba60640: articles/s | main at ba60640: CPU s | main at ba60640: peak RSS MB | CPU speed-up vs main at ba60640 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
