import { describe, expect, it } from 'vitest';
import { frontLines, frontPair } from './fronts';
import type { LonLat } from './projection';
import { squareGrid, timelineOf } from './testing';
import { buildTopology } from './topology';

/** Lines as direction-free strings, sorted: the test cares where a front runs, not which way. */
function canonical(lines: LonLat[][]): string[] {
  return lines
    .map((l) => {
      const s = l.map((p) => p.join(' '));
      return (s[0]! <= s[s.length - 1]! ? s : s.reverse()).join(', ');
    })
    .sort();
}

describe('front lines on a hand-made grid', () => {
  //   2016-09-15          2016-10-01            2016-10-10
  //   regime rebel  rebel   regime contested rebel   regime regime regime
  //   regime regime kurd    regime regime    kurd    regime regime kurd
  const grid = squareGrid(2, 3);
  const timeline = timelineOf({
    '2016-09-15': { r0c0: 'regime', r0c1: 'rebel', r0c2: 'rebel', r1c0: 'regime', r1c1: 'regime', r1c2: 'kurdish' },
    '2016-10-01': { r0c1: 'contested' },
    '2016-10-10': { r0c1: 'regime', r0c2: 'regime' },
  });
  const fronts = frontLines(buildTopology(grid), timeline);
  const on = (date: string) => fronts.features.filter((f) => f.properties.from === date);

  it('draws each pair’s front, joined into one line where it runs on', () => {
    const first = on('2016-09-15');
    expect(first.map((f) => f.properties.pair)).toEqual(['regime|rebel', 'regime|kurdish', 'rebel|kurdish']);
    // Down between r0c0 and r0c1, then east under r0c1: one line, not two.
    expect(canonical(first[0]!.geometry.coordinates)).toEqual(['37.11 36.17, 37.11 36.16, 37.12 36.16']);
    expect(canonical(first[1]!.geometry.coordinates)).toEqual(['37.12 36.15, 37.12 36.16']);
    expect(canonical(first[2]!.geometry.coordinates)).toEqual(['37.12 36.16, 37.13 36.16']);
  });

  it('gives validity dates as days since the start, the last open-ended', () => {
    expect(fronts.features.map((f) => [f.properties.pair, f.properties.from, f.properties.until, f.properties.fromDay, f.properties.untilDay])).toEqual([
      ['regime|rebel', '2016-09-15', '2016-10-01', 0, 16],
      ['regime|kurdish', '2016-09-15', '2016-10-01', 0, 16],
      ['rebel|kurdish', '2016-09-15', '2016-10-01', 0, 16],
      ['regime|kurdish', '2016-10-01', '2016-10-10', 16, 25],
      ['rebel|kurdish', '2016-10-01', '2016-10-10', 16, 25],
      ['regime|kurdish', '2016-10-10', null, 25, null],
    ]);
  });

  it('draws no front along a contested neighbourhood, even between regime and rebels', () => {
    expect(on('2016-10-01').map((f) => f.properties.pair)).not.toContain('regime|rebel');
  });

  it('follows the front as it moves', () => {
    const last = on('2016-10-10');
    expect(canonical(last[0]!.geometry.coordinates)).toEqual(['37.12 36.15, 37.12 36.16, 37.13 36.16']);
  });

  it('ignores what the timeline says about neighbourhoods without a shape, and leaves unlisted shapes unknown', () => {
    const t = timelineOf({ '2016-09-15': { r0c0: 'regime', r0c1: 'rebel', elsewhere: 'kurdish' } });
    const f = frontLines(buildTopology(grid), t);
    expect(f.features.map((x) => x.properties.pair)).toEqual(['regime|rebel']);
    expect(canonical(f.features[0]!.geometry.coordinates)).toEqual(['37.11 36.16, 37.11 36.17']);
  });

  it('draws a closed ring round an enclave', () => {
    const g = squareGrid(3, 3);
    const t = timelineOf({ '2016-09-15': Object.fromEntries(g.features.map((f) => [f.id, f.id === 'r1c1' ? 'kurdish' : 'rebel'])) });
    const [ring] = frontLines(buildTopology(g), t).features;
    expect(ring!.properties.pair).toBe('rebel|kurdish');
    expect(ring!.geometry.coordinates).toHaveLength(1);
    const line = ring!.geometry.coordinates[0]!;
    expect(line).toHaveLength(5);
    expect(line[0]).toEqual(line[4]);
  });
});

describe('frontPair', () => {
  it('names the pair in a fixed order, and nothing for the same side, contested or unknown', () => {
    expect(frontPair('rebel', 'regime')).toBe('regime|rebel');
    expect(frontPair('kurdish', 'regime')).toBe('regime|kurdish');
    expect(frontPair('kurdish', 'rebel')).toBe('rebel|kurdish');
    expect(frontPair('rebel', 'rebel')).toBeNull();
    expect(frontPair('contested', 'regime')).toBeNull();
    expect(frontPair('unknown', 'rebel')).toBeNull();
  });
});
