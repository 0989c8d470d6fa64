import { describe, expect, it } from 'vitest';
import { dedupe, mergeLines } from './lines';
import type { LonLat } from './projection';

const p = (x: number, y: number): LonLat => [37 + x / 1000, 36 + y / 1000];

describe('mergeLines', () => {
  it('joins lines end to end whichever way they run', () => {
    expect(mergeLines([[p(1, 0), p(2, 0)], [p(0, 0), p(1, 0)], [p(3, 0), p(2, 0)]])).toEqual([[p(0, 0), p(1, 0), p(2, 0), p(3, 0)]]);
  });

  it('stops where three lines meet', () => {
    const merged = mergeLines([[p(0, 0), p(1, 0)], [p(1, 0), p(2, 0)], [p(1, 0), p(1, 1)]]);
    expect(merged).toHaveLength(3);
  });

  it('closes a ring, and keeps apart lines that do not meet', () => {
    const merged = mergeLines([[p(0, 0), p(1, 0)], [p(1, 0), p(1, 1)], [p(1, 1), p(0, 0)], [p(5, 5), p(6, 6)]]);
    expect(merged).toHaveLength(2);
    const ring = merged.find((l) => l.length === 4)!;
    expect(ring[0]).toEqual(ring[3]);
    expect(merged).toContainEqual([p(5, 5), p(6, 6)]);
  });

  it('treats positions equal to 5 decimals as one point', () => {
    expect(mergeLines([[p(0, 0), [37.001000001, 36]], [p(1, 0), p(2, 0)]])).toHaveLength(1);
  });
});

describe('dedupe', () => {
  it('drops repeated positions', () => {
    expect(dedupe([p(0, 0), p(0, 0), p(1, 0), p(1, 0), p(0, 0)])).toEqual([p(0, 0), p(1, 0), p(0, 0)]);
  });
});
