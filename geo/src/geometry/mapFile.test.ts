import { describe, expect, it } from 'vitest';
import { decodeRing } from '../contract/mapFile';
import { encodeRing } from './mapFile';

describe('map.json rings', () => {
  it('give back the same 5-decimal positions, west or east, north or south, near or far apart', () => {
    const ring = [
      [37.16813, 36.19982],
      [37.16821, 36.20026],
      [-0.00001, -89.99999],
      [179.99999, 0],
      [37.16813, 36.19982],
    ];
    const text = encodeRing(ring);
    expect(text).toMatch(/^[?-~]+$/);
    expect(decodeRing(text)).toEqual(ring);
    // Small steps cost few characters: that is the point of writing steps.
    expect(encodeRing([[37.1, 36.1], [37.10001, 36.09999]]).length - encodeRing([[37.1, 36.1]]).length).toBe(2);
    expect(decodeRing('')).toEqual([]);
  });
});
