/**
 * The geometry stage (topology once, then front lines and shares per change date) over the
 * real gazetteer's generated cells, beside a naive baseline timed in the same run: per date,
 * each controller's neighbourhoods dissolved with @turf/union, and each pair's front as the
 * overlap of the two dissolved outlines (@turf/line-overlap). The total front length of
 * both is compared, to show they draw the same thing.
 *
 * Timelines: the 2016-09-15 baseline (geo/editorial), then the regime taking rebel
 * neighbourhoods next to its own, a few each date (each one contested for a date first):
 * (a) 10 change dates over late November and December, (b) 100 daily change dates, with
 * occasional rebel counter-attacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineOverlap, length } from '@turf/turf';
import { parseBaseline } from '../geo/src/editorial/baseline';
import type { Gazetteer } from '../geo/src/gazetteer/types';
import { controlAreas } from '../geo/src/geometry/areas';
import { generateCells } from '../geo/src/geometry/cells';
import { controlsByDate } from '../geo/src/geometry/controls';
import type { FrontLineCollection } from '../geo/src/geometry/frontTypes';
import { FRONT_PAIRS, frontLines } from '../geo/src/geometry/fronts';
import { shareTable } from '../geo/src/geometry/shares';
import { timelineOf } from '../geo/src/geometry/testing';
import { buildTopology, neighbours } from '../geo/src/geometry/topology';
import type { CellCollection } from '../geo/src/geometry/types';
import { placeFinder } from '../geo/src/pipeline';
import type { Control, Timeline } from '../geo/src/timeline/types';
import { bundledGazetteerSources, root } from '../test/support/corpus';

export interface GeometryBench {
  timeline: string;
  dates: number;
  shapes: number;
  arcs: number;
  /** Topology, once per run. */
  topologyMs: number;
  /** Front lines and shares, per date. */
  perDateMs: number;
  /** The whole stage (topology + fronts + shares) divided by the dates. */
  stageMsPerDate: number;
  /** The naive baseline (union per controller + outline overlaps), per date. */
  naiveMsPerDate: number;
  /** Dates the baseline was timed on (every date, or an even sample to keep the run short). */
  naiveDates: number;
  /** naive / stage, per date. */
  ratio: number;
  /** Mean |stage − naive| / naive of the total front length per date. */
  frontLengthGap: number;
}

/** Runs both timelines, returns the rows. */
export function runGeometryBench(): GeometryBench[] {
  const { gazetteer } = placeFinder(bundledGazetteerSources());
  const cells = generateCells(gazetteer);
  const start = baseline(gazetteer);
  const realistic = advance(cells, start, dates('2016-11-15', 10, 4), 7, false);
  const synthetic = advance(cells, start, dates('2016-09-16', 100, 1), 1, true);

  // Warm up the JIT on both paths.
  timeStage(cells, realistic);
  naiveFronts(cells, realistic, 2);

  return [benchGeometry('(a) realistic', cells, realistic, realistic.changeDates.length), benchGeometry('(b) synthetic', cells, synthetic, 20)];
}

export function geometryTable(rows: readonly GeometryBench[]): string {
  return [
    '| timeline | dates | shapes | arcs | topology ms (once) | fronts+shares ms/date | stage ms/date | baseline: union per date, ms/date (dates timed) | baseline / stage | front length gap |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.timeline} | ${r.dates} | ${r.shapes} | ${r.arcs} | ${r.topologyMs} | ${r.perDateMs} | ${r.stageMsPerDate} | ${r.naiveMsPerDate} (${r.naiveDates}) | ${r.ratio} | ${(r.frontLengthGap * 100).toFixed(2)} % |`,
    ),
  ].join('\n');
}

export function benchGeometry(label: string, cells: CellCollection, timeline: Timeline, naiveSample: number): GeometryBench {
  // The stage is fast: take the best of five runs.
  const runs = Array.from({ length: 5 }, () => timeStage(cells, timeline));
  const best = runs.reduce((a, b) => (a.topologyMs + a.restMs <= b.topologyMs + b.restMs ? a : b));
  const n = timeline.changeDates.length;
  const naive = naiveFronts(cells, timeline, naiveSample);
  const ours = frontKm(best.fronts);
  const gaps = naive.km.map(({ date, km }) => Math.abs((ours.get(date) ?? 0) - km) / Math.max(km, 1e-9));
  const stage = (best.topologyMs + best.restMs) / n;
  return {
    timeline: label,
    dates: n,
    shapes: cells.features.length,
    arcs: best.arcs,
    topologyMs: round(best.topologyMs),
    perDateMs: round(best.restMs / n, 3),
    stageMsPerDate: round(stage, 3),
    naiveMsPerDate: round(naive.ms / naive.km.length),
    naiveDates: naive.km.length,
    ratio: round(naive.ms / naive.km.length / stage, 0),
    frontLengthGap: round(gaps.reduce((s, g) => s + g, 0) / gaps.length, 4),
  };
}

