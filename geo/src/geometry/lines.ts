/**
 * Polylines on the 5-decimal grid: exact keys for positions, and joining lines end to end.
 *
 * Written by hand: turf has no line merge (@turf/line-merge was never ported to v7, and
 * @turf/combine only groups lines into a MultiLineString without joining them).
 */
import type { LonLat } from './projection';

/** A position's grid cell as one integer: 5-decimal lon and lat, offset to stay positive. */
export function gridKey(p: LonLat): number {
  return (Math.round(p[0] * 1e5) + 18_000_001) * 20_000_000 + (Math.round(p[1] * 1e5) + 9_000_001);
}

/** Drop consecutive repeated positions (same grid cell). */
export function dedupe(line: LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (const p of line) if (out.length === 0 || gridKey(out[out.length - 1]!) !== gridKey(p)) out.push(p);
  return out;
}

/**
 * Join lines whose ends meet (same grid cell) into the longest chains possible: a chain
 * runs through a point where exactly two line ends meet and stops where one, three or
 * more do. A chain that comes back to its start is closed (first position repeated).
 * Linear in the number of positions; the output's order follows the input's.
 */
export function mergeLines(lines: readonly LonLat[][]): LonLat[][] {
  const usable = lines.filter((l) => l.length >= 2);
  const ends = new Map<number, number[]>();
  const startKey = usable.map((l) => gridKey(l[0]!));
  const endKey = usable.map((l) => gridKey(l[l.length - 1]!));
  const at = (k: number, i: number) => {
    const list = ends.get(k);
    if (list) list.push(i);
    else ends.set(k, [i]);
  };
  usable.forEach((_, i) => {
    at(startKey[i]!, i);
    at(endKey[i]!, i);
  });
  const used = new Uint8Array(usable.length);
  const out: LonLat[][] = [];

  /** From node `k`, follow line `i` and on through every node where only two ends meet. */
  const walk = (k: number, i: number): LonLat[] => {
    const chain: LonLat[] = [];
    let node = k;
    let line: number | undefined = i;
    while (line !== undefined) {
      used[line] = 1;
      const l = usable[line]!;
      const forward = startKey[line] === node;
      const pts = forward ? l : l.slice().reverse();
      for (let j = chain.length === 0 ? 0 : 1; j < pts.length; j++) chain.push(pts[j]!);
      node = forward ? endKey[line]! : startKey[line]!;
      const here = ends.get(node)!;
      line = here.length === 2 ? here.find((j) => !used[j]) : undefined;
    }
    return chain;
  };

  // Open chains start at nodes where one, three or more ends meet...
  usable.forEach((_, i) => {
    for (const k of [startKey[i]!, endKey[i]!]) {
      if (ends.get(k)!.length === 2) continue;
      for (const j of ends.get(k)!) if (!used[j]) out.push(walk(k, j));
    }
  });
  // ...what is left is rings.
  usable.forEach((_, i) => {
    if (!used[i]) out.push(walk(startKey[i]!, i));
  });
  return out;
}
