import { beforeAll, describe, expect, it } from 'vitest';
import { surveyedBoundaries } from '../../../test/support/boundaries';
import { bundledGazetteerSources } from '../../../test/support/corpus';
import { buildGazetteer } from '../gazetteer/build';
import { matchBoundaries } from './boundaries';
import { generateCells } from './cells';
import { toLocal, type LonLat, type XY } from './projection';
import { squareCell, squareGrid } from './testing';
import { buildTopology, neighbours, type Topology } from './topology';
import type { CellCollection, CellFeature } from './types';

const collection = (...features: CellFeature[]): CellCollection => ({ type: 'FeatureCollection', features });

function length(line: LonLat[]): number {
  let s = 0;
  for (let i = 1; i < line.length; i++) s += dist(toLocal(line[i - 1]!), toLocal(line[i]!));
  return s;
}

function dist(p: XY, q: XY): number {
  return Math.hypot(q[0] - p[0], q[1] - p[1]);
}

/** Every ring edge of a shape, in metres. */
function segments(f: CellFeature): [XY, XY][] {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polygons.flatMap((p) => p.flatMap((r) => r.slice(1).map((q, i): [XY, XY] => [toLocal(r[i]!), toLocal(q)])));
}

/** Distance (m) from p to a set of segments: brute force, independent of the code under test. */
function distanceTo(p: XY, segs: [XY, XY][]): number {
  let best = Infinity;
  for (const [a, b] of segs) {
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const l2 = dx * dx + dy * dy;
    const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2)) : 0;
    best = Math.min(best, Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]));
  }
  return best;
}

/** Length (m) of shape i’s boundary, sampled every 10 m, that runs within `within` m of shape j's. */
function runsAlong(si: [XY, XY][], sj: [XY, XY][], within: number): number {
  let total = 0;
  for (const [a, b] of si) {
    const len = dist(a, b);
    const n = Math.max(1, Math.ceil(len / 10));
    for (let k = 0; k < n; k++) {
      const t = (k + 0.5) / n;
      if (distanceTo([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], sj) <= within) total += len / n;
    }
  }
  return total;
}

const perimeter = (f: CellFeature) => segments(f).reduce((s, [a, b]) => s + dist(a, b), 0);
const arcsOf = (t: Topology, i: number) => t.arcs.filter((a) => a.a === i || a.b === i);

describe('topology of hand-made squares', () => {
  it('pairs squares that share edges exactly, and keeps the rest as outer edge', () => {
    const t = buildTopology(squareGrid(3, 3));
    const shared = t.arcs.filter((a) => a.b >= 0);
    // 6 vertical and 6 horizontal inner edges; each border square's outer edges in one arc.
    expect(shared).toHaveLength(12);
    expect(shared.every((a) => !a.near && a.line.length === 2)).toBe(true);
    expect(t.arcs.filter((a) => a.b < 0)).toHaveLength(8);
    const centre = t.ids.indexOf('r1c1');
    expect([...neighbours(t)[centre]!].map((i) => t.ids[i]).sort()).toEqual(['r0c1', 'r1c0', 'r1c2', 'r2c1']);
    expect(arcsOf(t, centre).every((a) => a.b >= 0)).toBe(true);
  });

  it('pairs a shape with the one filling its hole along a closed ring', () => {
    const outer = squareCell('outer', [37.1, 36.15], 0.03);
    const hole: LonLat[] = [[37.11, 36.16], [37.11, 36.17], [37.12, 36.17], [37.12, 36.16], [37.11, 36.16]];
    const ring = { ...outer, geometry: { type: 'Polygon' as const, coordinates: [outer.geometry.coordinates[0] as LonLat[], hole] } };
    const t = buildTopology(collection(ring, squareCell('inner', [37.11, 36.16], 0.01)));
    const shared = t.arcs.filter((a) => a.b >= 0);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.line).toHaveLength(5);
    expect(shared[0]!.line[0]).toEqual(shared[0]!.line[4]);
    expect(t.arcs.filter((a) => a.b < 0).map((a) => t.ids[a.a])).toEqual(['outer']);
  });

  it('pairs squares across a 9 m street along its middle, but not across 90 m', () => {
    // 0.0001° of longitude is 9 m at Aleppo's latitude.
    const t = buildTopology(collection(squareCell('a', [37.1, 36.15], 0.005), squareCell('b', [37.1051, 36.15], 0.005), squareCell('far', [37.1111, 36.15], 0.005)));
    expect(neighbours(t).map((s) => [...s])).toEqual([[1], [0], []]);
    const [street] = t.arcs.filter((a) => a.b >= 0);
    expect(street!.near).toBe(true);
    for (const [lon] of street!.line) expect(lon).toBeCloseTo(37.10505, 5);
    expect(length(street!.line)).toBeGreaterThan(0.9 * 555);
  });

  it('does not pair squares that only face each other diagonally across a crossroads', () => {
    const t = buildTopology(collection(squareCell('sw', [37.1, 36.15], 0.005), squareCell('ne', [37.1051, 36.1551], 0.005)));
    expect(t.arcs.filter((a) => a.b >= 0)).toEqual([]);
  });
});

