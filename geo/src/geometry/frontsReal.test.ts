/**
 * Front lines over the generated cells of the real gazetteer, with a hand-made timeline:
 * checked against the cells themselves by probing either side of every front segment.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { beforeAll, describe, expect, it } from 'vitest';
import { surveyedBoundaries } from '../../../test/support/boundaries';
import { bundledGazetteerSources } from '../../../test/support/corpus';
import { placeFinder } from '../pipeline';
import type { Control } from '../timeline/types';
import { locatedNeighbourhoods } from './cells';
import { matchBoundaries } from './boundaries';
import { controlsByDate } from './controls';
import { frontLines, frontPair } from './fronts';
import { generateCells } from './cells';
import { toLocal, toLonLat, type LonLat, type XY } from './projection';
import { timelineOf } from './testing';
import { buildTopology } from './topology';
import type { CellCollection, CellFeature } from './types';

const { gazetteer } = placeFinder(bundledGazetteerSources());
const cells = generateCells(gazetteer);
const topology = buildTopology(cells);

// West of 37.16° the regime, east of it the rebels, Sheikh Maqsoud the Kurds, two contested;
// then the regime takes the rebel north-east (north of 36.215°), as in late November 2016.
const located = locatedNeighbourhoods(gazetteer);
const first: Record<string, Control> = {};
for (const n of located) first[n.id] = n.centre[0] < 37.16 ? 'regime' : 'rebel';
first['ash-sheikh-maqsoud'] = 'kurdish';
first['salah-ad-deen'] = 'contested';
first['al-amiriyeh'] = 'contested';
const second: Record<string, Control> = {};
for (const n of located) if (first[n.id] === 'rebel' && n.centre[1] > 36.215) second[n.id] = 'regime';
const timeline = timelineOf({ '2016-09-15': first, '2016-11-28': second, '2016-12-01': { 'salah-ad-deen': 'regime' } });
const fronts = frontLines(topology, timeline);

/** Which cell holds p, if any. */
function cellAt(p: XY): number {
  const lonLat = toLonLat(p);
  return cells.features.findIndex((f) => booleanPointInPolygon(lonLat, f.geometry));
}

/** The cells either side of segment a–b, probed 30 cm out (-1: none). */
function sides(a: LonLat, b: LonLat): [number, number] {
  const [p, q] = [toLocal(a), toLocal(b)];
  const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
  const n: XY = [(-(q[1] - p[1]) / len) * 0.3, ((q[0] - p[0]) / len) * 0.3];
  const m: XY = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  return [cellAt([m[0] + n[0], m[1] + n[1]]), cellAt([m[0] - n[0], m[1] - n[1]])];
}

