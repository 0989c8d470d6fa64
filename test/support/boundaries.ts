/**
 * The surveyed neighbourhood polygons (Conflict Urbanism: Aleppo, MIT, bundled in
 * geo/gazetteer/ with their licence), for tests. ALEPPO_BOUNDARIES names another file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './corpus';

export function surveyedBoundariesPath(): string {
  const path = process.env.ALEPPO_BOUNDARIES ?? join(root, 'geo', 'gazetteer', 'aleppo-neighbourhoods.geojson');
  if (!existsSync(path)) throw new Error(`surveyed boundaries not found at ${path}`);
  return path;
}

export function surveyedBoundaries(): { path: string; text: string } {
  const path = surveyedBoundariesPath();
  return { path, text: readFileSync(path, 'utf8') };
}
