/**
 * The surveyed neighbourhood polygons, for tests only: third-party data that is read where
 * it lies (never copied into the repository). CI has ../shared beside the repository;
 * elsewhere set ALEPPO_BOUNDARIES to the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './corpus';

export function surveyedBoundariesPath(): string {
  const path = process.env.ALEPPO_BOUNDARIES ?? join(root, '..', 'shared', 'reference', 'aleppo-neighbourhoods.geojson');
  if (!existsSync(path)) {
    throw new Error(`surveyed boundaries not found at ${path}: put ../shared beside the repository or set ALEPPO_BOUNDARIES to the file`);
  }
  return path;
}

export function surveyedBoundaries(): { path: string; text: string } {
  const path = surveyedBoundariesPath();
  return { path, text: readFileSync(path, 'utf8') };
}