/** Where a line crosses a gap between cells (a near arc): the cells within reach of its middle. */
function within(a: LonLat, b: LonLat): number[] {
  const m = toLocal([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
  return cells.features.flatMap((f, i) => (distanceTo(m, f) <= topology.tolerance_m ? [i] : []));
}

function distanceTo(p: XY, f: CellFeature): number {
  const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  let best = Infinity;
  for (const ring of rings) {
    for (let k = 1; k < ring.length; k++) {
      const [u, v] = [toLocal(ring[k - 1]!), toLocal(ring[k]!)];
      const [dx, dy] = [v[0] - u[0], v[1] - u[1]];
      const t = Math.max(0, Math.min(1, ((p[0] - u[0]) * dx + (p[1] - u[1]) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(u[0] + t * dx - p[0], u[1] + t * dy - p[1]));
    }
  }
  return best;
}

const metres = (a: LonLat, b: LonLat) => Math.hypot(toLocal(b)[0] - toLocal(a)[0], toLocal(b)[1] - toLocal(a)[1]);

describe('front lines over the real gazetteer’s cells', () => {
  const byDate = new Map([...controlsByDate(timeline, topology.ids)].map((d) => [d.date, d.controls]));

  it('has fronts on each date, every one of a pair that exists that day', () => {
    expect(new Set(fronts.features.map((f) => f.properties.from))).toEqual(new Set(timeline.changeDates));
    expect(fronts.features.filter((f) => f.properties.from === '2016-09-15').map((f) => f.properties.pair)).toEqual(['regime|rebel', 'regime|kurdish', 'rebel|kurdish']);
  });

  it('lays every front segment on a boundary between two cells held by the pair’s two sides that day', () => {
    let segments = 0;
    let across = 0;
    for (const f of fronts.features) {
      const controls = byDate.get(f.properties.from)!;
      for (const line of f.geometry.coordinates) {
        for (let k = 1; k < line.length; k++) {
          const [i, j] = sides(line[k - 1]!, line[k]!);
          const where = `${f.properties.pair} ${f.properties.from} at ${line[k]!.join(',')}`;
          if (i >= 0 && j >= 0) {
            expect(frontPair(controls[i]!, controls[j]!), where).toBe(f.properties.pair);
            segments++;
          } else {
            // Drawn across a gap: two cells within reach must be held by the pair's sides.
            const close = within(line[k - 1]!, line[k]!);
            expect(close.some((x) => close.some((y) => frontPair(controls[x]!, controls[y]!) === f.properties.pair)), where).toBe(true);
            across++;
          }
        }
      }
    }
    expect(segments).toBeGreaterThan(100);
    expect(across).toBeLessThan(segments / 10);
  });

  it('misses no stretch of boundary between two sides', () => {
    // Independently: walk every cell's boundary, look 30 cm outward, and add up where the
    // cell across is held by another side (each boundary is walked from both sides).
    for (const date of timeline.changeDates) {
      const controls = byDate.get(date)!;
      const expected = new Map<string, number>();
      cells.features.forEach((f, i) => {
        const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
        for (const ring of rings) {
          for (let k = 1; k < ring.length; k++) {
            const [x, y] = sides(ring[k - 1]!, ring[k]!);
            const other = x === i ? y : y === i ? x : -1;
            const pair = other >= 0 ? frontPair(controls[i]!, controls[other]!) : null;
            if (pair) expected.set(pair, (expected.get(pair) ?? 0) + metres(ring[k - 1]!, ring[k]!) / 2);
          }
        }
      });
      for (const f of fronts.features.filter((x) => x.properties.from === date)) {
        const drawn = f.geometry.coordinates.reduce((s, line) => s + line.slice(1).reduce((t, p, k) => t + metres(line[k]!, p), 0), 0);
        const want = expected.get(f.properties.pair) ?? 0;
        // Lines drawn across the few gaps between cells (near arcs) are not walked above.
        expect(drawn / want, `${f.properties.pair} ${date}`).toBeGreaterThan(0.99);
        expect(drawn / want, `${f.properties.pair} ${date}`).toBeLessThan(1.1);
        expected.delete(f.properties.pair);
      }
      expect([...expected.entries()].filter(([, m]) => m > 1), date).toEqual([]);
    }
  });

  it('rounds every position to 5 decimals', () => {
    for (const f of fronts.features) {
      for (const [lon, lat] of f.geometry.coordinates.flat()) {
        expect(Math.round(lon * 1e5) / 1e5).toBe(lon);
        expect(Math.round(lat * 1e5) / 1e5).toBe(lat);
      }
    }
  });
});

describe('front lines over the surveyed polygons (shapes apart across streets)', () => {
  let shapes: CellCollection;
  beforeAll(() => {
    const surveyed = surveyedBoundaries();
    shapes = { type: 'FeatureCollection', features: matchBoundaries(surveyed.text, gazetteer, surveyed.path).features };
  });

  it('runs every front segment between two shapes within reach, held by the pair’s sides', () => {
    const t = buildTopology(shapes);
    const f = frontLines(t, timeline);
    const byDate = new Map([...controlsByDate(timeline, t.ids)].map((d) => [d.date, d.controls]));
    // Each shape's box in metres, to skip the far ones before measuring distances.
    const boxes = shapes.features.map((s) => {
      const pts = (s.geometry.type === 'Polygon' ? s.geometry.coordinates.flat() : s.geometry.coordinates.flat(2)).map(toLocal);
      return [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))] as const;
    });
    const reach = (m: XY, i: number) => {
      const b = boxes[i]!;
      return m[0] >= b[0] - t.tolerance_m && m[0] <= b[2] + t.tolerance_m && m[1] >= b[1] - t.tolerance_m && m[1] <= b[3] + t.tolerance_m;
    };
    let segments = 0;
    for (const feature of f.features) {
      const controls = byDate.get(feature.properties.from)!;
      for (const line of feature.geometry.coordinates) {
        for (let k = 1; k < line.length; k++) {
          const m = toLocal([(line[k - 1]![0] + line[k]![0]) / 2, (line[k - 1]![1] + line[k]![1]) / 2]);
          const close = shapes.features.flatMap((s, i) => (reach(m, i) && distanceTo(m, s) <= t.tolerance_m ? [i] : []));
          const ok = close.some((x) => close.some((y) => frontPair(controls[x]!, controls[y]!) === feature.properties.pair));
          expect(ok, `${feature.properties.pair} ${feature.properties.from} at ${line[k]!.join(',')}`).toBe(true);
          segments++;
        }
      }
    }
    expect(segments).toBeGreaterThan(100);
  });

  it('draws about as much front as over the generated cells', () => {
    const km = (c: ReturnType<typeof frontLines>, date: string) =>
      c.features.filter((x) => x.properties.from === date).reduce((s, x) => s + x.geometry.coordinates.reduce((t, l) => t + l.slice(1).reduce((u, p, k) => u + metres(l[k]!, p), 0), 0), 0) / 1000;
    const surveyed = frontLines(buildTopology(shapes), timeline);
    for (const date of timeline.changeDates) {
      const ratio = km(surveyed, date) / km(fronts, date);
      expect(ratio, date).toBeGreaterThan(0.6);
      expect(ratio, date).toBeLessThan(1.6);
    }
  });
});
