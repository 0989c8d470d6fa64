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
  /** The heap the run's result holds, after full collections (the child runs with --expose-gc). */
  heldMB?: number;
}

/**
 * Main's figures at 748e200 (before this round of engine and memory work: issue 12, item 10),
 * measured with `node --expose-gc --import tsx bench/pipelineRun.ts N` in a checkout of that commit on
 * the shared 2-core development machine: 1k, 10k and 30k at the start of the work (1-minute load
 * average 0.7 to 2.5), 100k at its end (load 1.2 to 1.5), just before the same run of this code. Wall-time figures are slowed
 * by other work on the machine, CPU seconds less so (README, Benchmarks).
 */
export const PREVIOUS: Record<number, { articlesPerSecond: number; cpuSeconds: number; maxRssMB: number; heldMB: number }> = {
  1000: { articlesPerSecond: 370, cpuSeconds: 4.1, maxRssMB: 206, heldMB: 20.4 },
  10000: { articlesPerSecond: 765, cpuSeconds: 15.6, maxRssMB: 294, heldMB: 89.5 },
  30000: { articlesPerSecond: 631, cpuSeconds: 43.3, maxRssMB: 559, heldMB: 239.5 },
  100000: { articlesPerSecond: 848, cpuSeconds: 126.4, maxRssMB: 1582, heldMB: 770.7 },
};

/** The commit PREVIOUS was measured at, for the table's headings. */
export const PREVIOUS_COMMIT = '748e200';

/** One pipeline run over `n` synthetic articles in a child process of its own. */
export function pipelineRun(n: number): Promise<PipelineBench> {
  return new Promise((resolve, reject) => {
    execFile(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'bench/pipelineRun.ts'), String(n)],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=12288 --expose-gc' }, maxBuffer: 1 << 20 },
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
 * grows with the corpus shows in "× peak RSS" (the process's fixed ~150 MB keeps it below) and,
 * as the issue asks it, in MB of peak RSS per 1,000 articles more than the row above.
 * CPU seconds count all the process's threads and are less sensitive than wall time to
 * other work on the machine.
 */
/** MB of growth per 1,000 articles, one decimal. */
const perThousand = (mb: number, articles: number) => ((mb * 1000) / articles).toFixed(1);

export function pipelineTable(runs: readonly PipelineBench[]): string {
  const times = (a: number, b: number) => (a / b).toFixed(2);
  const rows = runs.map((r, i) => {
    const prev = runs[i - 1];
    const growth = prev
      ? `${times(r.articles, prev.articles)} | ${times(r.ms, prev.ms)} | ${times(r.cpuSeconds, prev.cpuSeconds)} | ${times(r.maxRssMB, prev.maxRssMB)} | ${perThousand(r.maxRssMB - prev.maxRssMB, r.articles - prev.articles)}`
      : '– | – | – | – | –';
    const held = `${r.heldMB ?? '–'} | ${prev && r.heldMB !== undefined && prev.heldMB !== undefined ? perThousand(r.heldMB - prev.heldMB, r.articles - prev.articles) : '–'}`;
    const before = PREVIOUS[r.articles];
    const previous = before ? `${before.articlesPerSecond} | ${before.cpuSeconds} | ${before.maxRssMB} | ${before.heldMB} | ${times(before.cpuSeconds, r.cpuSeconds)}` : '– | – | – | – | –';
    return `| ${r.articles} | ${r.megabytes} | ${r.ms} | ${r.articlesPerSecond} | ${r.cpuSeconds} | ${Math.round(r.articles / r.cpuSeconds)} | ${r.maxRssMB} | ${growth} | ${held} | ${r.events} | ${r.changeDates} | ${r.floorArticlesPerSecond} | ${times(r.floorArticlesPerSecond, r.articlesPerSecond)} | ${previous} |`;
  });
  return [
    `| articles | MB | ms | articles/s | CPU s | articles per CPU s | peak RSS MB | × articles (vs row above) | × time | × CPU s | × peak RSS | peak RSS growth, MB per 1k articles | heap held MB | heap held growth, MB per 1k articles | events | change dates | floor articles/s | × floor | main at ${PREVIOUS_COMMIT}: articles/s | main at ${PREVIOUS_COMMIT}: CPU s | main at ${PREVIOUS_COMMIT}: peak RSS MB | main at ${PREVIOUS_COMMIT}: heap held MB | CPU speed-up vs main at ${PREVIOUS_COMMIT} |`,
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
