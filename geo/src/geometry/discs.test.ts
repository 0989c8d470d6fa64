import { describe, expect, it } from 'vitest';
import { discCells, fitRadii } from './discs';
import { boundaryRings, outlineOf } from './outline';
import { signedArea } from './planar';
import type { XY } from './projection';

const area = (rings: XY[][]) => rings.reduce((s, r) => s + signedArea(r), 0);

describe('the disc decomposition', () => {
  it('fits radii so each piece has its target area', () => {
    const sites: XY[] = [[0, 0], [900, 0], [400, 700]];
    const targets = [1e6, 4e5, 6e5];
    const fit = fitRadii(sites, targets);
    expect(fit.error).toBeLessThanOrEqual(0.001);
    const cells = discCells(sites, fit.radii);
    cells.forEach((c, i) => expect(signedArea(c.ring) / targets[i]!).toBeCloseTo(1, 2));
  });

  it('traces the outline of overlapping discs, and the hole a ring of discs leaves', () => {
    // Six discs on a circle, each overlapping its two neighbours only: an outer ring and a hole.
    const sites: XY[] = Array.from({ length: 6 }, (_, k): XY => [1000 * Math.cos((k * Math.PI) / 3), 1000 * Math.sin((k * Math.PI) / 3)]);
    const cells = discCells(sites, sites.map(() => 600));
    const rings = boundaryRings(cells);
    expect(rings).toHaveLength(2);
    const { outline, gaps } = outlineOf(rings);
    expect(outline).toHaveLength(1);
    expect(gaps).toHaveLength(1);
    // The outline's area is the cells' plus the hole's.
    expect(area(outline) - area(cells.map((c) => c.ring)) - area(gaps.map((g) => g[0]!))).toBeCloseTo(0, 3);
  });

  it('closes the outline where two discs barely overlap and share a chord', () => {
    // Overlapping by 0.1 m, half-way between two vertices of each regular polygon: the two
    // crossing points are neighbouring vertices of both polygons, whose chords coincide.
    const t = Math.PI / 64;
    const sites: XY[] = [[0, 0], [1023.05 * Math.cos(t), 1023.05 * Math.sin(t)]];
    const cells = discCells(sites, [589.26, 434.02 - 0.115]);
    const rings = boundaryRings(cells);
    expect(rings).toHaveLength(1);
    expect(area(rings)).toBeCloseTo(area(cells.map((c) => c.ring)), 3);
  });

  it('keeps apart discs that do not meet', () => {
    const cells = discCells([[0, 0], [5000, 0]], [500, 500]);
    expect(boundaryRings(cells)).toHaveLength(2);
  });
});
