/**
 * `tsx geo/cli/evalGeometry.ts BOUNDARIES [--gazetteer DIR]`: how close the generated cells
 * come to surveyed neighbourhood shapes (a GeoJSON FeatureCollection with NAME / NAME_A,
 * such as the Conflict Urbanism polygons). Prints per neighbourhood the IoU of its cell and
 * its surveyed shape and whether its centre lies inside its cell, worst first, then the
 * summary. Exit 0 when it ran, 1 when an input is unusable, 2 for bad usage.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readGazetteerSources } from './readInputs';
import { buildGazetteer } from '../src/gazetteer/build';
import { BoundaryError, matchBoundaries, skippedMessage } from '../src/geometry/boundaries';
import { generateCells } from '../src/geometry/cells';
import { formatIou, geometryIou } from '../src/geometry/iou';

const root = resolve(import.meta.dirname, '..', '..');
const USAGE = `usage: tsx geo/cli/evalGeometry.ts BOUNDARIES.geojson [--gazetteer DIR]
  BOUNDARIES  surveyed neighbourhood polygons (GeoJSON FeatureCollection, properties NAME, NAME_A)
  --gazetteer the gazetteer sources (default geo/gazetteer)`;

function main(argv: string[]): number {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { gazetteer: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    console.error(`error: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`${positionals.length ? 'error: one boundaries file, please\n' : ''}${USAGE}`);
    return 2;
  }
  const file = resolve(positionals[0]!);
  try {
    const gazetteer = buildGazetteer(readGazetteerSources(resolve(values.gazetteer ?? join(root, 'geo/gazetteer'))));
    const started = performance.now();
    const cells = generateCells(gazetteer);
    const took = performance.now() - started;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new BoundaryError(`${file}: cannot read the boundaries file`);
    }
    const surveyed = matchBoundaries(text, gazetteer, file);
    for (const s of surveyed.skipped) console.error(`error: ${skippedMessage(file, s)} (feature skipped)`);
    for (const w of surveyed.warnings) console.error(`warning: ${w}`);
    if (surveyed.unmatched.length) console.error(`warning: ${file}: features matching no neighbourhood: ${surveyed.unmatched.join(', ')}`);
    console.log(`# Generated cells against ${file}`);
    console.log(`generated ${cells.features.length} cells in ${Math.round(took)} ms`);
    console.log(`surveyed: ${surveyed.read} features, ${surveyed.features.length} neighbourhoods matched, ${surveyed.unmatched.length} features unmatched, ${surveyed.missing.length} neighbourhoods without a shape`);
    console.log(formatIou(geometryIou(cells, surveyed.features, gazetteer)));
    return 0;
  } catch (e) {
    if (e instanceof BoundaryError || /cannot read the gazetteer file/.test((e as Error).message)) {
      console.error(`error: ${(e as Error).message}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
