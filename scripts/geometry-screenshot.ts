/**
 * `npx tsx scripts/geometry-screenshot.ts [BOUNDARIES.geojson] [--date YYYY-MM-DD] [--centre W,S,E,N]`: two
 * pictures of the geometry stage, drawn as SVG in headless Chromium (no map library, no
 * network), saved in screenshots/ (git-ignored):
 *
 *   geometry-cells.png   the generated cells (outlines) over the surveyed polygons
 *   geometry-fronts.png  the baseline's control (geo/editorial/baseline-2016-09-15.csv) as
 *                        dissolved areas coloured by controller, front lines on top: the
 *                        generated cells on the left, the surveyed polygons on the right,
 *                        and the centre of both, closer (--centre: its lon/lat box)
 *
 * BOUNDARIES defaults to $ALEPPO_BOUNDARIES, else the bundled geo/gazetteer/aleppo-neighbourhoods.geojson.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { readGazetteerSources } from '../geo/cli/readInputs';
import { parseBaseline } from '../geo/src/editorial/baseline';
import { buildGazetteer } from '../geo/src/gazetteer/build';
import { controlAreas } from '../geo/src/geometry/areas';
import { matchBoundaries } from '../geo/src/geometry/boundaries';
import { generateCells } from '../geo/src/geometry/cells';
import { controlsByDate } from '../geo/src/geometry/controls';
import type { FrontLineCollection, FrontPair } from '../geo/src/geometry/frontTypes';
import { frontLines } from '../geo/src/geometry/fronts';
import type { LonLat } from '../geo/src/geometry/projection';
import { timelineOf } from '../geo/src/geometry/testing';
import { buildTopology } from '../geo/src/geometry/topology';
import type { CellCollection, PolygonGeometry } from '../geo/src/geometry/types';
import type { Control } from '../geo/src/timeline/types';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' }, centre: { type: 'string' } } });
const boundariesFile = resolve(positionals[0] ?? process.env.ALEPPO_BOUNDARIES ?? join(root, 'geo', 'gazetteer', 'aleppo-neighbourhoods.geojson'));
const out = join(root, 'screenshots');

const FILL: Record<Control, string> = { regime: '#d6604d', rebel: '#4d9221', kurdish: '#8073ac', contested: '#f1b6da', unknown: '#e0e0e0' };
/** The old city and the eastern districts, where the fronts run close together. */
const CENTRE = (values.centre?.split(',').map(Number) ?? [37.12, 36.17, 37.19, 36.225]) as Box;
const LINE: Record<FrontPair, string> = { 'regime|rebel': '#000000', 'regime|kurdish': '#2166ac', 'rebel|kurdish': '#b35806' };

const gazetteer = buildGazetteer(readGazetteerSources(join(root, 'geo/gazetteer')));
const cells = generateCells(gazetteer);
const surveyed: CellCollection = { type: 'FeatureCollection', features: matchBoundaries(readFileSync(boundariesFile, 'utf8'), gazetteer, boundariesFile).features };

const baselineName = readdirSync(join(root, 'geo/editorial')).find((n) => /^baseline-\d{4}-\d{2}-\d{2}\.csv$/.test(n))!;
const baselinePath = join(root, 'geo/editorial', baselineName);
const baseline = parseBaseline(readFileSync(baselinePath, 'utf8'), baselinePath, gazetteer);
const timeline = timelineOf({ [baseline.date]: Object.fromEntries([...baseline.entries].map(([id, e]) => [id, e.controller])) });
const date = values.date ?? baseline.date;

type Box = [number, number, number, number];

/** Equirectangular view of the cells' and shapes' extent (or of `box`) onto a `w` × `h` box. */
function view(collections: CellCollection[], w: number, h: number, box?: Box) {
  const pts = collections.flatMap((c) => c.features.flatMap((f) => polygonsOf(f.geometry).flat(2)));
  const [x0, y0, x1, y1] = box ?? [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))];
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const scale = Math.min((w - 20) / ((x1 - x0) * k), (h - 20) / (y1 - y0));
  return ([lon, lat]: LonLat) => `${(10 + (lon - x0) * k * scale).toFixed(1)},${(10 + (y1 - lat) * scale).toFixed(1)}`;
}

