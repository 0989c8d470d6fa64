/**
 * How close the generated cells come to the surveyed shapes: per neighbourhood the
 * intersection over union of its cell and its surveyed shape (geodesic areas), and whether
 * its centre from the facts lies inside its own cell.
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Gazetteer } from '../gazetteer/types';
import type { CellCollection, CellFeature } from './types';

export interface IouRow {
  id: string;
  iou: number;
  /** The facts' centre lies inside the generated cell. */
  centreInside: boolean;
  cellKm2: number;
  surveyedKm2: number;
}

export interface IouReport {
  /** Sorted by IoU, worst first. */
  rows: IouRow[];
  mean: number;
  min: number;
  centresInside: number;
  /** Located neighbourhoods with a generated cell (the denominator of centresInside). */
  cells: number;
  /** Cells without a surveyed shape to compare with. */
  unsurveyed: string[];
}

export function geometryIou(cells: CellCollection, surveyed: readonly CellFeature[], gazetteer: Gazetteer): IouReport {
  const shapes = new Map(surveyed.map((f) => [f.id, f]));
  const centres = new Map(gazetteer.neighbourhoods.map((n) => [n.id, n.centre]));
  const rows: IouRow[] = [];
  const unsurveyed: string[] = [];
  let centresInside = 0;
  for (const cell of cells.features) {
    const centre = centres.get(cell.id);
    const inside = !!centre && booleanPointInPolygon(centre, cell.geometry);
    if (inside) centresInside++;
    const shape = shapes.get(cell.id);
    if (!shape) {
      unsurveyed.push(cell.id);
      continue;
    }
    const cellArea = area(cell.geometry);
    const shapeArea = area(shape.geometry);
    const common = intersect(featureCollection([feature(cell.geometry), feature(shape.geometry)]));
    const inter = common ? area(common) : 0;
    rows.push({ id: cell.id, iou: inter / (cellArea + shapeArea - inter), centreInside: inside, cellKm2: cellArea / 1e6, surveyedKm2: shapeArea / 1e6 });
  }
  rows.sort((a, b) => a.iou - b.iou || (a.id < b.id ? -1 : 1));
  const mean = rows.length ? rows.reduce((s, r) => s + r.iou, 0) / rows.length : 0;
  return { rows, mean, min: rows[0]?.iou ?? 0, centresInside, cells: cells.features.length, unsurveyed };
}

/** The report as text: one line per neighbourhood, worst first, then the summary line. */
export function formatIou(report: IouReport): string {
  const lines = ['  IoU  centre  cell km²  surveyed km²  neighbourhood'];
  for (const r of report.rows) {
    lines.push(
      `${r.iou.toFixed(3).padStart(5)}  ${(r.centreInside ? 'in' : 'OUT').padEnd(6)}  ${r.cellKm2.toFixed(3).padStart(8)}  ${r.surveyedKm2.toFixed(3).padStart(12)}  ${r.id}`,
    );
  }
  if (report.unsurveyed.length) lines.push(`no surveyed shape: ${report.unsurveyed.join(', ')}`);
  lines.push(`min IoU: ${report.min.toFixed(3)} (${report.rows[0]?.id ?? 'none'}), compared: ${report.rows.length}`);
  lines.push(`mean IoU: ${report.mean.toFixed(3)}, centres inside own cell: ${report.centresInside}/${report.cells}`);
  return lines.join('\n');
}