describe('topology of the generated cells', () => {
  const gazetteer = buildGazetteer(bundledGazetteerSources());
  const cells = generateCells(gazetteer);
  const t = buildTopology(cells);
  const segs = cells.features.map(segments);

  it('lays every exactly shared arc on both cells’ boundaries', () => {
    const shared = t.arcs.filter((a) => a.b >= 0 && !a.near);
    expect(shared.length).toBeGreaterThan(250);
    for (const arc of shared) {
      for (const p of arc.line) {
        expect(distanceTo(toLocal(p), segs[arc.a]!), t.ids[arc.a]).toBeLessThan(0.01);
        expect(distanceTo(toLocal(p), segs[arc.b]!), t.ids[arc.b]).toBeLessThan(0.01);
      }
    }
  });

  it('accounts for every cell’s whole boundary, shared or outer, once', () => {
    const nearly = new Set(t.arcs.filter((a) => a.near).flatMap((a) => [a.a, a.b]));
    let checked = 0;
    cells.features.forEach((f, i) => {
      if (nearly.has(i)) return;
      const arcs = arcsOf(t, i).reduce((s, a) => s + length(a.line), 0);
      expect(arcs / perimeter(f), f.id).toBeCloseTo(1, 6);
      checked++;
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('leaves a cell without neighbours only when no other cell comes within reach', () => {
    const alone = neighbours(t).flatMap((s, i) => (s.size === 0 ? [i] : []));
    expect(alone.length).toBeLessThanOrEqual(3);
    for (const i of alone) {
      for (let j = 0; j < segs.length; j++) {
        if (j !== i) expect(Math.min(...segs[i]!.map(([p]) => distanceTo(p, segs[j]!))), `${t.ids[i]} / ${t.ids[j]}`).toBeGreaterThan(t.tolerance_m);
      }
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildTopology(cells))).toBe(JSON.stringify(t));
  });
});

describe('topology of the surveyed polygons (digitised one by one: no shared vertex)', () => {
  const gazetteer = buildGazetteer(bundledGazetteerSources());
  let shapes: CellCollection;
  let t: Topology;
  let segs: [XY, XY][][];
  beforeAll(() => {
    const surveyed = surveyedBoundaries();
    shapes = collection(...matchBoundaries(surveyed.text, gazetteer, surveyed.path).features);
    t = buildTopology(shapes);
    segs = shapes.features.map(segments);
  });

  it('finds the neighbours a brute-force distance check finds, and no others', { timeout: 30_000 }, () => {
    const nb = neighbours(t);
    const missed: string[] = [];
    const spurious: string[] = [];
    const boxes = segs.map((list) => {
      const xs = list.map(([p]) => p[0]);
      const ys = list.map(([p]) => p[1]);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
    });
    const reach = t.tolerance_m;
    for (let i = 0; i < segs.length; i++) {
      for (let j = i + 1; j < segs.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a[0] > b[2] + reach || b[0] > a[2] + reach || a[1] > b[3] + reach || b[1] > a[3] + reach) {
          if (nb[i]!.has(j)) spurious.push(`${t.ids[i]} / ${t.ids[j]}`);
          continue;
        }
        const close = Math.max(runsAlong(segs[i]!, segs[j]!, 15), runsAlong(segs[j]!, segs[i]!, 15));
        if (close >= 100 && !nb[i]!.has(j)) missed.push(`${t.ids[i]} / ${t.ids[j]}: ${close.toFixed(0)} m within 15 m`);
        if (nb[i]!.has(j) && Math.max(runsAlong(segs[i]!, segs[j]!, t.tolerance_m), runsAlong(segs[j]!, segs[i]!, t.tolerance_m)) === 0) spurious.push(`${t.ids[i]} / ${t.ids[j]}`);
      }
    }
    expect(missed).toEqual([]);
    expect(spurious).toEqual([]);
    expect(nb.filter((s) => s.size > 0).length).toBeGreaterThanOrEqual(120);
  });

  it('runs each near arc between its two shapes, about halfway', () => {
    const near = t.arcs.filter((a) => a.b >= 0);
    expect(near.length).toBeGreaterThan(250);
    expect(near.every((a) => a.near)).toBe(true);
    const offMiddle: number[] = [];
    for (const arc of near) {
      for (const p of arc.line.slice(1, -1)) {
        const [da, db] = [distanceTo(toLocal(p), segs[arc.a]!), distanceTo(toLocal(p), segs[arc.b]!)];
        expect(da + db, `${t.ids[arc.a]} / ${t.ids[arc.b]}`).toBeLessThan(2 * t.tolerance_m);
        offMiddle.push(Math.abs(da - db));
      }
    }
    offMiddle.sort((x, y) => x - y);
    expect(offMiddle[Math.floor(offMiddle.length * 0.9)]).toBeLessThan(5);
  });

  it('agrees with the generated cells on most neighbours', () => {
    const cells = generateCells(gazetteer);
    const c = neighbours(buildTopology(cells));
    const index = new Map(cells.features.map((f, i) => [f.id, i]));
    let pairs = 0;
    let agree = 0;
    neighbours(t).forEach((set, i) =>
      set.forEach((j) => {
        if (j < i) return;
        pairs++;
        if (c[index.get(t.ids[i]!)!]!.has(index.get(t.ids[j]!)!)) agree++;
      }),
    );
    expect(pairs).toBeGreaterThan(250);
    expect(agree / pairs).toBeGreaterThan(0.8);
  });
});