function polygonsOf(g: PolygonGeometry): LonLat[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function pathOf(g: PolygonGeometry, at: (p: LonLat) => string): string {
  return polygonsOf(g)
    .flatMap((p) => p.map((r) => `M${r.map(at).join('L')}Z`))
    .join('');
}

function linesPath(lines: LonLat[][], at: (p: LonLat) => string): string {
  return lines.map((l) => `M${l.map(at).join('L')}`).join('');
}

function cellsOverSurveyed(w: number, h: number): string {
  const at = view([cells, surveyed], w, h);
  const shapes = surveyed.features.map((f) => `<path d="${pathOf(f.geometry, at)}" fill="#c6dbef" stroke="#2171b5" stroke-width="0.8"/>`);
  const outlines = cells.features.map((f) => `<path d="${pathOf(f.geometry, at)}" fill="none" stroke="#cb181d" stroke-width="1"/>`);
  return svg(w, h, [...shapes, ...outlines], 'Generated cells (red outlines) over the surveyed polygons (blue)');
}

function controlPanel(shapes: CellCollection, label: string, w: number, h: number, box?: Box): string {
  const at = view([cells, surveyed], w, h, box);
  const [day] = [...controlsByDate({ ...timeline, changeDates: [date] }, shapes.features.map((f) => f.id))];
  const areas = controlAreas(shapes, day!.controls);
  const topology = buildTopology(shapes);
  const fronts: FrontLineCollection = frontLines(topology, { ...timeline, changeDates: [date] });
  const parts = Object.entries(areas).map(([c, g]) => `<path d="${pathOf(g, at)}" fill="${FILL[c as Control]}" fill-rule="evenodd" stroke="#ffffff" stroke-width="0.5"/>`);
  const thin = shapes.features.map((f) => `<path d="${pathOf(f.geometry, at)}" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="0.4"/>`);
  const lines = fronts.features.map((f) => `<path d="${linesPath(f.geometry.coordinates, at)}" fill="none" stroke="${LINE[f.properties.pair]}" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"/>`);
  return svg(w, h, [...parts, ...thin, ...lines], `${label}: control on ${date}, ${fronts.features.length} front features, ${topology.arcs.length} arcs`, !!box);
}

function svg(w: number, h: number, body: string[], title: string, clip = false): string {
  const style = clip ? ' style="overflow:hidden;border:1px solid #999"' : '';
  return `<figure><figcaption>${title}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"${style}>${body.join('')}</svg></figure>`;
}

function legend(): string {
  const fills = Object.entries(FILL).map(([c, colour]) => `<span><i style="background:${colour}"></i>${c}</span>`);
  const lines = Object.entries(LINE).map(([p, colour]) => `<span><b style="background:${colour}"></b>${p}</span>`);
  return `<p class="legend">${[...fills, ...lines].join('')}</p>`;
}

function page(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;padding:12px;font:14px sans-serif;background:#fff;display:inline-block}
.row{display:flex;gap:12px} figure{margin:0} figcaption{margin:0 0 4px}
.legend span{margin-right:14px} .legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
.legend b{display:inline-block;width:18px;height:3px;margin-right:4px;vertical-align:middle}
</style></head><body>${body}</body></html>`;
}

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 800, height: 600 } });
    for (const [name, html] of [
      ['geometry-cells.png', page(cellsOverSurveyed(900, 900))],
      [
        'geometry-fronts.png',
        page(
          `${legend()}<div class="row">${controlPanel(cells, 'Generated cells', 760, 760)}${controlPanel(surveyed, 'Surveyed polygons', 760, 760)}</div>` +
            `<div class="row">${controlPanel(cells, 'Centre, generated cells', 760, 600, CENTRE)}${controlPanel(surveyed, 'Centre, surveyed polygons', 760, 600, CENTRE)}</div>`,
        ),
      ],
    ] as const) {
      await tab.setContent(html);
      await tab.locator('body').screenshot({ path: join(out, name) });
      console.log(`wrote ${join(out, name)}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