function timeStage(cells: CellCollection, timeline: Timeline) {
  let t = performance.now();
  const topology = buildTopology(cells);
  const topologyMs = performance.now() - t;
  t = performance.now();
  const fronts = frontLines(topology, timeline);
  const shares = shareTable(cells, timeline);
  const restMs = performance.now() - t;
  if (Object.keys(shares.dates).length !== timeline.changeDates.length) throw new Error('bench: shares lost a date');
  return { topologyMs, restMs, fronts, arcs: topology.arcs.length };
}

/** The naive way, on `sample` dates spread evenly over the timeline: ms spent and front km per date. */
function naiveFronts(cells: CellCollection, timeline: Timeline, sample: number) {
  const all = [...controlsByDate(timeline, cells.features.map((f) => f.id))];
  const step = Math.max(1, Math.floor(all.length / sample));
  const picked = all.filter((_, i) => i % step === 0).slice(0, sample);
  const km: { date: string; km: number }[] = [];
  const t = performance.now();
  for (const { date, controls } of picked) {
    const areas = controlAreas(cells, controls);
    let total = 0;
    for (const pair of FRONT_PAIRS) {
      const [x, y] = pair.split('|') as [Control, Control];
      const [ax, ay] = [areas[x], areas[y]];
      if (!ax || !ay) continue;
      total += length(lineOverlap(ax, ay), { units: 'kilometers' });
    }
    km.push({ date, km: total });
  }
  return { ms: performance.now() - t, km };
}

function frontKm(fronts: FrontLineCollection): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of fronts.features) out.set(f.properties.from, (out.get(f.properties.from) ?? 0) + length(f, { units: 'kilometers' }));
  return out;
}

function baseline(gazetteer: Gazetteer): Record<string, Control> {
  const file = join(root, 'geo/editorial/baseline-2016-09-15.csv');
  const parsed = parseBaseline(readFileSync(file, 'utf8'), file, gazetteer);
  return Object.fromEntries([...parsed.entries].map(([id, e]) => [id, e.controller]));
}

/** `count` ISO dates from `first`, `every` days apart. */
function dates(first: string, count: number, every: number): string[] {
  return Array.from({ length: count }, (_, i) => new Date(Date.parse(`${first}T00:00:00Z`) + i * every * 86_400_000).toISOString().slice(0, 10));
}

/**
 * From the baseline on 2016-09-15, per date: the neighbourhoods contested the date before
 * fall to the regime, and up to `perDate` rebel neighbourhoods bordering the regime become
 * contested (those with most regime neighbours first). With `counter`, every seventh date
 * the rebels take one contested neighbourhood back.
 */
function advance(cells: CellCollection, start: Record<string, Control>, when: string[], perDate: number, counter: boolean): Timeline {
  const ids = cells.features.map((f) => f.id);
  const nb = neighbours(buildTopology(cells));
  const now = ids.map((id) => start[id] ?? 'unknown');
  const changes: Record<string, Record<string, Control>> = { '2016-09-15': Object.fromEntries(ids.map((id, i) => [id, now[i]!])) };
  when.forEach((date, d) => {
    const change: Record<string, Control> = {};
    const contested = now.flatMap((c, i) => (c === 'contested' ? [i] : []));
    contested.forEach((i, k) => (change[ids[i]!] = counter && d % 7 === 6 && k === 0 ? 'rebel' : 'regime'));
    const regimeNeighbours = (i: number) => [...nb[i]!].filter((j) => now[j] === 'regime').length;
    const front = now.flatMap((c, i) => (c === 'rebel' && regimeNeighbours(i) > 0 && !(ids[i]! in change) ? [i] : []));
    front.sort((i, j) => regimeNeighbours(j) - regimeNeighbours(i) || i - j);
    for (const i of front.slice(0, perDate)) change[ids[i]!] = 'contested';
    for (const [id, c] of Object.entries(change)) now[ids.indexOf(id)] = c;
    changes[date] = change;
  });
  return timelineOf(changes);
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
