/**
 * The whole pipeline (articles → places → events → editorial → timeline → shapes) over
 * synthetic corpora of growing size, each in a child process so peak memory is measured
 * per size. Linear growth shows as a flat articles-per-second column.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../test/support/corpus';

export interface PipelineBench {
  articles: number;
  megabytes: number;
  ms: number;
  articlesPerSecond: number;
  maxRssMB: number;
  events: number;
  changeDates: number;
}

export function benchPipeline(sizes: readonly number[]): PipelineBench[] {
  return sizes.map((n) => {
    const stdout = execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'bench/pipelineRun.ts'), String(n)], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=12288' },
      maxBuffer: 1 << 20,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as PipelineBench;
  });
}

export function pipelineTable(runs: readonly PipelineBench[]): string {
  const first = runs[0];
  const rows = runs.map(
    (r) =>
      `| ${r.articles} | ${r.megabytes} | ${r.ms} | ${r.articlesPerSecond} | ${first ? (r.ms / first.ms / (r.articles / first.articles)).toFixed(2) : '-'} | ${r.maxRssMB} | ${r.events} | ${r.changeDates} |`,
  );
  return [
    '| articles | MB | ms | articles/s | time per article vs smallest | peak RSS MB | events | change dates |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
