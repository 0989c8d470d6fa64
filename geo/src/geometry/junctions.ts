/**
 * T-junctions after rounding: where one cell's edge runs along another's, a vertex of one
 * that the other lacks ends up, once both are rounded to 5 decimals, up to a metre off the
 * other's edge, and the two overlap (or part) in a sliver as long as the edge. Inserting
 * each such vertex into the edge it lies on makes shared edges identical again.
 */
import type { LonLat } from './projection';
import type { PolygonGeometry } from './types';

/** A vertex this close (degrees, about 1.5 m) to another cell's edge is put on it. */
const SNAP = 1.5e-5;
const CELL = 1e-4;

export function snapJunctions(geometries: PolygonGeometry[]): PolygonGeometry[] {
  const grid = new Map<number, { p: LonLat; owner: number }[]>();
  // Grid cells keyed by one number: 10⁻⁴° cells over ±180° fit in 3.6e6 columns.
  const key = (gx: number, gy: number) => gx * 4e6 + gy;
  const rings = geometries.map(ringsOf);
  rings.forEach((list, owner) => {
    const seen = new Set<string>();
    for (const ring of list) {
      for (const p of ring) {
        const id = `${p[0]},${p[1]}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const k = key(Math.floor(p[0] / CELL), Math.floor(p[1] / CELL));
        const list = grid.get(k);
        if (list) list.push({ p, owner });
        else grid.set(k, [{ p, owner }]);
      }
    }
  });
  return geometries.map((g, owner) => {
    const snapRing = (ring: LonLat[]): LonLat[] => {
      const out: LonLat[] = [];
      for (let k = 0; k + 1 < ring.length; k++) {
        const a = ring[k]!;
        const b = ring[k + 1]!;
        out.push(a);
        const found: { t: number; p: LonLat }[] = [];
        const [x0, x1] = [Math.min(a[0], b[0]) - SNAP, Math.max(a[0], b[0]) + SNAP];
        const [y0, y1] = [Math.min(a[1], b[1]) - SNAP, Math.max(a[1], b[1]) + SNAP];
        for (let gx = Math.floor(x0 / CELL); gx <= Math.floor(x1 / CELL); gx++) {
          for (let gy = Math.floor(y0 / CELL); gy <= Math.floor(y1 / CELL); gy++) {
            for (const { p, owner: other } of grid.get(key(gx, gy)) ?? []) {
              if (other === owner) continue;
              const t = onSegment(p, a, b);
              if (t !== null && !found.some((f) => f.p[0] === p[0] && f.p[1] === p[1])) found.push({ t, p });
            }
          }
        }
        found.sort((u, v) => u.t - v.t);
        for (const f of found) out.push(f.p);
      }
      out.push(ring[ring.length - 1]!);
      return out;
    };
    return g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map(snapRing) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(snapRing)) };
  });
}

/** Where p projects on segment a–b (0..1, ends excluded), if it lies within SNAP of it. */
function onSegment(p: LonLat, a: LonLat, b: LonLat): number | null {
  if ((p[0] === a[0] && p[1] === a[1]) || (p[0] === b[0] && p[1] === b[1])) return null;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return null;
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  if (t <= 0 || t >= 1) return null;
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey <= SNAP * SNAP ? t : null;
}

function ringsOf(g: PolygonGeometry): LonLat[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}
